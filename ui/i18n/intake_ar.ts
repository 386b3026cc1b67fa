<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13" />
        <source>How old are your children?</source>
        <translation>كم أعمار أطفالك؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>المس عمر كل طفل (حتى 8). الأعمار فقط: بدون أسماء.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41" />
        <source>Your children (tap to remove):</source>
        <translation>أطفالك (المس للحذف):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14" />
        <source>How can we reach you?</source>
        <translation>كيف يمكننا التواصل معك؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19" />
        <source>Your first name</source>
        <translation>اسمك الأول</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23" />
        <source>First name only</source>
        <translation>الاسم الأول فقط</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35" />
        <source>e.g. 347 123 4567</source>
        <translation>مثلًا 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54" />
        <source>How should we contact you?</source>
        <translation>كيف تفضّل أن نتواصل معك؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71" />
        <source>When is best?</source>
        <translation>ما أفضل وقت؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87" />
        <source>Language for the call</source>
        <translation>لغة المكالمة</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17" />
        <source>Thank you! Your request has been sent.</source>
        <translation>شكرًا لك! تم إرسال طلبك.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18" />
        <source>Your reference</source>
        <translation>رقمك المرجعي</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29" />
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>سنتصل بك خلال %n يوم عمل.</numerusform>
            <numerusform>سنتصل بك خلال يوم عمل واحد.</numerusform>
            <numerusform>سنتصل بك خلال يومَي عمل.</numerusform>
            <numerusform>سنتصل بك خلال %n أيام عمل.</numerusform>
            <numerusform>سنتصل بك خلال %n يوم عمل.</numerusform>
            <numerusform>سنتصل بك خلال %n يوم عمل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>تُغلق هذه الشاشة تلقائيًا وتمحو كل ما كتبته.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43" />
        <source>Save our contact with your reference</source>
        <translation>احفظ جهة اتصالنا مع رقمك المرجعي</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13" />
        <source>What do you need?</source>
        <translation>ماذا تحتاج؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17" />
        <source>Choose one or more.</source>
        <translation>اختر واحدًا أو أكثر.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14" />
        <source>Before we start: how we use your data</source>
        <translation>قبل أن نبدأ: كيف نستخدم بياناتك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19" />
        <source>About: %1</source>
        <translation>بخصوص: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25" />
        <source>Who: %1 (%2).</source>
        <translation>مَن: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>لماذا: لكي يعاود موظف الاتصال بك بشأن ما تحتاجه. الأساس القانوني: طلبك (المادة 6.1.ب من اللائحة العامة لحماية البيانات GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27" />
        <source>Who receives it: %1.</source>
        <translation>مَن يستلمها: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>إلى متى: حتى تتم معالجة طلبك. لا يحتفظ هذا الجهاز بأي شيء بعد الإرسال.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>حقوقك: الاطلاع على بياناتك أو تصحيحها أو حذفها، أو الاعتراض، بالكتابة إلى %1. مسؤول حماية البيانات: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Hide the full notice</source>
        <translation>إخفاء الإشعار الكامل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Read the full notice</source>
        <translation>اقرأ الإشعار الكامل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>المسؤول عن معالجة البيانات: %1، %2. الغرض: الرد على طلبك لتقييم أوّلي لاحتياجاتك، وإعلامك بالمبادرات القادمة فقط إذا وافقت. تُختم البيانات (الاسم الأول، الهاتف أو البريد الإلكتروني، أعمار الأطفال، الاحتياجات، البلدة والفترات) على هذا الجهاز بحيث لا يستطيع قراءتها إلا المكتب المركزي، ثم تُرسل إليه وتُحذف من هنا. تقديمها اختياري، لكن من دون رقم هاتف أو بريد إلكتروني لا يمكننا معاودة الاتصال بك. تُحفظ للمدة اللازمة لمعالجة الطلب. يمكنك طلب الاطلاع عليها أو تصحيحها أو حذفها أو تقييد معالجتها أو الاعتراض، وتقديم شكوى إلى هيئة حماية البيانات الإيطالية (Garante per la protezione dei dati personali). نسخة الإشعار %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53" />
        <source>The full notice on your phone</source>
        <translation>الإشعار الكامل على هاتفك</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16" />
        <source>Ask to be contacted</source>
        <translation>اطلب أن يتم التواصل معك</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Care when schools are closed</source>
        <translation>رعاية عند إغلاق المدارس</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Before and after school</source>
        <translation>قبل المدرسة وبعدها</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24" />
        <source>Summer centres</source>
        <translation>مراكز صيفية</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25" />
        <source>Help with homework</source>
        <translation>مساعدة في الواجبات المدرسية</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26" />
        <source>Baby parking</source>
        <translation>حضانة مؤقتة (Baby parking)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27" />
        <source>Information on benefits and bonuses</source>
        <translation>معلومات عن الإعانات والمنح</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28" />
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39" />
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Morning</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Afternoon</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Evening</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46" />
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>under 1</source>
        <translation>أقل من سنة</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
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
        <location filename="../qml/Pitstop/IntakePage.qml" line="69" />
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>I understand, continue</source>
        <translation>فهمت، تابع</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Send my request</source>
        <translation>أرسل طلبي</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558" />
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48" />
        <source>Check and send</source>
        <translation>راجع وأرسل</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51" />
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52" />
        <source>Children's ages</source>
        <translation>أعمار الأطفال</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53" />
        <source>Town</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55" />
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58" />
        <source>Contact by</source>
        <translation>التواصل عبر</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61" />
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72" />
        <source>I have read the privacy notice (required)</source>
        <translation>لقد قرأت إشعار الخصوصية (إلزامي)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>أرغب أيضًا في تلقي أخبار عن المبادرات القادمة (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>عذرًا، تعذّر حفظ الطلب. حاول مرة أخرى أو اسأل الموظفين.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>جهاز تجريبي: لا تُرسل الطلبات إلى مكتب حقيقي.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13" />
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30" />
        <source>When do you need help?</source>
        <translation>متى تحتاج إلى المساعدة؟</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34" />
        <source>Optional: periods and days.</source>
        <translation>اختياري: الفترات والأيام.</translation>
    </message>
</context>
</TS>
