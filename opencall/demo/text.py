"""The open call app's demonstration text, in every configured language.

The criteria, the offer and the selection steps follow the programme's public documents; the
calls themselves, their dates and links are demonstration content and say so.
"""

from home.demo.tools import Catalogue

catalogue = Catalogue()
t = catalogue.text

INDEX_TITLE = t(
    "Open calls",
    fr="Appels à candidatures",
    es="Convocatorias",
    pt="Convocatórias",
    ru="Открытые наборы",
    ar="الدعوات المفتوحة",
)
INDEX_INTRO = t(
    "Twice a year the programme opens a call for applications. The current call comes first, "
    "then past calls. Follow new calls with the RSS or Atom feed, or add their dates to your "
    "calendar.",
    fr="Deux fois par an, le programme ouvre un appel à candidatures. L’appel en cours vient en "
    "premier, puis les appels passés. Suivez les nouveaux appels par flux RSS ou Atom, ou "
    "ajoutez leurs dates à votre agenda.",
    es="Dos veces al año el programa abre una convocatoria. Primero aparece la convocatoria en "
    "curso y después las anteriores. Siga las nuevas convocatorias con el canal RSS o Atom, o "
    "añada sus fechas a su calendario.",
    pt="Duas vezes por ano o programa abre uma convocatória. Primeiro aparece a convocatória em "
    "curso e depois as anteriores. Acompanhe as novas convocatórias pelo feed RSS ou Atom, ou "
    "adicione as datas ao seu calendário.",
    ru="Дважды в год программа объявляет открытый набор. Сначала показан текущий набор, затем "
    "прошедшие. Следите за новыми наборами через RSS или Atom или добавьте их даты в свой "
    "календарь.",
    ar="يفتح البرنامج دعوة لتقديم الطلبات مرتين في السنة. تظهر الدعوة الحالية أولاً ثم الدعوات "
    "السابقة. تابع الدعوات الجديدة عبر خلاصة RSS أو Atom، أو أضف مواعيدها إلى تقويمك.",
)

CALL_TITLES = {
    "spring": {
        "en": "Open call for spring {year} stays",
        "fr": "Appel à candidatures pour les séjours du printemps {year}",
        "es": "Convocatoria para las estancias de primavera de {year}",
        "pt": "Convocatória para as estadias da primavera de {year}",
        "ru": "Открытый набор на весну {year} года",
        "ar": "الدعوة المفتوحة لإقامات ربيع {year}",
    },
    "autumn": {
        "en": "Open call for autumn {year} stays",
        "fr": "Appel à candidatures pour les séjours de l’automne {year}",
        "es": "Convocatoria para las estancias de otoño de {year}",
        "pt": "Convocatória para as estadias do outono de {year}",
        "ru": "Открытый набор на осень {year} года",
        "ar": "الدعوة المفتوحة لإقامات خريف {year}",
    },
}

CALL_INTRO = t(
    "Human rights defenders at risk can apply for a three-month stay in one of the "
    "participating cities. This call is demonstration content: its dates are set when the demo "
    "is loaded.",
    fr="Les défenseurs des droits humains en danger peuvent postuler pour un séjour de trois mois "
    "dans l’une des villes participantes. Cet appel est un contenu de démonstration : ses dates "
    "sont fixées au chargement de la démonstration.",
    es="Las personas defensoras de derechos humanos en riesgo pueden postularse a una estancia de "
    "tres meses en una de las ciudades participantes. Esta convocatoria es contenido de "
    "demostración: sus fechas se fijan al cargar la demostración.",
    pt="Os defensores de direitos humanos em risco podem candidatar-se a uma estadia de três "
    "meses numa das cidades participantes. Esta convocatória é conteúdo de demonstração: as "
    "datas são definidas quando a demonstração é carregada.",
    ru="Правозащитники, находящиеся под угрозой, могут подать заявку на трёхмесячное пребывание "
    "в одном из городов-участников. Этот набор — демонстрационный: его даты задаются при "
    "загрузке демонстрационных данных.",
    ar="يمكن للمدافعين عن حقوق الإنسان المعرّضين للخطر التقدّم لإقامة مدتها ثلاثة أشهر في إحدى "
    "المدن المشاركة. هذه الدعوة محتوى تجريبي: تُحدَّد مواعيدها عند تحميل المحتوى التجريبي.",
)

ELIGIBILITY = {
    "non_violent": t(
        "You work for human rights by non-violent means.",
        fr="Vous agissez pour les droits humains par des moyens non violents.",
        es="Trabaja por los derechos humanos por medios no violentos.",
        pt="Trabalha pelos direitos humanos por meios não violentos.",
        ru="Вы защищаете права человека ненасильственными методами.",
        ar="تعمل من أجل حقوق الإنسان بوسائل سلمية.",
    ),
    "threatened": t(
        "You are threatened or at risk because of that work.",
        fr="Vous êtes menacé·e ou en danger en raison de ce travail.",
        es="Está amenazada o en riesgo a causa de ese trabajo.",
        pt="Está ameaçado ou em risco por causa desse trabalho.",
        ru="Вам угрожают или вы в опасности из-за этой работы.",
        ar="أنت مهدَّد أو معرّض للخطر بسبب هذا العمل.",
    ),
    "return": t(
        "You are willing and able to return home after the stay.",
        fr="Vous souhaitez et pouvez rentrer chez vous après le séjour.",
        es="Quiere y puede regresar a su país después de la estancia.",
        pt="Quer e pode regressar ao seu país depois da estadia.",
        ru="Вы готовы и можете вернуться домой после пребывания.",
        ar="أنت راغب في العودة إلى بلدك بعد الإقامة وقادر عليها.",
    ),
    "language": t(
        "You speak conversational English; a few cities work in French or Spanish.",
        fr="Vous parlez un anglais courant ; quelques villes travaillent en français ou en "
        "espagnol.",
        es="Habla inglés a nivel de conversación; algunas ciudades trabajan en francés o en "
        "español.",
        pt="Fala inglês a nível de conversação; algumas cidades trabalham em francês ou em "
        "espanhol.",
        ru="Вы владеете разговорным английским; несколько городов работают на французском или "
        "испанском.",
        ar="تتحدث الإنجليزية بمستوى المحادثة؛ وتعمل بعض المدن بالفرنسية أو الإسبانية.",
    ),
    "without_family": t(
        "You can travel without your family for three months.",
        fr="Vous pouvez voyager sans votre famille pendant trois mois.",
        es="Puede viajar sin su familia durante tres meses.",
        pt="Pode viajar sem a sua família durante três meses.",
        ru="Вы можете уехать без семьи на три месяца.",
        ar="يمكنك السفر دون أسرتك لمدة ثلاثة أشهر.",
    ),
    "passport": t(
        "You hold a valid passport or are willing to get one.",
        fr="Vous avez un passeport valide ou êtes prêt·e à en obtenir un.",
        es="Tiene un pasaporte válido o está dispuesta a obtenerlo.",
        pt="Tem um passaporte válido ou está disposto a obtê-lo.",
        ru="У вас есть действующий паспорт или вы готовы его получить.",
        ar="لديك جواز سفر ساري المفعول أو أنت مستعد للحصول عليه.",
    ),
}

OFFER_LEAD = t(
    "The stay covers:",
    fr="Le séjour comprend :",
    es="La estancia incluye:",
    pt="A estadia inclui:",
    ru="Пребывание включает:",
    ar="تشمل الإقامة:",
)
OFFER_ITEMS = [
    t(
        "travel and visa costs",
        fr="les frais de voyage et de visa",
        es="los gastos de viaje y visado",
        pt="as despesas de viagem e visto",
        ru="расходы на дорогу и визу",
        ar="تكاليف السفر والتأشيرة",
    ),
    t(
        "housing",
        fr="le logement",
        es="el alojamiento",
        pt="o alojamento",
        ru="жильё",
        ar="السكن",
    ),
    t(
        "a monthly allowance",
        fr="une allocation mensuelle",
        es="una asignación mensual",
        pt="uma ajuda de custo mensal",
        ru="ежемесячное пособие",
        ar="مخصصاً شهرياً",
    ),
    t(
        "medical insurance",
        fr="une assurance maladie",
        es="un seguro médico",
        pt="seguro de saúde",
        ru="медицинскую страховку",
        ar="تأميناً طبياً",
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
        "networking and advocacy meetings",
        fr="des rencontres de mise en réseau et de plaidoyer",
        es="encuentros de creación de redes e incidencia",
        pt="encontros de criação de redes e advocacia",
        ru="встречи для налаживания связей и адвокации",
        ar="لقاءات للتواصل والمناصرة",
    ),
]

SELECTION_STEPS = [
    (
        t(
            "Screening",
            fr="Examen des candidatures",
            es="Revisión de las candidaturas",
            pt="Análise das candidaturas",
            ru="Рассмотрение заявок",
            ar="فحص الطلبات",
        ),
        t(
            "The programme reads every application against the criteria.",
            fr="Le programme examine chaque candidature au regard des critères.",
            es="El programa revisa cada candidatura según los criterios.",
            pt="O programa analisa cada candidatura de acordo com os critérios.",
            ru="Программа рассматривает каждую заявку на соответствие критериям.",
            ar="يراجع البرنامج كل طلب وفق المعايير.",
        ),
    ),
    (
        t(
            "Interviews",
            fr="Entretiens",
            es="Entrevistas",
            pt="Entrevistas",
            ru="Собеседования",
            ar="المقابلات",
        ),
        t(
            "Shortlisted candidates are interviewed by secure video call.",
            fr="Les personnes présélectionnées passent un entretien par appel vidéo sécurisé.",
            es="Las personas preseleccionadas tienen una entrevista por videollamada segura.",
            pt="Os candidatos pré-selecionados são entrevistados por videochamada segura.",
            ru="С отобранными кандидатами проводят собеседование по защищённой видеосвязи.",
            ar="تُجرى مقابلات مع المرشحين المختارين عبر مكالمة فيديو آمنة.",
        ),
    ),
    (
        t(
            "Decision",
            fr="Décision",
            es="Decisión",
            pt="Decisão",
            ru="Решение",
            ar="القرار",
        ),
        t(
            "The host cities choose the participants of the next stays.",
            fr="Les villes d’accueil choisissent les participants des prochains séjours.",
            es="Las ciudades anfitrionas eligen a las personas participantes de las próximas "
            "estancias.",
            pt="As cidades de acolhimento escolhem os participantes das próximas estadias.",
            ru="Принимающие города выбирают участников следующих пребываний.",
            ar="تختار المدن المضيفة المشاركين في الإقامات القادمة.",
        ),
    ),
    (
        t(
            "Answer",
            fr="Réponse",
            es="Respuesta",
            pt="Resposta",
            ru="Ответ",
            ar="الرد",
        ),
        t(
            "Every applicant hears back, whatever the decision.",
            fr="Chaque candidat reçoit une réponse, quelle que soit la décision.",
            es="Todas las personas candidatas reciben respuesta, sea cual sea la decisión.",
            pt="Todos os candidatos recebem resposta, seja qual for a decisão.",
            ru="Каждый кандидат получает ответ, каким бы ни было решение.",
            ar="يتلقى كل متقدم رداً، أياً كان القرار.",
        ),
    ),
]

HOW_TO_APPLY = [
    t(
        "Fill in the application form on the programme's secure site before the closing date. "
        "The link below is demonstration content.",
        fr="Remplissez le formulaire de candidature sur le site sécurisé du programme avant la "
        "date de clôture. Le lien ci-dessous est un contenu de démonstration.",
        es="Rellene el formulario de candidatura en el sitio seguro del programa antes de la "
        "fecha de cierre. El enlace de abajo es contenido de demostración.",
        pt="Preencha o formulário de candidatura no site seguro do programa antes da data de "
        "encerramento. A ligação abaixo é conteúdo de demonstração.",
        ru="Заполните форму заявки на защищённом сайте программы до даты окончания набора. "
        "Ссылка ниже — демонстрационная.",
        ar="املأ استمارة الطلب على موقع البرنامج الآمن قبل الموعد النهائي. الرابط أدناه محتوى "
        "تجريبي.",
    ),
    t(
        "If you cannot apply online safely, write to the programme and ask for another way.",
        fr="Si vous ne pouvez pas postuler en ligne en sécurité, écrivez au programme pour "
        "demander un autre moyen.",
        es="Si no puede postularse en línea de forma segura, escriba al programa y pida otra vía.",
        pt="Se não puder candidatar-se online em segurança, escreva ao programa e peça outra via.",
        ru="Если вы не можете безопасно подать заявку онлайн, напишите в программу и попросите "
        "другой способ.",
        ar="إذا لم تستطع التقدّم عبر الإنترنت بأمان، فراسل البرنامج واطلب طريقة أخرى.",
    ),
]

FAQ = [
    (
        t(
            "Can I bring my family?",
            fr="Puis-je venir avec ma famille ?",
            es="¿Puedo llevar a mi familia?",
            pt="Posso levar a minha família?",
            ru="Можно ли приехать с семьёй?",
            ar="هل يمكنني إحضار أسرتي؟",
        ),
        t(
            "No. The stay is for one person and is designed for rest and training. Ask the "
            "programme if your situation needs an exception.",
            fr="Non. Le séjour est prévu pour une personne, pour le repos et la formation. "
            "Demandez au programme si votre situation exige une exception.",
            es="No. La estancia es para una persona y está pensada para el descanso y la "
            "formación. Consulte al programa si su situación requiere una excepción.",
            pt="Não. A estadia é para uma pessoa e foi pensada para o descanso e a formação. "
            "Pergunte ao programa se a sua situação exige uma exceção.",
            ru="Нет. Пребывание рассчитано на одного человека, на отдых и обучение. Если ваша "
            "ситуация требует исключения, спросите программу.",
            ar="لا. الإقامة لشخص واحد ومصمَّمة للراحة والتدريب. اسأل البرنامج إذا كان وضعك "
            "يتطلب استثناءً.",
        ),
    ),
    (
        t(
            "Do I need to speak English?",
            fr="Dois-je parler anglais ?",
            es="¿Necesito hablar inglés?",
            pt="Preciso de falar inglês?",
            ru="Нужно ли говорить по-английски?",
            ar="هل أحتاج إلى التحدث بالإنجليزية؟",
        ),
        t(
            "Most cities need conversational English; some work in French or Spanish. Each city "
            "page says which languages its host works in.",
            fr="La plupart des villes demandent un anglais courant ; certaines travaillent en "
            "français ou en espagnol. Chaque page de ville indique les langues de son hôte.",
            es="La mayoría de las ciudades piden inglés a nivel de conversación; algunas "
            "trabajan en francés o español. Cada página de ciudad indica los idiomas de su "
            "anfitrión.",
            pt="A maioria das cidades pede inglês a nível de conversação; algumas trabalham em "
            "francês ou espanhol. Cada página de cidade indica as línguas do anfitrião.",
            ru="Большинству городов нужен разговорный английский; некоторые работают на "
            "французском или испанском. На странице каждого города указаны языки принимающей "
            "стороны.",
            ar="تحتاج معظم المدن إلى الإنجليزية بمستوى المحادثة؛ وتعمل بعضها بالفرنسية أو "
            "الإسبانية. وتذكر صفحة كل مدينة اللغات التي تعمل بها الجهة المضيفة.",
        ),
    ),
    (
        t(
            "Will my name be published?",
            fr="Mon nom sera-t-il publié ?",
            es="¿Se publicará mi nombre?",
            pt="O meu nome será publicado?",
            ru="Опубликуют ли моё имя?",
            ar="هل سيُنشر اسمي؟",
        ),
        t(
            "No. The programme never publishes a participant's name without consent, and some "
            "cities do not even publish how many defenders they host.",
            fr="Non. Le programme ne publie jamais le nom d’un participant sans son accord, et "
            "certaines villes ne publient même pas le nombre de personnes accueillies.",
            es="No. El programa nunca publica el nombre de una persona participante sin su "
            "consentimiento, y algunas ciudades ni siquiera publican cuántas personas acogen.",
            pt="Não. O programa nunca publica o nome de um participante sem consentimento, e "
            "algumas cidades nem sequer publicam quantos defensores acolhem.",
            ru="Нет. Программа никогда не публикует имя участника без его согласия, а некоторые "
            "города не сообщают даже число принятых правозащитников.",
            ar="لا. لا ينشر البرنامج اسم أي مشارك دون موافقته، وبعض المدن لا تنشر حتى عدد "
            "المدافعين الذين تستضيفهم.",
        ),
    ),
    (
        t(
            "What happens after the stay?",
            fr="Que se passe-t-il après le séjour ?",
            es="¿Qué pasa después de la estancia?",
            pt="O que acontece depois da estadia?",
            ru="Что происходит после пребывания?",
            ar="ماذا يحدث بعد الإقامة؟",
        ),
        t(
            "You return home. The programme keeps in touch, and the network you built stays "
            "with you.",
            fr="Vous rentrez chez vous. Le programme reste en contact, et le réseau que vous avez "
            "construit reste avec vous.",
            es="Regresa a su país. El programa sigue en contacto y la red que construyó sigue "
            "con usted.",
            pt="Regressa ao seu país. O programa mantém o contacto e a rede que construiu fica "
            "consigo.",
            ru="Вы возвращаетесь домой. Программа остаётся на связи, а созданная вами сеть "
            "остаётся с вами.",
            ar="تعود إلى بلدك. يبقى البرنامج على تواصل معك، وتبقى معك الشبكة التي بنيتها.",
        ),
    ),
    (
        t(
            "What if my situation is urgent?",
            fr="Et si ma situation est urgente ?",
            es="¿Y si mi situación es urgente?",
            pt="E se a minha situação for urgente?",
            ru="Что делать, если ситуация срочная?",
            ar="ماذا لو كان وضعي طارئاً؟",
        ),
        t(
            "The call is not an emergency service. Contact the emergency helplines listed at "
            "the bottom of every page.",
            fr="L’appel n’est pas un service d’urgence. Contactez les lignes d’urgence indiquées "
            "en bas de chaque page.",
            es="La convocatoria no es un servicio de emergencia. Contacte con las líneas de "
            "emergencia que aparecen al pie de cada página.",
            pt="A convocatória não é um serviço de emergência. Contacte as linhas de emergência "
            "indicadas no fundo de cada página.",
            ru="Набор — не служба экстренной помощи. Обратитесь на горячие линии, указанные "
            "внизу каждой страницы.",
            ar="الدعوة ليست خدمة طوارئ. اتصل بخطوط الطوارئ المذكورة أسفل كل صفحة.",
        ),
    ),
]

LINK_TEXT = t(
    "Apply on the programme's site (demonstration link)",
    fr="Postuler sur le site du programme (lien de démonstration)",
    es="Postularse en el sitio del programa (enlace de demostración)",
    pt="Candidatar-se no site do programa (ligação de demonstração)",
    ru="Подать заявку на сайте программы (демонстрационная ссылка)",
    ar="قدّم طلبك على موقع البرنامج (رابط تجريبي)",
)
