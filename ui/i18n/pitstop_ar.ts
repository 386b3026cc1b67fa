<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="54" />
        <source>Childcare, holiday camps and after-school help near you</source>
        <translation>رعاية الأطفال ومخيمات العطل والمساعدة بعد المدرسة بالقرب منك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="85" />
        <source>Coming up</source>
        <translation>قريبًا</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" line="97" />
        <source>Touch to start</source>
        <translation>المس للبدء</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Pause the moving pictures</source>
        <translation>أوقف الصور المتحركة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Play the moving pictures</source>
        <translation>شغّل الصور المتحركة</translation>
    </message>
</context>
<context>
    <name>ChoiceSheet</name>
    <message>
        <location filename="../qml/Pitstop/ChoiceSheet.qml" line="58" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="63" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="64" />
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="65" />
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="66" />
        <source>How to enrol</source>
        <translation>كيفية التسجيل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="67" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="92" />
        <source>Take it with you: scan a code with your phone camera</source>
        <translation>خذه معك: امسح رمزًا بكاميرا هاتفك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="105" />
        <source>Open the web page</source>
        <translation>افتح صفحة الويب</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="113" />
        <source>Save the contact</source>
        <translation>احفظ جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="121" />
        <source>Add the dates to your calendar</source>
        <translation>أضف التواريخ إلى تقويمك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/DetailPage.qml" line="128" />
        <source>Contact me about this</source>
        <translation>تواصلوا معي بخصوص هذا</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../vm/fmt.py" line="99" />
        <source>in Italian</source>
        <translation>بالإيطالية</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="81" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n عرض</numerusform>
            <numerusform>عرض واحد</numerusform>
            <numerusform>عرضان</numerusform>
            <numerusform>%n عروض</numerusform>
            <numerusform>%n عرضًا</numerusform>
            <numerusform>%n عرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/catalogue.py" line="95" />
        <source>%n offering(s) for these days</source>
        <translation>
            <numerusform>%n عرض لهذه الأيام</numerusform>
            <numerusform>عرض واحد لهذه الأيام</numerusform>
            <numerusform>عرضان لهذه الأيام</numerusform>
            <numerusform>%n عروض لهذه الأيام</numerusform>
            <numerusform>%n عرضًا لهذه الأيام</numerusform>
            <numerusform>%n عرض لهذه الأيام</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/catalogue.py" line="116" />
        <source>No catalogue loaded</source>
        <translation>لم يتم تحميل أي دليل</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="97" />
        <location filename="../vm/fmt.py" line="71" />
        <source>Free of charge</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <location filename="../vm/detail.py" line="106" />
        <location filename="../vm/fmt.py" line="73" />
        <source>Cost: ask the provider</source>
        <translation>التكلفة: اسأل الجهة المقدمة</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="47" />
        <source>All ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="49" />
        <source>Up to %n year(s)</source>
        <translation>
            <numerusform>حتى %n سنة</numerusform>
            <numerusform>حتى سنة واحدة</numerusform>
            <numerusform>حتى سنتين</numerusform>
            <numerusform>حتى %n سنوات</numerusform>
            <numerusform>حتى %n سنة</numerusform>
            <numerusform>حتى %n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="53" />
        <source>From %n year(s)</source>
        <translation>
            <numerusform>من %n سنة</numerusform>
            <numerusform>من سنة واحدة</numerusform>
            <numerusform>من سنتين</numerusform>
            <numerusform>من %n سنوات</numerusform>
            <numerusform>من %n سنة</numerusform>
            <numerusform>من %n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/fmt.py" line="55" />
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="57" />
        <source>%1–%2 years</source>
        <translation>%1–%2 سنة</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="74" />
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../vm/fmt.py" line="94" />
        <source>Updated on %1</source>
        <translation>آخر تحديث %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../vm/results.py" line="116" />
        <location filename="../vm/results.py" line="201" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vm/results.py" line="118" />
        <location filename="../vm/results.py" line="203" />
        <source>Under 1 year</source>
        <translation>أقل من سنة</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="31" />
        <source>What are you looking for?</source>
        <translation>عمّ تبحث؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="42" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="61" />
        <source>Search: a town, an activity, a word…</source>
        <translation>ابحث: مدينة، نشاط، كلمة…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="93" />
        <source>Schools closed next: %1, %2</source>
        <translation>الإغلاق القادم للمدارس: %1، %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/HomePage.qml" line="94" />
        <source>%n offering(s)</source>
        <translation>
            <numerusform>%n عرض</numerusform>
            <numerusform>عرض واحد</numerusform>
            <numerusform>عرضان</numerusform>
            <numerusform>%n عروض</numerusform>
            <numerusform>%n عرضًا</numerusform>
            <numerusform>%n عرض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="103" />
        <source>Browse by type</source>
        <translation>تصفّح حسب النوع</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="177" />
        <source>Not sure what you need? An operator can call you back.</source>
        <translation>لست متأكدًا مما تحتاجه؟ يمكن لموظف أن يعاود الاتصال بك.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" line="186" />
        <source>Ask to be contacted</source>
        <translation>اطلب أن يتم التواصل معك</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="32" />
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IdleDialog.qml" line="39" />
        <source>For your privacy the screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال ثانية واحدة.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" line="44" />
        <source>I'm still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IdleDialog.qml" />
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="57" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/LanguageSheet.qml" line="68" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LargeTextToggle</name>
    <message>
        <location filename="../qml/Pitstop/LargeTextToggle.qml" />
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Pitstop/Main.qml" line="118" />
        <source>Demo data: fictional services</source>
        <translation>بيانات تجريبية: خدمات خيالية</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="9" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="38" />
        <source>Search: a town, an activity, a word…</source>
        <translation>ابحث: مدينة، نشاط، كلمة…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="62" />
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="84" />
        <source>Town</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Age: %1</source>
        <translation>العمر: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="91" />
        <source>Child's age</source>
        <translation>عمر الطفل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="98" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="105" />
        <source>Free of charge</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="111" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="202" />
        <source>Clear filters</source>
        <translation>إزالة عوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <location filename="../qml/Pitstop/ResultsPage.qml" line="125" />
        <source>%n offering(s) found</source>
        <translation>
            <numerusform>تم العثور على %n عرض</numerusform>
            <numerusform>تم العثور على عرض واحد</numerusform>
            <numerusform>تم العثور على عرضين</numerusform>
            <numerusform>تم العثور على %n عروض</numerusform>
            <numerusform>تم العثور على %n عرضًا</numerusform>
            <numerusform>تم العثور على %n عرض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="124" />
        <source>showing the first %1: add a word or a filter</source>
        <translation>يتم عرض أول %1: أضف كلمة أو عامل تصفية</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="184" />
        <source>Nothing found</source>
        <translation>لم يتم العثور على شيء</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="192" />
        <source>Try removing a filter, or use fewer or shorter words.</source>
        <translation>جرّب إزالة عامل تصفية، أو استخدم كلمات أقل أو أقصر.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="193" />
        <source>Try fewer or shorter words, or the name of your town.</source>
        <translation>جرّب كلمات أقل أو أقصر، أو اسم بلدتك.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="209" />
        <source>Show everything</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="216" />
        <source>Ask to be contacted</source>
        <translation>اطلب أن يتم التواصل معك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>Where?</source>
        <translation>أين؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>How old is your child?</source>
        <translation>كم عمر طفلك؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="229" />
        <source>When do you need it?</source>
        <translation>متى تحتاجه؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any age</source>
        <translation>أي عمر</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/ResultsPage.qml" line="230" />
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="24" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/TopBar.qml" line="32" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../qml/Pitstop/AttractPage.qml" />
        <source>Touch the screen or press Enter to start.</source>
        <translation>المس الشاشة أو اضغط Enter للبدء.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Pitstop/HomePage.qml" />
        <source>Choose a kind of service, search by name, or ask to be contacted.</source>
        <translation>اختر نوع الخدمة، أو ابحث بالاسم، أو اطلب أن يتم التواصل معك.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../qml/Pitstop/ResultsPage.qml" />
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>تم العثور على %n خدمة.</numerusform>
            <numerusform>تم العثور على خدمة واحدة.</numerusform>
            <numerusform>تم العثور على خدمتين.</numerusform>
            <numerusform>تم العثور على %n خدمات.</numerusform>
            <numerusform>تم العثور على %n خدمة.</numerusform>
            <numerusform>تم العثور على %n خدمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeechButton</name>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: on, press to stop speech</source>
        <translation>استمع: مُفعّل، اضغط لإيقاف الصوت</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Listen: speech off, press to hear the screen</source>
        <translation>استمع: الصوت متوقف، اضغط لسماع الشاشة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech unavailable</source>
        <translation>الصوت غير متاح</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/SpeechButton.qml" />
        <source>Speech is not available on this kiosk at the moment</source>
        <translation>الصوت غير متاح حاليًا على هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../speech/words.py" />
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>check box</source>
        <translation>مربع اختيار</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>radio button</source>
        <translation>زر اختيار</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>text field</source>
        <translation>حقل نص</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list box</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>list item</source>
        <translation>عنصر في قائمة</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>tab</source>
        <translation>علامة تبويب</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>slider</source>
        <translation>شريط تمرير</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>spin box</source>
        <translation>حقل رقمي</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dialog</source>
        <translation>مربع حوار</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>at sign</source>
        <translation>علامة آت</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dot</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>dash</source>
        <translation>شرطة</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>underscore</source>
        <translation>شرطة سفلية</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>plus</source>
        <translation>زائد</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>selected</source>
        <translation>محدد</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>not selected</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech off.</source>
        <translation>تم إيقاف الصوت.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Speech on. Arrow keys move, Enter chooses.</source>
        <translation>تم تشغيل الصوت. مفاتيح الأسهم للتنقل، وEnter للاختيار.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to hear the screen again.</source>
        <translation>اضغط %1 لسماع الشاشة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Press %1 to stop speech.</source>
        <translation>اضغط %1 لإيقاف الصوت.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Loudest.</source>
        <translation>أعلى صوت.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Quietest.</source>
        <translation>أخفض صوت.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Volume %1 of %2.</source>
        <translation>مستوى الصوت %1 من %2.</translation>
    </message>
    <message>
        <location filename="../speech/words.py" />
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../features/speech.py" />
        <source>For your privacy the screen will be cleared in %n second(s). Press any key to stay.</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية. اضغط أي مفتاح للبقاء.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال ثانية واحدة. اضغط أي مفتاح للبقاء.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال ثانيتين. اضغط أي مفتاح للبقاء.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثوانٍ. اضغط أي مفتاح للبقاء.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية. اضغط أي مفتاح للبقاء.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، سيتم مسح الشاشة خلال %n ثانية. اضغط أي مفتاح للبقاء.</numerusform>
        </translation>
    </message>
</context>
</TS>
