"""The cities app's demonstration text, in every configured language.

The cities are real Shelter Cities and their places are real; everything else about them (hosts,
years, numbers, quotes, addresses) is invented and every profile says so on the page.
"""

from dataclasses import dataclass, field

from home.demo.tools import Catalogue

catalogue = Catalogue()
t = catalogue.text
LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar")


def templated(templates: dict[str, str], names: dict[str, str] | None = None, **values) -> str:
    """Register the text made from one template per language; `names` gives the city's name in
    each language. Returns the English text."""
    filled = {
        code: template.format(**values, city=(names or {}).get(code, ""))
        for code, template in templates.items()
    }
    return t(filled.pop("en"), **filled)


INDEX_TITLE = t(
    "Shelter Cities",
    fr="Les villes Shelter City",
    es="Las ciudades Shelter City",
    pt="As cidades Shelter City",
    ru="Города Shelter City",
    ar="مدن شلتر سيتي",
)
INDEX_INTRO = t(
    "Cities in Europe, Africa, Latin America and Asia take in human rights defenders for three "
    "months. Find where each one is, who hosts it, and who may apply there.",
    fr="Des villes d’Europe, d’Afrique, d’Amérique latine et d’Asie accueillent des défenseurs "
    "des droits humains pendant trois mois. Découvrez où se trouve chacune, qui l’anime et qui "
    "peut y postuler.",
    es="Ciudades de Europa, África, América Latina y Asia acogen durante tres meses a personas "
    "defensoras de derechos humanos. Descubra dónde está cada una, quién la organiza y quién "
    "puede postularse.",
    pt="Cidades da Europa, África, América Latina e Ásia acolhem defensores de direitos humanos "
    "durante três meses. Descubra onde fica cada uma, quem a acolhe e quem se pode candidatar.",
    ru="Города Европы, Африки, Латинской Америки и Азии принимают правозащитников на три месяца. "
    "Узнайте, где находится каждый из них, кто его принимающая сторона и кто может подать заявку.",
    ar="تستقبل مدن في أوروبا وأفريقيا وأمريكا اللاتينية وآسيا المدافعين عن حقوق الإنسان لمدة ثلاثة "
    "أشهر. اعرف موقع كل مدينة والجهة المضيفة فيها ومن يمكنه التقدّم إليها.",
)

INTRO = {
    "en": "{city} has welcomed defenders to the network since {year}. This profile is "
    "demonstration content: its details are invented to show how a city page works.",
    "fr": "{city} accueille des défenseurs au sein du réseau depuis {year}. Ce profil est un "
    "contenu de démonstration : ses détails sont inventés pour montrer le fonctionnement d’une "
    "page de ville.",
    "es": "{city} acoge a personas defensoras en la red desde {year}. Este perfil es contenido "
    "de demostración: sus detalles son inventados para mostrar cómo funciona la página de una "
    "ciudad.",
    "pt": "{city} acolhe defensores na rede desde {year}. Este perfil é conteúdo de "
    "demonstração: os seus detalhes são inventados para mostrar como funciona a página de uma "
    "cidade.",
    "ru": "{city} принимает правозащитников в рамках сети с {year} года. Этот профиль — "
    "демонстрационный: его подробности придуманы, чтобы показать, как устроена страница города.",
    "ar": "تستقبل {city} المدافعين ضمن الشبكة منذ عام {year}. هذا الملف محتوى تجريبي: تفاصيله "
    "مختلَقة لتوضيح طريقة عمل صفحة المدينة.",
}
PHOTO_ALT = {
    "en": "An illustration standing in for a photo of {city} (demonstration image)",
    "fr": "Une illustration à la place d’une photo de {city} (image de démonstration)",
    "es": "Una ilustración en lugar de una foto de {city} (imagen de demostración)",
    "pt": "Uma ilustração no lugar de uma fotografia de {city} (imagem de demonstração)",
    "ru": "Иллюстрация вместо фотографии города {city} (демонстрационное изображение)",
    "ar": "رسم توضيحي بدلاً من صورة لمدينة {city} (صورة تجريبية)",
}
STAY_LEAD = {
    "en": "For three months in {city}, a participant rests and works in safety. The stay covers:",
    "fr": "Pendant trois mois à {city}, chaque participant se repose et travaille en sécurité. "
    "Le séjour comprend :",
    "es": "Durante tres meses en {city}, cada participante descansa y trabaja en un entorno "
    "seguro. La estancia incluye:",
    "pt": "Durante três meses em {city}, cada participante descansa e trabalha em segurança. A "
    "estadia inclui:",
    "ru": "Три месяца в городе {city} участник отдыхает и работает в безопасности. Пребывание "
    "включает:",
    "ar": "خلال ثلاثة أشهر في {city}، يرتاح المشارك ويعمل في أمان. وتشمل الإقامة:",
}
STAY_ITEMS = [
    t(
        "travel and visa costs, housing and a monthly allowance",
        fr="les frais de voyage et de visa, le logement et une allocation mensuelle",
        es="los gastos de viaje y visado, el alojamiento y una asignación mensual",
        pt="as despesas de viagem e visto, o alojamento e uma ajuda de custo mensal",
        ru="расходы на дорогу и визу, жильё и ежемесячное пособие",
        ar="تكاليف السفر والتأشيرة والسكن ومخصصاً شهرياً",
    ),
    t(
        "medical insurance and access to health care",
        fr="une assurance maladie et l’accès aux soins",
        es="un seguro médico y acceso a la atención sanitaria",
        pt="seguro de saúde e acesso a cuidados médicos",
        ru="медицинскую страховку и доступ к медицинской помощи",
        ar="تأميناً طبياً والحصول على الرعاية الصحية",
    ),
    t(
        "a security training course on digital security and well-being",
        fr="une formation à la sécurité numérique et au bien-être",
        es="un curso de formación en seguridad digital y bienestar",
        pt="um curso de formação em segurança digital e bem-estar",
        ru="курс по цифровой безопасности и восстановлению сил",
        ar="دورة تدريبية في الأمان الرقمي والرفاه النفسي",
    ),
    t(
        "meetings with local organisations, universities and officials",
        fr="des rencontres avec des organisations locales, des universités et des responsables "
        "publics",
        es="encuentros con organizaciones locales, universidades y autoridades",
        pt="encontros com organizações locais, universidades e autoridades",
        ru="встречи с местными организациями, университетами и официальными лицами",
        ar="لقاءات مع منظمات محلية وجامعات ومسؤولين",
    ),
]
QUOTES = [
    t(
        "For the first time in a year I slept through the night. I go home with a plan.",
        fr="Pour la première fois depuis un an, j’ai dormi toute la nuit. Je rentre avec un plan.",
        es="Por primera vez en un año dormí toda la noche. Vuelvo a casa con un plan.",
        pt="Pela primeira vez num ano dormi a noite inteira. Volto para casa com um plano.",
        ru="Впервые за год я спала всю ночь. Я возвращаюсь домой с планом.",
        ar="للمرة الأولى منذ عام نمتُ الليل كله. أعود إلى بلدي ومعي خطة.",
    ),
    t(
        "The training changed how my whole team uses its phones.",
        fr="La formation a changé la façon dont toute mon équipe utilise ses téléphones.",
        es="La formación cambió la forma en que todo mi equipo usa sus teléfonos.",
        pt="A formação mudou a forma como toda a minha equipa usa os telemóveis.",
        ru="Обучение изменило то, как вся моя команда пользуется телефонами.",
        ar="غيّر التدريب طريقة استخدام فريقي كله لهواتفه.",
    ),
    t(
        "I met people who will stand by us when the next threat comes.",
        fr="J’ai rencontré des personnes qui nous soutiendront quand viendra la prochaine menace.",
        es="Conocí a personas que nos apoyarán cuando llegue la próxima amenaza.",
        pt="Conheci pessoas que vão estar do nosso lado quando vier a próxima ameaça.",
        ru="Я познакомился с людьми, которые поддержат нас, когда придёт новая угроза.",
        ar="التقيتُ بأشخاص سيقفون إلى جانبنا عندما يأتي التهديد التالي.",
    ),
]
PSEUDONYMS = [catalogue.same(name) for name in ("Amal", "Tomás", "Nadia")]
ELIGIBILITY = t(
    "Defenders whose non-violent work puts them at risk, who are willing to return home after "
    "the stay, and who can travel without their family.",
    fr="Les défenseurs dont le travail non violent les met en danger, qui sont prêts à rentrer "
    "chez eux après le séjour et qui peuvent voyager sans leur famille.",
    es="Personas defensoras cuyo trabajo no violento las pone en riesgo, dispuestas a regresar "
    "a casa tras la estancia y que pueden viajar sin su familia.",
    pt="Defensores cujo trabalho não violento os coloca em risco, dispostos a regressar a casa "
    "depois da estadia e que podem viajar sem a família.",
    ru="Правозащитники, чья ненасильственная работа подвергает их опасности, готовые вернуться "
    "домой после пребывания и способные поехать без семьи.",
    ar="المدافعون الذين يعرّضهم عملهم السلمي للخطر، والمستعدون للعودة إلى بلدانهم بعد الإقامة، "
    "والقادرون على السفر دون أسرهم.",
)
REGIONAL_ELIGIBILITY = t(
    "This city runs its own call and takes defenders from its region only: see the countries "
    "below.",
    fr="Cette ville organise son propre appel et n’accueille que des défenseurs de sa région : "
    "voir les pays ci-dessous.",
    es="Esta ciudad organiza su propia convocatoria y solo acoge a personas defensoras de su "
    "región: vea los países a continuación.",
    pt="Esta cidade organiza a sua própria convocatória e só acolhe defensores da sua região: "
    "veja os países abaixo.",
    ru="Этот город проводит собственный набор и принимает правозащитников только из своего "
    "региона: см. страны ниже.",
    ar="تنظّم هذه المدينة دعوتها الخاصة ولا تستقبل إلا مدافعين من منطقتها: انظر البلدان أدناه.",
)
APPLY_THROUGH_CALL = t(
    "Apply through the programme's open call, published on this site twice a year.",
    fr="Postulez via l’appel à candidatures du programme, publié sur ce site deux fois par an.",
    es="Postúlese a través de la convocatoria del programa, publicada en este sitio dos veces al "
    "año.",
    pt="Candidate-se através da convocatória do programa, publicada neste site duas vezes por ano.",
    ru="Подайте заявку через открытый набор программы, который публикуется на этом сайте дважды "
    "в год.",
    ar="قدّم طلبك عبر الدعوة المفتوحة للبرنامج، التي تُنشر على هذا الموقع مرتين في السنة.",
)
APPLY_OWN_PROCESS = {
    "en": "{city} runs its own call: read its conditions and apply on the host's site.",
    "fr": "{city} organise son propre appel : lisez ses conditions et postulez sur le site de "
    "l’organisation hôte.",
    "es": "{city} organiza su propia convocatoria: lea sus condiciones y postúlese en el sitio de "
    "la organización anfitriona.",
    "pt": "{city} organiza a sua própria convocatória: leia as condições e candidate-se no site "
    "da organização anfitriã.",
    "ru": "{city} проводит собственный набор: прочитайте условия и подайте заявку на сайте "
    "принимающей организации.",
    "ar": "تنظّم {city} دعوتها الخاصة: اقرأ شروطها وقدّم طلبك على موقع الجهة المضيفة.",
}
ADDRESS = {
    "en": "Shelter City {city}, demonstration address",
    "fr": "Shelter City {city}, adresse de démonstration",
    "es": "Shelter City {city}, dirección de demostración",
    "pt": "Shelter City {city}, endereço de demonstração",
    "ru": "Shelter City {city}, демонстрационный адрес",
    "ar": "شلتر سيتي {city}، عنوان تجريبي",
}
ORGANISATION_DESCRIPTION = {
    "en": "A demonstration organisation that hosts defenders in {city}: it arranges housing, the "
    "security training and meetings with local partners.",
    "fr": "Une organisation de démonstration qui accueille des défenseurs à {city} : elle "
    "organise le logement, la formation à la sécurité et les rencontres avec des partenaires "
    "locaux.",
    "es": "Una organización de demostración que acoge a personas defensoras en {city}: organiza "
    "el alojamiento, la formación en seguridad y los encuentros con socios locales.",
    "pt": "Uma organização de demonstração que acolhe defensores em {city}: trata do alojamento, "
    "da formação em segurança e dos encontros com parceiros locais.",
    "ru": "Демонстрационная организация, принимающая правозащитников в городе {city}: она "
    "обеспечивает жильё, обучение безопасности и встречи с местными партнёрами.",
    "ar": "منظمة تجريبية تستضيف المدافعين في {city}: تتولى السكن والتدريب على الأمان واللقاءات مع "
    "الشركاء المحليين.",
}

CENTRAL_AMERICA = ["CR", "GT", "HN", "NI", "PA", "SV", "BZ", "MX"]
SOUTH_AMERICA = ["AR", "BO", "BR", "CL", "CO", "EC", "PE", "PY", "UY", "VE"]


@dataclass(frozen=True)
class DemoCity:
    slug: str
    names: dict[str, str]  # the city's name in every language
    local_name: str  # in the host's own usage, for the organisation's name
    country: str
    region: str
    latitude: float
    longitude: float
    year: int
    languages: list[str]
    accepting: bool = True
    own_process: bool = False
    hide_defenders: bool = False
    hosted: int | None = None
    eligible_countries: list[str] = field(default_factory=list)


def _names(*names):
    return dict(zip(LANGUAGES, names, strict=True))


CITIES = [
    DemoCity(
        "the-hague",
        _names("The Hague", "La Haye", "La Haya", "Haia", "Гаага", "لاهاي"),
        "Den Haag",
        "NL",
        "europe",
        52.0705,
        4.3007,
        2012,
        ["en", "nl"],
        hosted=61,
    ),
    DemoCity(
        "amsterdam",
        _names("Amsterdam", "Amsterdam", "Ámsterdam", "Amesterdão", "Амстердам", "أمستردام"),
        "Amsterdam",
        "NL",
        "europe",
        52.3676,
        4.9041,
        2013,
        ["en", "nl"],
        hosted=24,
    ),
    DemoCity(
        "utrecht",
        _names("Utrecht", "Utrecht", "Utrecht", "Utrecht", "Утрехт", "أوتريخت"),
        "Utrecht",
        "NL",
        "europe",
        52.0907,
        5.1214,
        2014,
        ["en", "nl", "es"],
        hosted=18,
    ),
    DemoCity(
        "nijmegen",
        _names("Nijmegen", "Nimègue", "Nimega", "Nimega", "Неймеген", "نايميخن"),
        "Nijmegen",
        "NL",
        "europe",
        51.8126,
        5.8372,
        2014,
        ["en", "nl"],
        hosted=17,
    ),
    DemoCity(
        "middelburg",
        _names("Middelburg", "Middelbourg", "Middelburg", "Middelburg", "Мидделбург", "ميدلبورخ"),
        "Middelburg",
        "NL",
        "europe",
        51.4988,
        3.6136,
        2015,
        ["en", "nl", "fr"],
        hosted=14,
    ),
    DemoCity(
        "maastricht",
        _names("Maastricht", "Maastricht", "Maastricht", "Maastricht", "Маастрихт", "ماستريخت"),
        "Maastricht",
        "NL",
        "europe",
        50.8514,
        5.6910,
        2015,
        ["en", "nl", "fr", "de"],
        hosted=15,
    ),
    DemoCity(
        "groningen",
        _names("Groningen", "Groningue", "Groninga", "Groninga", "Гронинген", "خرونينغن"),
        "Groningen",
        "NL",
        "europe",
        53.2194,
        6.5665,
        2016,
        ["en", "nl"],
        hosted=12,
    ),
    DemoCity(
        "tilburg",
        _names("Tilburg", "Tilbourg", "Tilburg", "Tilburg", "Тилбург", "تيلبورخ"),
        "Tilburg",
        "NL",
        "europe",
        51.5555,
        5.0913,
        2017,
        ["en", "nl"],
        hosted=9,
    ),
    DemoCity(
        "zwolle",
        _names("Zwolle", "Zwolle", "Zwolle", "Zwolle", "Зволле", "زفوله"),
        "Zwolle",
        "NL",
        "europe",
        52.5168,
        6.0830,
        2019,
        ["en", "nl"],
        accepting=False,
        hosted=6,
    ),
    DemoCity(
        "tbilisi",
        _names("Tbilisi", "Tbilissi", "Tiflis", "Tbilisi", "Тбилиси", "تبليسي"),
        "Tbilisi",
        "GE",
        "europe",
        41.7151,
        44.8271,
        2016,
        ["en", "ka", "ru"],
        own_process=True,
        hide_defenders=True,
        eligible_countries=["AM", "AZ", "GE", "KZ", "KG", "TJ", "UZ", "UA", "BY", "RU"],
    ),
    DemoCity(
        "cotonou",
        _names("Cotonou", "Cotonou", "Cotonú", "Cotonou", "Котону", "كوتونو"),
        "Cotonou",
        "BJ",
        "africa",
        6.3703,
        2.3912,
        2018,
        ["fr", "en"],
        own_process=True,
        hosted=11,
    ),
    DemoCity(
        "dar-es-salaam",
        _names(
            "Dar es Salaam",
            "Dar es Salaam",
            "Dar es-Salam",
            "Dar es Salaam",
            "Дар-эс-Салам",
            "دار السلام",
        ),
        "Dar es Salaam",
        "TZ",
        "africa",
        -6.7924,
        39.2083,
        2017,
        ["en", "sw"],
        own_process=True,
        hosted=13,
    ),
    DemoCity(
        "kampala",
        _names("Kampala", "Kampala", "Kampala", "Kampala", "Кампала", "كمبالا"),
        "Kampala",
        "UG",
        "africa",
        0.3476,
        32.5825,
        2019,
        ["en", "sw"],
        accepting=False,
        own_process=True,
        hide_defenders=True,
    ),
    DemoCity(
        "nairobi",
        _names("Nairobi", "Nairobi", "Nairobi", "Nairóbi", "Найроби", "نيروبي"),
        "Nairobi",
        "KE",
        "africa",
        -1.2921,
        36.8219,
        2018,
        ["en", "sw"],
        own_process=True,
        hosted=10,
    ),
    DemoCity(
        "san-jose",
        _names("San José", "San José", "San José", "São José", "Сан-Хосе", "سان خوسيه"),
        "San José",
        "CR",
        "latin-america",
        9.9281,
        -84.0907,
        2016,
        ["es", "en"],
        own_process=True,
        hosted=16,
        eligible_countries=CENTRAL_AMERICA,
    ),
    DemoCity(
        "mexico-city",
        _names(
            "Mexico City",
            "Mexico",
            "Ciudad de México",
            "Cidade do México",
            "Мехико",
            "مدينة مكسيكو",
        ),
        "Ciudad de México",
        "MX",
        "latin-america",
        19.4326,
        -99.1332,
        2020,
        ["es"],
        own_process=True,
        hide_defenders=True,
        eligible_countries=CENTRAL_AMERICA,
    ),
    DemoCity(
        "bogota",
        _names("Bogotá", "Bogota", "Bogotá", "Bogotá", "Богота", "بوغوتا"),
        "Bogotá",
        "CO",
        "latin-america",
        4.7110,
        -74.0721,
        2021,
        ["es", "en"],
        accepting=False,
        own_process=True,
        hosted=5,
        eligible_countries=SOUTH_AMERICA,
    ),
    DemoCity(
        "ulaanbaatar",
        _names(
            "Ulaanbaatar", "Oulan-Bator", "Ulán Bator", "Ulã Bator", "Улан-Батор", "أولان باتور"
        ),
        "Ulaanbaatar",
        "MN",
        "asia",
        47.8864,
        106.9057,
        2019,
        ["mn", "en", "ru"],
        own_process=True,
        hosted=8,
    ),
    DemoCity(
        "kathmandu",
        _names("Kathmandu", "Katmandou", "Katmandú", "Catmandu", "Катманду", "كاتماندو"),
        "Kathmandu",
        "NP",
        "asia",
        27.7172,
        85.3240,
        2020,
        ["ne", "en"],
        own_process=True,
        hide_defenders=True,
    ),
    DemoCity(
        "kuala-lumpur",
        _names(
            "Kuala Lumpur",
            "Kuala Lumpur",
            "Kuala Lumpur",
            "Kuala Lumpur",
            "Куала-Лумпур",
            "كوالالمبور",
        ),
        "Kuala Lumpur",
        "MY",
        "asia",
        3.1390,
        101.6869,
        2022,
        ["ms", "en"],
        accepting=False,
        own_process=True,
        hosted=3,
    ),
]
