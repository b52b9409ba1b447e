"""The home app's demonstration text, in every configured language."""

from wagtail.rich_text import RichText

from .tools import Catalogue

catalogue = Catalogue()
t = catalogue.text

HOME_TITLE = t(
    "A safe place to rest, for human rights defenders at risk",
    fr="Un lieu sûr pour se reposer, pour les défenseurs des droits humains en danger",
    es="Un lugar seguro para descansar, para personas defensoras de derechos humanos en riesgo",
    pt="Um lugar seguro para descansar, para defensores de direitos humanos em risco",
    ru="Безопасное место для отдыха правозащитников, находящихся под угрозой",
    ar="مكان آمن للراحة للمدافعين عن حقوق الإنسان المعرّضين للخطر",
)
HOME_INTRO = t(
    "Shelter City is a network of cities that take in human rights defenders at risk for three "
    "months of rest, security training and networking, before they return home stronger.",
    fr="Shelter City est un réseau de villes qui accueillent des défenseurs des droits humains en "
    "danger pendant trois mois de repos, de formation à la sécurité et de mise en réseau, avant "
    "qu’ils ne rentrent chez eux plus forts.",
    es="Shelter City es una red de ciudades que acogen a personas defensoras de derechos humanos "
    "en riesgo durante tres meses de descanso, formación en seguridad y creación de redes, antes "
    "de que regresen a casa fortalecidas.",
    pt="Shelter City é uma rede de cidades que acolhem defensores de direitos humanos em risco "
    "durante três meses de descanso, formação em segurança e criação de redes, antes de voltarem "
    "para casa mais fortes.",
    ru="Shelter City — это сеть городов, которые принимают правозащитников, находящихся под "
    "угрозой, на три месяца отдыха, обучения безопасности и налаживания связей, чтобы они "
    "вернулись домой окрепшими.",
    ar="شلتر سيتي شبكة من المدن تستقبل المدافعين عن حقوق الإنسان المعرّضين للخطر لمدة ثلاثة أشهر "
    "من الراحة والتدريب على الأمان وبناء العلاقات، قبل أن يعودوا إلى بلدانهم أكثر قوة.",
)
OFFER_HEADING = t(
    "What a stay offers",
    fr="Ce qu’offre un séjour",
    es="Qué ofrece una estancia",
    pt="O que uma estadia oferece",
    ru="Что даёт пребывание",
    ar="ما تقدّمه الإقامة",
)
OFFER_TEXT = t(
    "Travel and visa costs, housing, a monthly allowance and medical insurance are covered. Each "
    "participant follows a security training course, takes part in well-being activities, and "
    "meets organisations, universities and officials who can support their work.",
    fr="Les frais de voyage et de visa, le logement, une allocation mensuelle et l’assurance "
    "maladie sont pris en charge. Chaque participant suit une formation à la sécurité, prend part "
    "à des activités de bien-être et rencontre des organisations, des universités et des "
    "responsables publics qui peuvent soutenir son travail.",
    es="Se cubren los gastos de viaje y visado, el alojamiento, una asignación mensual y el seguro "
    "médico. Cada participante sigue un curso de formación en seguridad, participa en actividades "
    "de bienestar y conoce a organizaciones, universidades y autoridades que pueden apoyar su "
    "trabajo.",
    pt="As despesas de viagem e visto, o alojamento, uma ajuda de custo mensal e o seguro de saúde "
    "são cobertos. Cada participante faz um curso de formação em segurança, participa em "
    "atividades de bem-estar e conhece organizações, universidades e autoridades que podem apoiar "
    "o seu trabalho.",
    ru="Оплачиваются дорога и виза, жильё, ежемесячное пособие и медицинская страховка. Каждый "
    "участник проходит курс по безопасности, участвует в занятиях для восстановления сил и "
    "встречается с организациями, университетами и официальными лицами, которые могут "
    "поддержать его работу.",
    ar="تُغطّى تكاليف السفر والتأشيرة والسكن ومخصص شهري والتأمين الطبي. ويتابع كل مشارك دورة تدريبية "
    "في الأمان، ويشارك في أنشطة للرفاه النفسي، ويلتقي بمنظمات وجامعات ومسؤولين يمكنهم دعم عمله.",
)
WHO_HEADING = t(
    "Who can apply",
    fr="Qui peut postuler",
    es="Quién puede presentar su candidatura",
    pt="Quem pode candidatar-se",
    ru="Кто может подать заявку",
    ar="من يمكنه التقدّم",
)
WHO_TEXT = t(
    "Defenders whose non-violent work puts them at risk, who are willing to return home after the "
    "stay, and who can travel without their family.",
    fr="Les défenseurs dont le travail non violent les met en danger, qui sont prêts à rentrer "
    "chez eux après le séjour et qui peuvent voyager sans leur famille.",
    es="Personas defensoras cuyo trabajo no violento las pone en riesgo, dispuestas a regresar a "
    "casa después de la estancia y que pueden viajar sin su familia.",
    pt="Defensores cujo trabalho não violento os coloca em risco, dispostos a regressar a casa "
    "depois da estadia e que podem viajar sem a família.",
    ru="Правозащитники, чья ненасильственная работа подвергает их опасности, готовые вернуться "
    "домой после пребывания и способные путешествовать без семьи.",
    ar="المدافعون الذين يعرّضهم عملهم السلمي للخطر، والمستعدون للعودة إلى بلدانهم بعد الإقامة، "
    "والقادرون على السفر من دون عائلاتهم.",
)
QUOTE = t(
    "For the first time in years, I could sleep through the night.",
    fr="Pour la première fois depuis des années, j’ai pu dormir toute la nuit.",
    es="Por primera vez en años, pude dormir toda la noche.",
    pt="Pela primeira vez em anos, consegui dormir a noite inteira.",
    ru="Впервые за много лет я смогла спать всю ночь.",
    ar="للمرة الأولى منذ سنوات، استطعت أن أنام الليل كله.",
)
QUOTE_BY = t(
    "A past participant (demonstration content)",
    fr="Une ancienne participante (contenu de démonstration)",
    es="Una antigua participante (contenido de demostración)",
    pt="Uma antiga participante (conteúdo de demonstração)",
    ru="Бывшая участница (демонстрационный материал)",
    ar="مشاركة سابقة (محتوى تجريبي)",
)
CTA_HEADING = t(
    "About the programme",
    fr="À propos du programme",
    es="Sobre el programa",
    pt="Sobre o programa",
    ru="О программе",
    ar="عن البرنامج",
)
CTA_TEXT = t(
    "How Shelter City started, and who runs it.",
    fr="Comment Shelter City a commencé, et qui le fait vivre.",
    es="Cómo empezó Shelter City y quién lo gestiona.",
    pt="Como o Shelter City começou e quem o gere.",
    ru="Как появилась программа Shelter City и кто её ведёт.",
    ar="كيف بدأ برنامج شلتر سيتي ومن يديره.",
)
CTA_LINK = t(
    "Read about Shelter City",
    fr="En savoir plus sur Shelter City",
    es="Leer sobre Shelter City",
    pt="Ler sobre o Shelter City",
    ru="Подробнее о Shelter City",
    ar="اقرأ عن شلتر سيتي",
)

ABOUT_TITLE = t(
    "About Shelter City",
    fr="À propos de Shelter City",
    es="Sobre Shelter City",
    pt="Sobre o Shelter City",
    ru="О Shelter City",
    ar="عن شلتر سيتي",
)
ABOUT_INTRO = t(
    "Shelter City was started in 2012 by the Dutch organisation Justice and Peace Netherlands, "
    "together with Dutch cities.",
    fr="Shelter City a été lancé en 2012 par l’organisation néerlandaise Justice and Peace "
    "Netherlands, avec des villes néerlandaises.",
    es="Shelter City fue creado en 2012 por la organización neerlandesa Justice and Peace "
    "Netherlands, junto con ciudades neerlandesas.",
    pt="O Shelter City foi criado em 2012 pela organização neerlandesa Justice and Peace "
    "Netherlands, em conjunto com cidades neerlandesas.",
    ru="Программа Shelter City была основана в 2012 году нидерландской организацией Justice and "
    "Peace Netherlands вместе с городами Нидерландов.",
    ar="أُطلق برنامج شلتر سيتي عام 2012 على يد المنظمة الهولندية «العدالة والسلام هولندا» بالتعاون "
    "مع مدن هولندية.",
)
ABOUT_H1 = t(
    "Rest, respite and renewal",
    fr="Repos, répit et renouveau",
    es="Descanso, respiro y renovación",
    pt="Descanso, pausa e renovação",
    ru="Отдых, передышка и обновление",
    ar="راحة واستراحة وتجدّد",
)
ABOUT_P1 = t(
    "For three months, defenders can rest away from daily threats, learn to manage their "
    "security, tell their story to a wider public, and build a network that keeps supporting "
    "them after they return.",
    fr="Pendant trois mois, les défenseurs peuvent se reposer loin des menaces quotidiennes, "
    "apprendre à gérer leur sécurité, raconter leur histoire à un public plus large et bâtir un "
    "réseau qui continue de les soutenir après leur retour.",
    es="Durante tres meses, las personas defensoras pueden descansar lejos de las amenazas "
    "diarias, aprender a gestionar su seguridad, contar su historia a un público más amplio y "
    "construir una red que las siga apoyando después de su regreso.",
    pt="Durante três meses, os defensores podem descansar longe das ameaças diárias, aprender a "
    "gerir a sua segurança, contar a sua história a um público mais amplo e construir uma rede "
    "que continua a apoiá-los depois do regresso.",
    ru="В течение трёх месяцев правозащитники могут отдохнуть от ежедневных угроз, научиться "
    "управлять своей безопасностью, рассказать свою историю широкой аудитории и создать сеть "
    "поддержки, которая не оставит их и после возвращения.",
    ar="على مدى ثلاثة أشهر، يستطيع المدافعون أن يرتاحوا بعيدًا عن التهديدات اليومية، وأن يتعلّموا "
    "إدارة أمنهم، وأن يرووا قصتهم لجمهور أوسع، وأن يبنوا شبكة تواصل دعمهم بعد عودتهم.",
)
ABOUT_H2 = t(
    "A network of cities",
    fr="Un réseau de villes",
    es="Una red de ciudades",
    pt="Uma rede de cidades",
    ru="Сеть городов",
    ar="شبكة من المدن",
)
ABOUT_P2 = t(
    "The network has grown from the Netherlands to cities in Africa, Latin America, Asia and "
    "Europe, each hosted by a local organisation.",
    fr="Le réseau s’est étendu des Pays-Bas à des villes d’Afrique, d’Amérique latine, d’Asie et "
    "d’Europe, chacune accueillie par une organisation locale.",
    es="La red ha crecido desde los Países Bajos hasta ciudades de África, América Latina, Asia "
    "y Europa, cada una acogida por una organización local.",
    pt="A rede cresceu dos Países Baixos para cidades em África, na América Latina, na Ásia e na "
    "Europa, cada uma acolhida por uma organização local.",
    ru="Сеть выросла из Нидерландов до городов Африки, Латинской Америки, Азии и Европы; в каждом "
    "из них программу ведёт местная организация.",
    ar="امتدت الشبكة من هولندا إلى مدن في أفريقيا وأمريكا اللاتينية وآسيا وأوروبا، تستضيف كلًّا "
    "منها منظمة محلية.",
)

PRIVACY_TITLE = t(
    "Privacy",
    fr="Confidentialité",
    es="Privacidad",
    pt="Privacidade",
    ru="Конфиденциальность",
    ar="الخصوصية",
)
PRIVACY_INTRO = t(
    "This site does not track you.",
    fr="Ce site ne vous suit pas.",
    es="Este sitio no te rastrea.",
    pt="Este site não o rastreia.",
    ru="Этот сайт не следит за вами.",
    ar="هذا الموقع لا يتتبّعك.",
)
PRIVACY_P = t(
    "It sets no cookies for readers, loads nothing from other websites, and does not record your "
    "IP address, your browser or the page you came from. Files you download are counted only as "
    "a daily total per file.",
    fr="Il ne dépose aucun cookie chez ses lecteurs, ne charge rien depuis d’autres sites et "
    "n’enregistre ni votre adresse IP, ni votre navigateur, ni la page d’où vous venez. Les "
    "fichiers téléchargés ne sont comptés que sous forme de total quotidien par fichier.",
    es="No instala cookies a sus lectores, no carga nada de otros sitios web y no registra tu "
    "dirección IP, tu navegador ni la página de la que vienes. Los archivos que descargas solo se "
    "cuentan como un total diario por archivo.",
    pt="Não coloca cookies aos leitores, não carrega nada de outros sites e não regista o seu "
    "endereço IP, o seu navegador nem a página de onde veio. Os ficheiros descarregados são "
    "contados apenas como um total diário por ficheiro.",
    ru="Он не устанавливает читателям файлы cookie, ничего не загружает с других сайтов и не "
    "записывает ваш IP-адрес, браузер или страницу, с которой вы пришли. Скачанные файлы "
    "учитываются только как общее число скачиваний файла за день.",
    ar="لا يضع ملفات تعريف الارتباط لدى القرّاء، ولا يحمّل شيئًا من مواقع أخرى، ولا يسجّل عنوان IP "
    "الخاص بك ولا متصفحك ولا الصفحة التي جئت منها. ولا تُحصى الملفات التي تنزّلها إلا كمجموع يومي "
    "لكل ملف.",
)

CONTACT_TITLE = t(
    "Contact", fr="Contact", es="Contacto", pt="Contacto", ru="Контакты", ar="اتصل بنا"
)
CONTACT_INTRO = t(
    "Questions about the programme or an application? Write to us.",
    fr="Des questions sur le programme ou une candidature ? Écrivez-nous.",
    es="¿Preguntas sobre el programa o una candidatura? Escríbenos.",
    pt="Dúvidas sobre o programa ou uma candidatura? Escreva-nos.",
    ru="Вопросы о программе или заявке? Напишите нам.",
    ar="هل لديك أسئلة عن البرنامج أو عن طلب؟ راسلنا.",
)
CONTACT_P = t(
    "If you are in danger now, call one of the emergency helplines listed at the bottom of every "
    "page: they answer day and night.",
    fr="Si vous êtes en danger maintenant, appelez l’une des lignes d’urgence indiquées en bas de "
    "chaque page : elles répondent jour et nuit.",
    es="Si estás en peligro ahora, llama a una de las líneas de emergencia que aparecen al final "
    "de cada página: responden día y noche.",
    pt="Se está em perigo agora, ligue para uma das linhas de emergência indicadas no fim de cada "
    "página: atendem dia e noite.",
    ru="Если вы в опасности прямо сейчас, позвоните на одну из экстренных линий, указанных внизу "
    "каждой страницы: они отвечают днём и ночью.",
    ar="إذا كنت في خطر الآن، فاتصل بأحد خطوط الطوارئ المذكورة في أسفل كل صفحة: فهي تجيب ليلًا "
    "ونهارًا.",
)

FOOTER = t(
    "Shelter City is a programme of Justice and Peace Netherlands and its partner organisations. "
    "This site shows demonstration content.",
    fr="Shelter City est un programme de Justice and Peace Netherlands et de ses organisations "
    "partenaires. Ce site présente un contenu de démonstration.",
    es="Shelter City es un programa de Justice and Peace Netherlands y sus organizaciones "
    "aliadas. Este sitio muestra contenido de demostración.",
    pt="O Shelter City é um programa da Justice and Peace Netherlands e das suas organizações "
    "parceiras. Este site mostra conteúdo de demonstração.",
    ru="Shelter City — программа организации Justice and Peace Netherlands и её партнёров. На "
    "этом сайте показан демонстрационный материал.",
    ar="شلتر سيتي برنامج تديره منظمة «العدالة والسلام هولندا» والمنظمات الشريكة لها. يعرض هذا "
    "الموقع محتوى تجريبيًا.",
)
ADDRESS = t(
    "Demonstration address, The Hague, Netherlands",
    fr="Adresse de démonstration, La Haye, Pays-Bas",
    es="Dirección de demostración, La Haya, Países Bajos",
    pt="Endereço de demonstração, Haia, Países Baixos",
    ru="Демонстрационный адрес, Гаага, Нидерланды",
    ar="عنوان تجريبي، لاهاي، هولندا",
)

FLD_NAME = t(
    "Front Line Defenders emergency line",
    fr="Ligne d’urgence de Front Line Defenders",
    es="Línea de emergencia de Front Line Defenders",
    pt="Linha de emergência da Front Line Defenders",
    ru="Экстренная линия Front Line Defenders",
    ar="خط الطوارئ لمنظمة فرونت لاين ديفندرز",
)
FLD_TEXT = t(
    "For human rights defenders at immediate risk.",
    fr="Pour les défenseurs des droits humains en danger immédiat.",
    es="Para personas defensoras de derechos humanos en riesgo inmediato.",
    pt="Para defensores de direitos humanos em risco imediato.",
    ru="Для правозащитников, которым грозит непосредственная опасность.",
    ar="للمدافعين عن حقوق الإنسان المعرّضين لخطر داهم.",
)
FLD_PHONE = catalogue.same("+353 1 210 0489")
ACCESS_NAME = t(
    "Access Now Digital Security Helpline",
    fr="Ligne d’assistance en sécurité numérique d’Access Now",
    es="Línea de ayuda en seguridad digital de Access Now",
    pt="Linha de apoio em segurança digital da Access Now",
    ru="Линия помощи по цифровой безопасности Access Now",
    ar="خط المساعدة في الأمان الرقمي من أكسس ناو",
)
ACCESS_TEXT = t(
    "Help with hacked accounts, surveillance and other digital emergencies, in several languages.",
    fr="Aide en cas de compte piraté, de surveillance ou d’autre urgence numérique, en plusieurs "
    "langues.",
    es="Ayuda con cuentas hackeadas, vigilancia y otras emergencias digitales, en varios idiomas.",
    pt="Ajuda com contas pirateadas, vigilância e outras emergências digitais, em várias línguas.",
    ru="Помощь при взломе аккаунтов, слежке и других цифровых чрезвычайных ситуациях, на "
    "нескольких языках.",
    ar="مساعدة في حالات اختراق الحسابات والمراقبة وغيرها من الطوارئ الرقمية، بعدة لغات.",
)
ALWAYS = t(
    "24 hours a day, 7 days a week",
    fr="24 h sur 24, 7 jours sur 7",
    es="24 horas al día, 7 días a la semana",
    pt="24 horas por dia, 7 dias por semana",
    ru="круглосуточно, без выходных",
    ar="على مدار الساعة طوال أيام الأسبوع",
)


def paragraphs(*texts):
    return RichText("".join(f"<p>{text}</p>" for text in texts))


def home_body(about_page):
    return [
        ("heading", {"text": OFFER_HEADING, "level": "h2"}),
        ("paragraph", paragraphs(OFFER_TEXT)),
        ("heading", {"text": WHO_HEADING, "level": "h2"}),
        ("paragraph", paragraphs(WHO_TEXT)),
        ("quote", {"quote": QUOTE, "attribution": QUOTE_BY}),
        (
            "call_to_action",
            {"heading": CTA_HEADING, "text": CTA_TEXT, "page": about_page, "link_text": CTA_LINK},
        ),
    ]


def about_body():
    return [
        ("heading", {"text": ABOUT_H1, "level": "h2"}),
        ("paragraph", paragraphs(ABOUT_P1)),
        ("heading", {"text": ABOUT_H2, "level": "h2"}),
        ("paragraph", paragraphs(ABOUT_P2)),
    ]


def privacy_body():
    return [("paragraph", paragraphs(PRIVACY_P))]


def contact_body():
    return [("paragraph", paragraphs(CONTACT_P))]


def helplines():
    return [
        (
            "helpline",
            {
                "name": FLD_NAME,
                "description": FLD_TEXT,
                "phone": FLD_PHONE,
                "email": "",
                "url": "https://www.frontlinedefenders.org/en/emergency-contact",
                "hours": ALWAYS,
            },
        ),
        (
            "helpline",
            {
                "name": ACCESS_NAME,
                "description": ACCESS_TEXT,
                "phone": "",
                "email": "help@accessnow.org",
                "url": "https://www.accessnow.org/help/",
                "hours": ALWAYS,
            },
        ),
    ]
