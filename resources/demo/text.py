"""The resource library's demonstration text, in every configured language.

The advice is general, real-world practice written for the demo; every generated PDF ends
with a line saying it is demonstration content. The resources themselves are listed in
`library_*.py`, by topic.
"""

from dataclasses import dataclass, field

from home.demo.tools import Catalogue

catalogue = Catalogue()
t = catalogue.text
LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar")


@dataclass(frozen=True)
class DemoResource:
    key: str  # stable, ASCII: its translation key and slug
    topic: str  # a Topic key below
    format: str  # guide, checklist, toolkit, template, audio, video
    level: str  # beginner, intermediate, advanced
    reviewed: str  # "YYYY-MM-DD", the last review
    interval: int  # months between reviews: 3, 6, 12 or 24
    title: str  # registered with t(...)
    summary: str
    # ("heading", text) | ("paragraph", text) | ("checklist", [text, ...])
    # | ("tip", text) | ("warning", text) | ("quote", text)
    body: list = field(default_factory=list)
    languages: tuple = LANGUAGES  # the languages its page is translated into ("en" always)
    file_languages: tuple = ("en",)  # a PDF is generated in each of these


@dataclass(frozen=True)
class DemoTopic:
    key: str
    name: str
    description: str


TOPICS = [
    DemoTopic(
        "digital-security",
        t(
            "Digital security",
            fr="Sécurité numérique",
            es="Seguridad digital",
            pt="Segurança digital",
            ru="Цифровая безопасность",
            ar="الأمان الرقمي",
        ),
        t(
            "Protecting devices, accounts and communications.",
            fr="Protéger ses appareils, ses comptes et ses communications.",
            es="Proteger dispositivos, cuentas y comunicaciones.",
            pt="Proteger dispositivos, contas e comunicações.",
            ru="Защита устройств, учётных записей и переписки.",
            ar="حماية الأجهزة والحسابات والاتصالات.",
        ),
    ),
    DemoTopic(
        "self-care",
        t(
            "Self-care and well-being",
            fr="Prendre soin de soi et bien-être",
            es="Autocuidado y bienestar",
            pt="Autocuidado e bem-estar",
            ru="Забота о себе и благополучие",
            ar="الرعاية الذاتية والرفاه",
        ),
        t(
            "Rest, stress, sleep and the long-term health of activists.",
            fr="Repos, stress, sommeil et santé à long terme des militants.",
            es="Descanso, estrés, sueño y salud a largo plazo de las personas activistas.",
            pt="Descanso, stress, sono e saúde a longo prazo dos ativistas.",
            ru="Отдых, стресс, сон и здоровье активистов в долгосрочной перспективе.",
            ar="الراحة والتوتر والنوم وصحة الناشطين على المدى الطويل.",
        ),
    ),
    DemoTopic(
        "physical-security",
        t(
            "Physical security",
            fr="Sécurité physique",
            es="Seguridad física",
            pt="Segurança física",
            ru="Физическая безопасность",
            ar="الأمان الجسدي",
        ),
        t(
            "Safety at home, at work, when travelling and in protests.",
            fr="Sécurité à la maison, au travail, en déplacement et en manifestation.",
            es="Seguridad en casa, en el trabajo, en los viajes y en las protestas.",
            pt="Segurança em casa, no trabalho, em viagem e em manifestações.",
            ru="Безопасность дома, на работе, в поездках и на протестах.",
            ar="السلامة في المنزل والعمل وأثناء السفر وفي الاحتجاجات.",
        ),
    ),
    DemoTopic(
        "legal",
        t(
            "Legal",
            fr="Juridique",
            es="Jurídico",
            pt="Jurídico",
            ru="Правовые вопросы",
            ar="الشؤون القانونية",
        ),
        t(
            "Knowing your rights, documenting abuses and working with lawyers.",
            fr="Connaître ses droits, documenter les abus et travailler avec des avocats.",
            es="Conocer sus derechos, documentar abusos y trabajar con abogados.",
            pt="Conhecer os seus direitos, documentar abusos e trabalhar com advogados.",
            ru="Знать свои права, документировать нарушения и работать с юристами.",
            ar="معرفة حقوقك وتوثيق الانتهاكات والعمل مع المحامين.",
        ),
    ),
    DemoTopic(
        "advocacy",
        t(
            "Advocacy",
            fr="Plaidoyer",
            es="Incidencia",
            pt="Advocacia",
            ru="Адвокация",
            ar="المناصرة",
        ),
        t(
            "Making your case heard by institutions, the media and the public.",
            fr="Faire entendre sa cause auprès des institutions, des médias et du public.",
            es="Hacer oír su causa ante instituciones, medios y público.",
            pt="Fazer ouvir a sua causa junto de instituições, comunicação social e público.",
            ru="Как донести свою позицию до институтов, СМИ и общества.",
            ar="إيصال قضيتك إلى المؤسسات ووسائل الإعلام والجمهور.",
        ),
    ),
]


INDEX_TITLE = t(
    "Resource library",
    fr="Bibliothèque de ressources",
    es="Biblioteca de recursos",
    pt="Biblioteca de recursos",
    ru="Библиотека материалов",
    ar="مكتبة الموارد",
)
INDEX_INTRO = t(
    "Guides, checklists and toolkits on digital security, self-care, physical security, the law "
    "and advocacy, to read online, print or download. Filter them by topic, format, level and "
    "language.",
    fr="Guides, listes de contrôle et boîtes à outils sur la sécurité numérique, le soin de soi, "
    "la sécurité physique, le droit et le plaidoyer, à lire en ligne, imprimer ou télécharger. "
    "Filtrez-les par thème, format, niveau et langue.",
    es="Guías, listas de verificación y herramientas sobre seguridad digital, autocuidado, "
    "seguridad física, derecho e incidencia, para leer en línea, imprimir o descargar. "
    "Fíltrelas por tema, formato, nivel e idioma.",
    pt="Guias, listas de verificação e kits de ferramentas sobre segurança digital, "
    "autocuidado, segurança física, direito e advocacia, para ler online, imprimir ou "
    "descarregar. Filtre-os por tema, formato, nível e língua.",
    ru="Руководства, чек-листы и наборы инструментов по цифровой безопасности, заботе о себе, "
    "физической безопасности, праву и адвокации: читайте онлайн, печатайте или скачивайте. "
    "Фильтруйте по теме, формату, уровню и языку.",
    ar="أدلة وقوائم تحقق وحقائب أدوات عن الأمان الرقمي والرعاية الذاتية والأمان الجسدي والقانون "
    "والمناصرة، للقراءة عبر الإنترنت أو الطباعة أو التنزيل. صفّها حسب الموضوع والشكل والمستوى "
    "واللغة.",
)
FOOTER = t(
    "Demonstration content for the Shelter City website. Check current sources before relying "
    "on this advice.",
    fr="Contenu de démonstration pour le site de Shelter City. Vérifiez des sources à jour avant "
    "de suivre ces conseils.",
    es="Contenido de demostración para el sitio web de Shelter City. Consulte fuentes "
    "actualizadas antes de seguir estos consejos.",
    pt="Conteúdo de demonstração para o site da Shelter City. Consulte fontes atualizadas antes "
    "de seguir estes conselhos.",
    ru="Демонстрационный материал для сайта Shelter City. Прежде чем следовать этим советам, "
    "сверьтесь с актуальными источниками.",
    ar="محتوى تجريبي لموقع شلتر سيتي. راجع مصادر حديثة قبل الاعتماد على هذه النصائح.",
)
