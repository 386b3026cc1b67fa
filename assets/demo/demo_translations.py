"""The demo catalogue in the six visitor languages besides Italian and English.

Fictional services, translated by the development team WITHOUT a native speaker (see
docs/translations.md). Names are keyed by the English name without its " – <town>" tail;
descriptions are one short text per category (the Italian and English ones stay long).
Tuples are in LANGS order. `make_demo_catalogue.py` fails when a name has no entry here.
"""

from __future__ import annotations

import re

LANGS = ("ro", "sq", "ar", "uk", "es", "fr")
Six = tuple[str, str, str, str, str, str]

TITLE: Six = (
    "Catalog demonstrativ — date fictive",
    "Katalog demonstrues — të dhëna të trilluara",
    "دليل تجريبي — بيانات خيالية",
    "Демонстраційний каталог — вигадані дані",
    "Catálogo de demostración — datos ficticios",
    "Catalogue de démonstration — données fictives",
)

CATEGORIES: dict[str, Six] = {
    "pre-post-scuola": (
        "Înainte și după școală",
        "Para dhe pas shkollës",
        "قبل المدرسة وبعدها",
        "До і після уроків",
        "Antes y después del colegio",
        "Avant et après l'école",
    ),
    "campus-vacanze": (
        "Tabere în vacanțe",
        "Kampe në pushime",
        "مخيمات العطل",
        "Канікулярні табори",
        "Campamentos en vacaciones",
        "Centres de loisirs des vacances",
    ),
    "centro-estivo": (
        "Centre de vară",
        "Qendra verore",
        "مراكز صيفية",
        "Літні центри",
        "Centros de verano",
        "Centres d'été",
    ),
    "spazio-compiti": (
        "Ajutor la teme",
        "Ndihmë për detyrat",
        "مساعدة في الواجبات",
        "Допомога з уроками",
        "Ayuda con los deberes",
        "Aide aux devoirs",
    ),
    "baby-parking": (
        "Supraveghere ocazională",
        "Kujdes i përkohshëm për fëmijë",
        "حضانة مؤقتة",
        "Догляд за малюками",
        "Guardería por horas",
        "Halte-garderie",
    ),
    "sportello-info": (
        "Puncte de informare",
        "Sportele informacioni",
        "مكاتب المعلومات",
        "Інформаційні пункти",
        "Puntos de información",
        "Points d'information",
    ),
    "sport-cultura": (
        "Sport și cultură",
        "Sport dhe kulturë",
        "رياضة وثقافة",
        "Спорт і культура",
        "Deporte y cultura",
        "Sport et culture",
    ),
}

PERIODS: dict[str, Six] = {
    "anno-scolastico-2026-27": (
        "Anul școlar 2026/27",
        "Viti shkollor 2026/27",
        "العام الدراسي 2026/27",
        "Навчальний рік 2026/27",
        "Curso escolar 2026/27",
        "Année scolaire 2026/27",
    ),
    "ognissanti-2026": (
        "Puntea de Ziua Tuturor Sfinților 2026",
        "Ura e të Gjithë Shenjtorëve 2026",
        "عطلة عيد جميع القديسين 2026",
        "Вихідні на День усіх святих 2026",
        "Puente de Todos los Santos 2026",
        "Pont de la Toussaint 2026",
    ),
    "immacolata-2026": (
        "Puntea de Sfântul Ambrozie și Imaculata 2026",
        "Ura e Shën Ambrozit dhe e Zojës së Papërlyer 2026",
        "عطلة القديس أمبروسيوس والحبل بلا دنس 2026",
        "Вихідні на святого Амвросія і Непорочне зачаття 2026",
        "Puente de San Ambrosio y la Inmaculada 2026",
        "Pont de la Saint-Ambroise et de l'Immaculée Conception 2026",
    ),
    "natale-2026": (
        "Vacanța de Crăciun 2026",
        "Pushimet e Krishtlindjeve 2026",
        "عطلة عيد الميلاد 2026",
        "Різдвяні канікули 2026",
        "Vacaciones de Navidad 2026",
        "Vacances de Noël 2026",
    ),
    "carnevale-2027": (
        "Carnavalul ambrozian 2027",
        "Karnavali ambrozian 2027",
        "كرنفال ميلانو 2027",
        "Амвросіанський карнавал 2027",
        "Carnaval ambrosiano 2027",
        "Carnaval ambrosien 2027",
    ),
    "pasqua-2027": (
        "Vacanța de Paște 2027",
        "Pushimet e Pashkëve 2027",
        "عطلة عيد الفصح 2027",
        "Великодні канікули 2027",
        "Vacaciones de Semana Santa 2027",
        "Vacances de Pâques 2027",
    ),
    "estate-2027": (
        "Vara 2027",
        "Vera 2027",
        "صيف 2027",
        "Літо 2027",
        "Verano 2027",
        "Été 2027",
    ),
    "inizio-settembre-2027": (
        "Începutul lui septembrie 2027",
        "Fillimi i shtatorit 2027",
        "أوائل سبتمبر 2027",
        "Початок вересня 2027",
        "Principios de septiembre 2027",
        "Début septembre 2027",
    ),
}

NAMES: dict[str, Six] = {
    # before and after school
    "Before- and after-school care": (
        "Program înainte și după școală",
        "Kujdes para dhe pas shkollës",
        "رعاية قبل المدرسة وبعدها",
        "Догляд до і після уроків",
        "Acogida antes y después del colegio",
        "Accueil périscolaire matin et soir",
    ),
    "Extended day for nursery school": (
        "Program prelungit la grădiniță",
        "Orar i zgjatur në kopsht",
        "دوام ممتد لروضة الأطفال",
        "Подовжений день у дитсадку",
        "Horario ampliado en infantil",
        "Journée prolongée à la maternelle",
    ),
    "School open until 6 pm": (
        "Școala deschisă până la ora 18",
        "Shkolla e hapur deri në orën 18",
        "المدرسة مفتوحة حتى الساعة 18",
        "Школа відчинена до 18:00",
        "Colegio abierto hasta las 18 h",
        "École ouverte jusqu'à 18 h",
    ),
    # holiday camps
    "All Saints' bridge day at the campus": (
        "Puntea de Toți Sfinții la tabără",
        "Ura e të Gjithë Shenjtorëve në kamp",
        "عطلة عيد جميع القديسين في المخيم",
        "Свято Усіх святих у таборі",
        "Puente de Todos los Santos en el campamento",
        "Pont de la Toussaint au centre de loisirs",
    ),
    "Ambrosian Carnival at the campus": (
        "Carnavalul ambrozian la tabără",
        "Karnavali ambrozian në kamp",
        "كرنفال ميلانو في المخيم",
        "Амвросіанський карнавал у таборі",
        "Carnaval ambrosiano en el campamento",
        "Carnaval ambrosien au centre de loisirs",
    ),
    "Easter in the open air": (
        "Paște în aer liber",
        "Pashkë në natyrë",
        "عيد الفصح في الهواء الطلق",
        "Великдень на свіжому повітрі",
        "Semana Santa al aire libre",
        "Pâques en plein air",
    ),
    "Getting ready for school": (
        "Pregătiri pentru școală",
        "Gati për shkollë",
        "استعداد للمدرسة",
        "Готуємося до школи",
        "Preparados para el cole",
        "En route pour l'école",
    ),
    "Holiday campus": (
        "Tabără de vacanță",
        "Kamp pushimesh",
        "مخيم العطل",
        "Канікулярний табір",
        "Campamento de vacaciones",
        "Centre de loisirs des vacances",
    ),
    "Holiday workshop": (
        "Atelierul sărbătorilor",
        "Punëtoria e festave",
        "ورشة الأعياد",
        "Святкова майстерня",
        "Taller de las fiestas",
        "Atelier des fêtes",
    ),
    "Spring campus": (
        "Tabăra de primăvară",
        "Kamp pranveror",
        "مخيم الربيع",
        "Весняний табір",
        "Campamento de primavera",
        "Centre de loisirs de printemps",
    ),
    "“Backpack On” campus": (
        "Tabăra „Ghiozdanul în spate”",
        "Kampi «Çanta në shpinë»",
        "مخيم «الحقيبة على الظهر»",
        "Табір «Рюкзак на плечі»",
        "Campamento «Mochila al hombro»",
        "Centre de loisirs « Sac au dos »",
    ),
    "“Eggs and Sprouts” Easter campus": (
        "Tabăra de Paște „Ouă și muguri”",
        "Kampi i Pashkëve «Vezë dhe filiza»",
        "مخيم عيد الفصح «بيض وبراعم»",
        "Великодній табір «Яйця і паростки»",
        "Campamento de Semana Santa «Huevos y brotes»",
        "Centre de Pâques « Œufs et pousses »",
    ),
    "“Masks and Confetti” Carnival campus": (
        "Tabăra de carnaval „Măști și confetti”",
        "Kampi i Karnavalit «Maska dhe konfeti»",
        "مخيم الكرنفال «أقنعة وقصاصات ملونة»",
        "Карнавальний табір «Маски і конфеті»",
        "Campamento de Carnaval «Máscaras y confeti»",
        "Centre de Carnaval « Masques et confettis »",
    ),
    "“Pumpkins and Leaves” campus": (
        "Tabăra „Dovleci și frunze”",
        "Kampi «Kunguj dhe gjethe»",
        "مخيم «يقطين وأوراق»",
        "Табір «Гарбузи й листя»",
        "Campamento «Calabazas y hojas»",
        "Centre de loisirs « Citrouilles et feuilles »",
    ),
    "“Schools Closed, We're Open” campus": (
        "Tabăra „Școlile închise, noi deschiși”",
        "Kampi «Shkollat mbyllur, ne hapur»",
        "مخيم «المدارس مغلقة ونحن مفتوحون»",
        "Табір «Школи зачинені — ми відчинені»",
        "Campamento «Colegios cerrados, nosotros abiertos»",
        "Centre de loisirs « Écoles fermées, nous ouverts »",
    ),
    "“Snowflakes and Elves” Christmas campus": (
        "Tabăra de Crăciun „Fulgi și spiriduși”",
        "Kampi i Krishtlindjeve «Flokë bore dhe xhuxhë»",
        "مخيم عيد الميلاد «ندف الثلج والأقزام»",
        "Різдвяний табір «Сніжинки й ельфи»",
        "Campamento de Navidad «Copos y duendes»",
        "Centre de Noël « Flocons et lutins »",
    ),
    "“Waiting for the Befana” campus": (
        "Tabăra „În așteptarea Befanei”",
        "Kampi «Duke pritur Befanën»",
        "مخيم «في انتظار بيفانا»",
        "Табір «Чекаючи на Бефану»",
        "Campamento «Esperando a la Befana»",
        "Centre de loisirs « En attendant la Befana »",
    ),
    "“Winter Lights” campus": (
        "Tabăra „Luminițe de iarnă”",
        "Kampi «Dritat e dimrit»",
        "مخيم «أضواء الشتاء»",
        "Табір «Зимові вогники»",
        "Campamento «Lucecitas de invierno»",
        "Centre de loisirs « Lumières d'hiver »",
    ),
    # summer centres
    "Sports summer camp": (
        "Tabără sportivă de vară",
        "Kamp veror sportiv",
        "مخيم صيفي رياضي",
        "Літній спортивний табір",
        "Campamento deportivo de verano",
        "Stage sportif d'été",
    ),
    "Summer at the oratory 2027": (
        "Vara la oratoriul parohial 2027",
        "Vera në oratorin e famullisë 2027",
        "الصيف في نادي الرعية 2027",
        "Літо в парафіяльному центрі 2027",
        "Verano en el oratorio parroquial 2027",
        "L'été au patronage 2027",
    ),
    # homework
    "Homework together": (
        "Teme împreună",
        "Detyrat së bashku",
        "الواجبات معًا",
        "Уроки разом",
        "Deberes juntos",
        "Devoirs ensemble",
    ),
    "Middle-school after-school club with lunch": (
        "Program după școală cu prânz, pentru gimnaziu",
        "Klub pas shkolle me drekë për shkollën e mesme",
        "نادٍ بعد المدرسة مع الغداء لطلاب الإعدادية",
        "Група продовженого дня з обідом для середньої школи",
        "Club de tarde con comida para secundaria",
        "Accueil après les cours avec déjeuner, pour le collège",
    ),
    "Study room for middle-school pupils": (
        "Sală de studiu pentru elevii de gimnaziu",
        "Sallë studimi për nxënësit e shkollës së mesme",
        "قاعة دراسة لطلاب الإعدادية",
        "Навчальна кімната для учнів середньої школи",
        "Sala de estudio para alumnos de secundaria",
        "Salle d'études pour les collégiens",
    ),
    # sport and culture
    "Artistic gymnastics": (
        "Gimnastică artistică",
        "Gjimnastikë artistike",
        "الجمباز الفني",
        "Спортивна гімнастика",
        "Gimnasia artística",
        "Gymnastique artistique",
    ),
    "Chess for young people": (
        "Șah pentru copii și tineri",
        "Shah për fëmijë dhe të rinj",
        "الشطرنج للصغار والشباب",
        "Шахи для дітей і підлітків",
        "Ajedrez para jóvenes",
        "Échecs pour les jeunes",
    ),
    "Children's choir": (
        "Cor de copii",
        "Kor fëmijësh",
        "جوقة الأطفال",
        "Дитячий хор",
        "Coro infantil",
        "Chorale d'enfants",
    ),
    "Drama workshop": (
        "Atelier de teatru",
        "Punëtori teatri",
        "ورشة مسرح",
        "Театральна студія",
        "Taller de teatro",
        "Atelier de théâtre",
    ),
    "Mini-volleyball": (
        "Minivolei",
        "Minivolejboll",
        "الكرة الطائرة المصغرة",
        "Міні-волейбол",
        "Minivoleibol",
        "Mini-volley",
    ),
    "Park adventures": (
        "Aventuri în parc",
        "Aventura në park",
        "مغامرات في الحديقة",
        "Пригоди в парку",
        "Aventuras en el parque",
        "Aventures au parc",
    ),
    "Stories on the rug": (
        "Povești pe covor",
        "Përralla mbi qilim",
        "حكايات على السجادة",
        "Казки на килимку",
        "Cuentos en la alfombra",
        "Histoires sur le tapis",
    ),
    # information desks
    "Family Help Desk": (
        "Ghișeul pentru familii",
        "Sporteli për familjet",
        "مكتب مساعدة العائلات",
        "Довідкове бюро для сімей",
        "Oficina de ayuda a las familias",
        "Guichet d'aide aux familles",
    ),
    "Family Pit Stop": (
        "Family Pit Stop",
        "Family Pit Stop",
        "Family Pit Stop",
        "Family Pit Stop",
        "Family Pit Stop",
        "Family Pit Stop",
    ),
    "Mobile Family Pit Stop": (
        "Family Pit Stop mobil",
        "Family Pit Stop lëvizës",
        "Family Pit Stop المتنقل",
        "Мобільний Family Pit Stop",
        "Family Pit Stop móvil",
        "Family Pit Stop mobile",
    ),
    "Family information point at the library": (
        "Punct de informare pentru familii la bibliotecă",
        "Pikë informacioni për familjet në bibliotekë",
        "نقطة معلومات للعائلات في المكتبة",
        "Інформаційний пункт для сімей у бібліотеці",
        "Punto de información para familias en la biblioteca",
        "Point info familles à la bibliothèque",
    ),
    "Municipal baby parking": (
        "Supraveghere ocazională a comunei",
        "Kujdes i përkohshëm i komunës",
        "حضانة مؤقتة تابعة للبلدية",
        "Муніципальна група для малюків",
        "Guardería municipal por horas",
        "Halte-garderie municipale",
    ),
}

# Names made from a template and a quoted word ("“Ladybirds” baby parking"): the template per
# language, then the quoted words.
TEMPLATES: list[tuple[re.Pattern[str], Six]] = [
    (
        re.compile(r"“(?P<x>[^”]+)” baby parking"),
        (
            "Supraveghere ocazională „{x}”",
            "Kujdes i përkohshëm «{x}»",
            "حضانة «{x}»",
            "Група для малюків «{x}»",
            "Guardería «{x}»",
            "Halte-garderie « {x} »",
        ),
    ),
    (
        re.compile(r"Little ones' summer centre “(?P<x>[^”]+)”"),
        (
            "Centru de vară pentru cei mici „{x}”",
            "Qendër verore për të vegjlit «{x}»",
            "مركز صيفي للصغار «{x}»",
            "Літній центр для малечі «{x}»",
            "Centro de verano para peques «{x}»",
            "Centre d'été des petits « {x} »",
        ),
    ),
    (
        re.compile(r"“(?P<x>[^”]+)” summer centre"),
        (
            "Centrul de vară „{x}”",
            "Qendra verore «{x}»",
            "المركز الصيفي «{x}»",
            "Літній центр «{x}»",
            "Centro de verano «{x}»",
            "Centre d'été « {x} »",
        ),
    ),
]
QUOTED: dict[str, Six] = {
    "Little Chicks": ("Puișorii", "Zogjtë", "الكتاكيت", "Курчата", "Pollitos", "Les Poussins"),
    "Ladybirds": (
        "Buburuzele",
        "Mollëkuqet",
        "الدعسوقات",
        "Сонечка",
        "Mariquitas",
        "Les Coccinelles",
    ),
    "Teddy Bears": (
        "Ursuleții",
        "Arushat",
        "الدببة الصغيرة",
        "Ведмежатка",
        "Ositos",
        "Les Oursons",
    ),
    "The Tree House": (
        "Căsuța din copac",
        "Shtëpia në pemë",
        "البيت على الشجرة",
        "Будиночок на дереві",
        "La casa del árbol",
        "La Cabane dans l'arbre",
    ),
    "Sunflowers": (
        "Floarea-soarelui",
        "Lulediellet",
        "دوّار الشمس",
        "Соняшники",
        "Girasoles",
        "Les Tournesols",
    ),
    "Little Steps": (
        "Pași mici",
        "Hapa të vegjël",
        "خطوات صغيرة",
        "Маленькі кроки",
        "Pasitos",
        "Petits Pas",
    ),
    "Little Explorers": (
        "Micii exploratori",
        "Eksploruesit e vegjël",
        "المستكشفون الصغار",
        "Маленькі дослідники",
        "Pequeños exploradores",
        "Petits explorateurs",
    ),
    "Around the World in One Summer": (
        "Ocolul lumii într-o vară",
        "Rreth botës në një verë",
        "حول العالم في صيف واحد",
        "Навколо світу за одне літо",
        "La vuelta al mundo en un verano",
        "Le tour du monde en un été",
    ),
    "Mission Nature": (
        "Misiunea natura",
        "Misioni natyra",
        "مهمة الطبيعة",
        "Місія природа",
        "Misión naturaleza",
        "Mission nature",
    ),
    "Little Inventors": (
        "Micii inventatori",
        "Shpikësit e vegjël",
        "المخترعون الصغار",
        "Маленькі винахідники",
        "Pequeños inventores",
        "Petits inventeurs",
    ),
    "Summer in the Courtyard": (
        "Vară în curte",
        "Verë në oborr",
        "صيف في الفناء",
        "Літо на подвір'ї",
        "Verano en el patio",
        "L'été dans la cour",
    ),
}

DESCRIPTIONS: dict[str, Six] = {
    "pre-post-scuola": (
        "Copiii sunt primiți la școală înainte de ore și supravegheați după ore, cu gustare, "
        "jocuri liniștite și timp pentru teme. Educatori calificați.",
        "Fëmijët priten në shkollë para mësimit dhe kujdesen pas mësimit, me zemër, lojëra të "
        "qeta dhe kohë për detyrat. Edukatorë të kualifikuar.",
        "يُستقبل الأطفال في المدرسة قبل الدروس ويُعتنى بهم بعدها، مع وجبة خفيفة وألعاب هادئة "
        "ووقت للواجبات. مربّون مؤهلون.",
        "Дітей приймають у школі до уроків і доглядають після них: перекус, спокійні ігри й час "
        "на домашні завдання. Кваліфіковані вихователі.",
        "Los niños son acogidos en el colegio antes de las clases y cuidados después, con "
        "merienda, juegos tranquilos y tiempo para los deberes. Educadores titulados.",
        "Les enfants sont accueillis à l'école avant la classe et gardés après, avec goûter, "
        "jeux calmes et temps pour les devoirs. Animateurs qualifiés.",
    ),
    "campus-vacanze": (
        "Zile întregi de jocuri, ateliere și ieșiri când școlile sunt închise. Prânzul este "
        "inclus. Locuri limitate: înscrieți-vă din timp.",
        "Ditë të plota me lojëra, punëtori dhe dalje kur shkollat janë të mbyllura. Dreka "
        "përfshihet. Vende të kufizuara: regjistrohuni herët.",
        "أيام كاملة من الألعاب والورش والنزهات عندما تكون المدارس مغلقة. الغداء مشمول. "
        "الأماكن محدودة: سجّلوا مبكرًا.",
        "Цілі дні ігор, майстер-класів і прогулянок, коли школи зачинені. Обід включено. "
        "Місць небагато: записуйтеся заздалегідь.",
        "Días completos de juegos, talleres y salidas cuando los colegios están cerrados. "
        "Comida incluida. Plazas limitadas: inscríbase con tiempo.",
        "Des journées entières de jeux, d'ateliers et de sorties quand les écoles sont fermées. "
        "Déjeuner compris. Places limitées : inscrivez-vous tôt.",
    ),
    "centro-estivo": (
        "Săptămâni de vară cu jocuri în aer liber, sport, ateliere și excursii, cu prânz. Vă "
        "puteți înscrie pentru una sau mai multe săptămâni.",
        "Javë vere me lojëra jashtë, sport, punëtori dhe ekskursione, me drekë. Mund të "
        "regjistroheni për një ose më shumë javë.",
        "أسابيع صيفية من الألعاب في الهواء الطلق والرياضة والورش والرحلات، مع الغداء. يمكن "
        "التسجيل لأسبوع واحد أو أكثر.",
        "Літні тижні з іграми надворі, спортом, майстер-класами та екскурсіями, з обідом. Можна "
        "записатися на один або кілька тижнів.",
        "Semanas de verano con juegos al aire libre, deporte, talleres y excursiones, con "
        "comida. Puede inscribirse una o varias semanas.",
        "Des semaines d'été avec jeux en plein air, sport, ateliers et sorties, repas compris. "
        "On peut s'inscrire pour une ou plusieurs semaines.",
    ),
    "spazio-compiti": (
        "Un loc liniștit unde copiii își fac temele cu ajutorul educatorilor și al "
        "voluntarilor, câteva după-amiezi pe săptămână.",
        "Një vend i qetë ku fëmijët bëjnë detyrat me ndihmën e edukatorëve dhe vullnetarëve, "
        "disa pasdite në javë.",
        "مكان هادئ يُنجز فيه الأطفال واجباتهم بمساعدة مربّين ومتطوعين، بعض الأيام بعد الظهر "
        "كل أسبوع.",
        "Тихе місце, де діти виконують домашні завдання з допомогою вихователів і волонтерів, "
        "кілька днів на тиждень після обіду.",
        "Un lugar tranquilo donde los niños hacen los deberes con la ayuda de educadores y "
        "voluntarios, algunas tardes por semana.",
        "Un lieu calme où les enfants font leurs devoirs avec l'aide d'animateurs et de "
        "bénévoles, quelques après-midi par semaine.",
    ),
    "baby-parking": (
        "Supraveghere pentru cei mici, pentru câteva ore, cu educatoare calificate: jocuri, "
        "povești și gustare. Rezervați la telefon.",
        "Kujdes për të vegjlit për disa orë, me edukatore të kualifikuara: lojëra, përralla dhe "
        "zemër. Rezervoni me telefon.",
        "رعاية للصغار لبضع ساعات مع مربّيات مؤهلات: ألعاب وحكايات ووجبة خفيفة. احجزوا بالهاتف.",
        "Догляд за малюками на кілька годин з кваліфікованими виховательками: ігри, казки й "
        "перекус. Бронюйте телефоном.",
        "Cuidado de los más pequeños durante unas horas, con educadoras tituladas: juegos, "
        "cuentos y merienda. Reserve por teléfono.",
        "Garde des tout-petits pour quelques heures, avec des éducatrices qualifiées : jeux, "
        "histoires et goûter. Réservez par téléphone.",
    ),
    "sportello-info": (
        "Vă ajutăm să găsiți servicii pentru copii, să completați formulare și să cereți "
        "ajutoare. Gratuit, cu sau fără programare.",
        "Ju ndihmojmë të gjeni shërbime për fëmijët, të plotësoni formularë dhe të kërkoni "
        "ndihma. Falas, me ose pa takim.",
        "نساعدكم في إيجاد خدمات للأطفال وملء الاستمارات وطلب المساعدات. مجانًا، بموعد أو بدونه.",
        "Допоможемо знайти послуги для дітей, заповнити анкети й подати заяву на допомогу. "
        "Безкоштовно, із записом або без.",
        "Le ayudamos a encontrar servicios para sus hijos, rellenar formularios y pedir "
        "ayudas. Gratis, con o sin cita.",
        "Nous vous aidons à trouver des services pour vos enfants, à remplir des formulaires et "
        "à demander des aides. Gratuit, avec ou sans rendez-vous.",
    ),
    "sport-cultura": (
        "Cursuri săptămânale de sport, muzică sau teatru pentru copii și tineri, pe "
        "parcursul anului școlar.",
        "Kurse javore sporti, muzike ose teatri për fëmijë dhe të rinj, gjatë vitit shkollor.",
        "دروس أسبوعية في الرياضة أو الموسيقى أو المسرح للأطفال والشباب خلال العام الدراسي.",
        "Щотижневі заняття спортом, музикою чи театром для дітей і підлітків протягом "
        "навчального року.",
        "Clases semanales de deporte, música o teatro para niños y jóvenes durante el curso "
        "escolar.",
        "Des cours hebdomadaires de sport, de musique ou de théâtre pour les enfants et les "
        "jeunes, pendant l'année scolaire.",
    ),
}


def six(values: Six) -> dict[str, str]:
    return dict(zip(LANGS, values, strict=True))


def name(english: str) -> dict[str, str]:
    """The six translations of an offering's English name ("<name> – <town>" keeps the town)."""
    base, dash, town = english.rpartition(" – ")
    if not dash:
        base, town = english, ""
    values = NAMES.get(base)
    if values is None:
        for pattern, template in TEMPLATES:
            if (found := pattern.fullmatch(base)) and found["x"] in QUOTED:
                words = QUOTED[found["x"]]
                values = tuple(t.format(x=w) for t, w in zip(template, words, strict=True))  # type: ignore[assignment]
                break
    if values is None:
        raise SystemExit(
            f"no translation of the demo name {base!r}: add it to demo_translations.py"
        )
    return {lang: f"{text} – {town}" if town else text for lang, text in six(values).items()}
