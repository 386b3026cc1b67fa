<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>IntakeChildren</name>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="13" />
        <source>How old are your children?</source>
        <translation>Скільки років вашим дітям?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="17" />
        <source>Tap the age of each child (up to 8). Only ages: no names.</source>
        <translation>Торкніться віку кожної дитини (до 8). Лише вік: без імен.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeChildren.qml" line="41" />
        <source>Your children (tap to remove):</source>
        <translation>Ваші діти (торкніться, щоб прибрати):</translation>
    </message>
</context>
<context>
    <name>IntakeContact</name>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="14" />
        <source>How can we reach you?</source>
        <translation>Як з вами зв'язатися?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="19" />
        <source>Your first name</source>
        <translation>Ваше ім'я</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="23" />
        <source>First name only</source>
        <translation>Лише ім'я</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="31" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="35" />
        <source>e.g. 347 123 4567</source>
        <translation>напр. 347 123 4567</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="45" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="49" />
        <source>name@example.com</source>
        <translation>imia@pryklad.com</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="54" />
        <source>How should we contact you?</source>
        <translation>Як вам зручніше отримати відповідь?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="71" />
        <source>When is best?</source>
        <translation>Коли найкраще?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeContact.qml" line="87" />
        <source>Language for the call</source>
        <translation>Мова для дзвінка</translation>
    </message>
</context>
<context>
    <name>IntakeDone</name>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="17" />
        <source>Thank you! Your request has been sent.</source>
        <translation>Дякуємо! Ваш запит надіслано.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="18" />
        <source>Your reference</source>
        <translation>Ваш номер звернення</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakeDone.qml" line="29" />
        <source>We will call you within %n working day(s).</source>
        <translation>
            <numerusform>Ми зателефонуємо вам протягом %n робочого дня.</numerusform>
            <numerusform>Ми зателефонуємо вам протягом %n робочих днів.</numerusform>
            <numerusform>Ми зателефонуємо вам протягом %n робочих днів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="35" />
        <source>This screen closes by itself and forgets everything you typed.</source>
        <translation>Цей екран закриється сам і забуде все, що ви ввели.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeDone.qml" line="43" />
        <source>Save our contact with your reference</source>
        <translation>Збережіть наш контакт із вашим номером</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <location filename="../qml/Pitstop/IntakeField.qml" line="55" />
        <source>Next</source>
        <translation>Далі</translation>
    </message>
</context>
<context>
    <name>IntakeNeeds</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="13" />
        <source>What do you need?</source>
        <translation>Що вам потрібно?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNeeds.qml" line="17" />
        <source>Choose one or more.</source>
        <translation>Виберіть одне або кілька.</translation>
    </message>
</context>
<context>
    <name>IntakeNotice</name>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="14" />
        <source>Before we start: how we use your data</source>
        <translation>Перш ніж почати: як ми використовуємо ваші дані</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="19" />
        <source>About: %1</source>
        <translation>Щодо: %1</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="25" />
        <source>Who: %1 (%2).</source>
        <translation>Хто: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="26" />
        <source>Why: so that an operator can call you back about what you need. Legal basis: your request (GDPR art. 6.1.b).</source>
        <translation>Навіщо: щоб оператор передзвонив вам щодо того, що вам потрібно. Правова підстава: ваш запит (ст. 6.1.b GDPR).</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="27" />
        <source>Who receives it: %1.</source>
        <translation>Хто їх отримує: %1.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="28" />
        <source>How long: until your request has been handled. This kiosk keeps nothing once it has been sent.</source>
        <translation>Як довго: доки ваш запит не буде опрацьовано. Цей кіоск нічого не зберігає після надсилання.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="29" />
        <source>Your rights: see, correct or delete your data, or object, by writing to %1. Data protection officer: %2.</source>
        <translation>Ваші права: переглянути, виправити чи видалити свої дані або заперечити, написавши на %1. Відповідальна особа із захисту даних: %2.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Hide the full notice</source>
        <translation>Сховати повне повідомлення</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="33" />
        <source>Read the full notice</source>
        <translation>Прочитати повне повідомлення</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="45" />
        <source>Data controller: %1, %2. Purpose: answering your request for a first needs assessment and, only if you agree, telling you about future initiatives. The data (first name, phone or e-mail, children's ages, needs, town and periods) is sealed on this kiosk so that only the central office can read it, then delivered to it and deleted here. Giving it is optional, but without a phone number or e-mail we cannot call you back. It is kept for the time needed to handle the request. You can ask for access, correction, deletion, restriction, or object, and complain to the Garante per la protezione dei dati personali. Notice version %3.</source>
        <translation>Розпорядник даних: %1, %2. Мета: відповісти на ваш запит щодо первинної оцінки потреб і, лише за вашою згодою, повідомляти вас про майбутні ініціативи. Дані (ім'я, телефон або e-mail, вік дітей, потреби, місто й періоди) запечатуються на цьому кіоску так, що прочитати їх може лише центральний офіс, потім надсилаються туди й видаляються тут. Надавати їх необов'язково, але без номера телефону чи e-mail ми не зможемо вам передзвонити. Вони зберігаються стільки, скільки потрібно для опрацювання запиту. Ви можете вимагати доступу, виправлення, видалення, обмеження або заперечити, а також подати скаргу до Garante per la protezione dei dati personali. Версія повідомлення %3.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeNotice.qml" line="53" />
        <source>The full notice on your phone</source>
        <translation>Повне повідомлення на вашому телефоні</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="16" />
        <source>Ask to be contacted</source>
        <translation>Попросити зв'язатися зі мною</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="22" />
        <source>Care when schools are closed</source>
        <translation>Догляд, коли школи зачинені</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="23" />
        <source>Before and after school</source>
        <translation>До і після уроків</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="24" />
        <source>Summer centres</source>
        <translation>Літні табори</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="25" />
        <source>Help with homework</source>
        <translation>Допомога з домашніми завданнями</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="26" />
        <source>Baby parking</source>
        <translation>Бебі-паркінг</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="27" />
        <source>Information on benefits and bonuses</source>
        <translation>Інформація про допомогу й виплати</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="28" />
        <source>Something else</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="37" />
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Friday</source>
        <translation>П'ятниця</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="38" />
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="39" />
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>Phone call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="42" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Morning</source>
        <translation>Зранку</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Afternoon</source>
        <translation>Удень</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="45" />
        <source>Evening</source>
        <translation>Увечері</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="46" />
        <source>Any time</source>
        <translation>Будь-коли</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>under 1</source>
        <translation>до 1 року</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Pitstop/IntakePage.qml" line="55" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="69" />
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="174" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>I understand, continue</source>
        <translation>Зрозуміло, далі</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="185" />
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="198" />
        <source>Send my request</source>
        <translation>Надіслати запит</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakePage.qml" line="210" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../vm/intake.py" line="558" />
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReview</name>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="48" />
        <source>Check and send</source>
        <translation>Перевірте й надішліть</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="51" />
        <source>Needs</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="52" />
        <source>Children's ages</source>
        <translation>Вік дітей</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="53" />
        <source>Town</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="54" />
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="55" />
        <source>First name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="56" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="57" />
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="58" />
        <source>Contact by</source>
        <translation>Спосіб зв'язку</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="61" />
        <source>About</source>
        <translation>Щодо</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="72" />
        <source>I have read the privacy notice (required)</source>
        <translation>Я прочитав(-ла) повідомлення про конфіденційність (обов'язково)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="80" />
        <source>I would also like news of future initiatives (optional)</source>
        <translation>Я також хочу отримувати новини про майбутні ініціативи (необов'язково)</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="90" />
        <source>Sorry, the request could not be saved. Please try again or ask the staff.</source>
        <translation>На жаль, запит не вдалося зберегти. Спробуйте ще раз або зверніться до персоналу.</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeReview.qml" line="97" />
        <source>Demonstration kiosk: requests are not sent to a real office.</source>
        <translation>Демонстраційний кіоск: запити не надсилаються до справжнього офісу.</translation>
    </message>
</context>
<context>
    <name>IntakeWhen</name>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="13" />
        <source>Where do you live?</source>
        <translation>Де ви живете?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="30" />
        <source>When do you need help?</source>
        <translation>Коли вам потрібна допомога?</translation>
    </message>
    <message>
        <location filename="../qml/Pitstop/IntakeWhen.qml" line="34" />
        <source>Optional: periods and days.</source>
        <translation>Необов'язково: періоди й дні.</translation>
    </message>
</context>
</TS>
