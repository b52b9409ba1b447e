"""Demo resources: legal and advocacy."""

from resources.demo.text import DemoResource, t

RESOURCES = [
    DemoResource(
        key="documenting-abuses",
        topic="legal",
        format="guide",
        level="intermediate",
        reviewed="2026-06-01",
        interval=12,
        title=t(
            "Documenting human rights abuses safely",
            fr="Documenter les violations des droits humains en toute sécurité",
            es="Documentar violaciones de derechos humanos de forma segura",
            pt="Documentar violações de direitos humanos com segurança",
            ru="Безопасное документирование нарушений прав человека",
            ar="توثيق انتهاكات حقوق الإنسان بأمان",
        ),
        summary=t(
            (
                "How to record testimonies, photos and evidence so they can be used later without "
                "endangering witnesses or yourself."
            ),
            fr=(
                "Comment recueillir des témoignages, des photos et des preuves utilisables par la "
                "suite sans mettre en danger les témoins ni vous-même."
            ),
            es=(
                "Cómo registrar testimonios, fotos y pruebas para que puedan usarse más adelante "
                "sin poner en peligro a los testigos ni a usted."
            ),
            pt=(
                "Como registar testemunhos, fotografias e provas para que possam ser usados mais "
                "tarde sem pôr em perigo as testemunhas nem a si próprio."
            ),
            ru=(
                "Как фиксировать свидетельские показания, фотографии и доказательства, чтобы их "
                "можно было использовать позже, не подвергая опасности свидетелей и себя."
            ),
            ar=(
                "كيف تسجّل الشهادات والصور والأدلة بحيث يمكن استخدامها لاحقًا دون تعريض الشهود أو "
                "نفسك للخطر."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Before you start recording",
                    fr="Avant de commencer à documenter",
                    es="Antes de empezar a documentar",
                    pt="Antes de começar a documentar",
                    ru="Прежде чем начать документирование",
                    ar="قبل أن تبدأ التوثيق",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Good documentation starts with a clear purpose: a court case, a report to "
                        "a UN body or an advocacy campaign each need different evidence. Decide "
                        "who will hold the material and how it will be stored before you collect "
                        "anything. Always ask for informed consent and explain honestly how the "
                        "information may be used."
                    ),
                    fr=(
                        "Une bonne documentation commence par un objectif clair : une procédure "
                        "judiciaire, un rapport à un organe de l'ONU ou une campagne de plaidoyer "
                        "n'exigent pas les mêmes preuves. Décidez qui conservera les éléments et "
                        "comment ils seront stockés avant de collecter quoi que ce soit. Demandez "
                        "toujours un consentement éclairé et expliquez honnêtement comment les "
                        "informations pourront être utilisées."
                    ),
                    es=(
                        "Una buena documentación empieza con un objetivo claro: un proceso "
                        "judicial, un informe a un órgano de la ONU o una campaña de incidencia "
                        "requieren pruebas distintas. Decida quién custodiará el material y cómo "
                        "se almacenará antes de recopilar nada. Pida siempre el consentimiento "
                        "informado y explique con honestidad cómo podrá usarse la información."
                    ),
                    pt=(
                        "Uma boa documentação começa com um objetivo claro: um processo judicial, "
                        "um relatório a um órgão da ONU ou uma campanha de advocacia exigem provas "
                        "diferentes. Decida quem guardará o material e como será armazenado antes "
                        "de recolher seja o que for. Peça sempre o consentimento informado e "
                        "explique com honestidade como a informação poderá ser usada."
                    ),
                    ru=(
                        "Хорошая документация начинается с ясной цели: для судебного дела, доклада "
                        "в орган ООН или адвокационной кампании нужны разные доказательства. "
                        "Прежде чем что-либо собирать, решите, кто будет хранить материалы и как. "
                        "Всегда получайте информированное согласие и честно объясняйте, как может "
                        "быть использована информация."
                    ),
                    ar=(
                        "يبدأ التوثيق الجيد بهدف واضح: فالقضية أمام المحكمة والتقرير المقدَّم إلى "
                        "هيئة تابعة للأمم المتحدة وحملة المناصرة تتطلب كلٌّ منها أدلة مختلفة. "
                        "حدِّد من سيحتفظ بالمواد وكيف ستُخزَّن قبل أن تجمع أي شيء. اطلب دائمًا "
                        "الموافقة المستنيرة واشرح بصدق كيف قد تُستخدم المعلومات."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Note the date, time and place of each event.",
                        fr="Notez la date, l'heure et le lieu de chaque événement.",
                        es="Anote la fecha, la hora y el lugar de cada hecho.",
                        pt="Anote a data, a hora e o local de cada acontecimento.",
                        ru="Записывайте дату, время и место каждого события.",
                        ar="سجِّل تاريخ كل حدث ووقته ومكانه.",
                    ),
                    t(
                        "Keep original files unedited and make copies to work on.",
                        fr=(
                            "Conservez les fichiers originaux sans les modifier et travaillez sur "
                            "des copies."
                        ),
                        es="Conserve los archivos originales sin editar y trabaje con copias.",
                        pt="Guarde os ficheiros originais sem os editar e trabalhe em cópias.",
                        ru="Храните исходные файлы без изменений и работайте с копиями.",
                        ar="احتفظ بالملفات الأصلية دون تعديل واعمل على نسخ منها.",
                    ),
                    t(
                        "Record who collected each item and who has handled it since.",
                        fr="Indiquez qui a recueilli chaque élément et qui l'a manipulé depuis.",
                        es=(
                            "Registre quién recogió cada elemento y quién lo ha manejado desde "
                            "entonces."
                        ),
                        pt="Registe quem recolheu cada elemento e quem o manuseou desde então.",
                        ru="Фиксируйте, кто собрал каждый материал и через чьи руки он прошёл.",
                        ar="سجِّل من جمع كل عنصر ومن تعامل معه منذ ذلك الحين.",
                    ),
                    t(
                        "Store encrypted backups in at least two separate places.",
                        fr=(
                            "Conservez des sauvegardes chiffrées dans au moins deux endroits "
                            "distincts."
                        ),
                        es="Guarde copias de seguridad cifradas en al menos dos lugares distintos.",
                        pt=(
                            "Guarde cópias de segurança encriptadas em pelo menos dois locais "
                            "diferentes."
                        ),
                        ru=(
                            "Храните зашифрованные резервные копии как минимум в двух разных "
                            "местах."
                        ),
                        ar="احفظ نسخًا احتياطية مشفَّرة في مكانين منفصلين على الأقل.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "Never publish names, faces or identifying details of victims or witnesses "
                        "without their explicit consent; exposure can lead to reprisals."
                    ),
                    fr=(
                        "Ne publiez jamais les noms, les visages ou des détails permettant "
                        "d'identifier des victimes ou des témoins sans leur consentement explicite "
                        ": cela peut entraîner des représailles."
                    ),
                    es=(
                        "Nunca publique nombres, rostros ni datos que permitan identificar a "
                        "víctimas o testigos sin su consentimiento explícito; exponerlos puede "
                        "provocar represalias."
                    ),
                    pt=(
                        "Nunca publique nomes, rostos ou dados que permitam identificar vítimas ou "
                        "testemunhas sem o seu consentimento explícito; a exposição pode levar a "
                        "represálias."
                    ),
                    ru=(
                        "Никогда не публикуйте имена, лица или данные, позволяющие установить "
                        "личность пострадавших или свидетелей, без их явного согласия: это может "
                        "повлечь преследование."
                    ),
                    ar=(
                        "لا تنشر أبدًا أسماء الضحايا أو الشهود أو وجوههم أو أي تفاصيل تكشف هويتهم "
                        "دون موافقتهم الصريحة، فقد يعرّضهم ذلك للانتقام."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Interviewing survivors and witnesses",
                    fr="Interroger les survivants et les témoins",
                    es="Entrevistar a sobrevivientes y testigos",
                    pt="Entrevistar sobreviventes e testemunhas",
                    ru="Беседы с пострадавшими и свидетелями",
                    ar="إجراء المقابلات مع الناجين والشهود",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Choose a private place where the person feels safe, and let them stop or "
                        "take a break at any time. Avoid asking the same traumatic questions "
                        "repeatedly, and refer them to medical, psychological or legal support "
                        "where it exists. Write down their words as closely as possible and "
                        "separate what they saw from what they heard from others."
                    ),
                    fr=(
                        "Choisissez un lieu privé où la personne se sent en sécurité et laissez-la "
                        "s'arrêter ou faire une pause à tout moment. Évitez de reposer sans cesse "
                        "les mêmes questions traumatisantes et orientez-la vers un soutien "
                        "médical, psychologique ou juridique lorsqu'il existe. Notez ses propos "
                        "aussi fidèlement que possible et distinguez ce qu'elle a vu de ce qu'elle "
                        "a entendu dire."
                    ),
                    es=(
                        "Elija un lugar privado donde la persona se sienta segura y permítale "
                        "detenerse o descansar en cualquier momento. Evite repetir las mismas "
                        "preguntas traumáticas y derívela a apoyo médico, psicológico o jurídico "
                        "cuando exista. Anote sus palabras con la mayor fidelidad posible y "
                        "distinga lo que vio de lo que otras personas le contaron."
                    ),
                    pt=(
                        "Escolha um local privado onde a pessoa se sinta segura e deixe-a parar ou "
                        "fazer uma pausa a qualquer momento. Evite repetir as mesmas perguntas "
                        "traumáticas e encaminhe-a para apoio médico, psicológico ou jurídico "
                        "quando existir. Registe as suas palavras o mais fielmente possível e "
                        "distinga o que viu do que ouviu de outras pessoas."
                    ),
                    ru=(
                        "Выберите уединённое место, где человек чувствует себя в безопасности, и "
                        "дайте ему возможность в любой момент остановиться или сделать перерыв. Не "
                        "задавайте снова и снова одни и те же травмирующие вопросы и направляйте "
                        "человека за медицинской, психологической или юридической помощью, если "
                        "она доступна. Записывайте его слова как можно точнее и отделяйте то, что "
                        "он видел сам, от того, что слышал от других."
                    ),
                    ar=(
                        "اختر مكانًا خاصًا يشعر فيه الشخص بالأمان، واسمح له بالتوقف أو أخذ استراحة "
                        "في أي وقت. تجنَّب تكرار الأسئلة المؤلمة نفسها، ووجِّهه إلى الدعم الطبي أو "
                        "النفسي أو القانوني حيثما يتوفر. دوِّن كلماته بأكبر قدر ممكن من الدقة، "
                        "وميِّز بين ما رآه بنفسه وما سمعه من الآخرين."
                    ),
                ),
            ),
            (
                "tip",
                t(
                    (
                        "Tools such as eyeWitness to Atrocities or ProofMode add verifiable "
                        "metadata to photos and videos, which helps courts trust them."
                    ),
                    fr=(
                        "Des outils comme eyeWitness to Atrocities ou ProofMode ajoutent des "
                        "métadonnées vérifiables aux photos et vidéos, ce qui aide les tribunaux à "
                        "s'y fier."
                    ),
                    es=(
                        "Herramientas como eyeWitness to Atrocities o ProofMode añaden metadatos "
                        "verificables a fotos y vídeos, lo que ayuda a que los tribunales confíen "
                        "en ellos."
                    ),
                    pt=(
                        "Ferramentas como o eyeWitness to Atrocities ou o ProofMode acrescentam "
                        "metadados verificáveis a fotografias e vídeos, o que ajuda os tribunais a "
                        "confiar neles."
                    ),
                    ru=(
                        "Такие инструменты, как eyeWitness to Atrocities или ProofMode, добавляют "
                        "к фото и видео проверяемые метаданные, что повышает доверие к ним со "
                        "стороны судов."
                    ),
                    ar=(
                        "تضيف أدوات مثل eyeWitness to Atrocities أو ProofMode بيانات وصفية قابلة "
                        "للتحقق إلى الصور ومقاطع الفيديو، مما يساعد المحاكم على الوثوق بها."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr"),
    ),
    DemoResource(
        key="rights-on-arrest",
        topic="legal",
        format="checklist",
        level="beginner",
        reviewed="2025-09-15",
        interval=6,
        title=t(
            "Knowing your rights if you are arrested",
            fr="Connaître vos droits en cas d'arrestation",
            es="Conocer sus derechos en caso de detención",
            pt="Conhecer os seus direitos em caso de detenção",
            ru="Ваши права при задержании",
            ar="اعرف حقوقك في حال اعتقالك",
        ),
        summary=t(
            (
                "The rights most legal systems recognise after an arrest, and how to prepare "
                "yourself and your team before it happens."
            ),
            fr=(
                "Les droits que reconnaissent la plupart des systèmes juridiques après une "
                "arrestation, et comment vous préparer, vous et votre équipe, avant qu'elle ne se "
                "produise."
            ),
            es=(
                "Los derechos que reconocen la mayoría de los sistemas jurídicos tras una "
                "detención y cómo prepararse usted y su equipo antes de que ocurra."
            ),
            pt=(
                "Os direitos que a maioria dos sistemas jurídicos reconhece após uma detenção e "
                "como preparar-se a si e à sua equipa antes de ela acontecer."
            ),
            ru=(
                "Права, которые признаются большинством правовых систем после задержания, и как "
                "заранее подготовить себя и свою команду."
            ),
            ar=(
                "الحقوق التي تعترف بها معظم الأنظمة القانونية بعد الاعتقال، وكيف تُعدّ نفسك وفريقك "
                "قبل وقوعه."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Rights that international law guarantees",
                    fr="Les droits garantis par le droit international",
                    es="Derechos que garantiza el derecho internacional",
                    pt="Direitos garantidos pelo direito internacional",
                    ru="Права, гарантированные международным правом",
                    ar="الحقوق التي يكفلها القانون الدولي",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Under the International Covenant on Civil and Political Rights, anyone "
                        "arrested must be told the reasons promptly and brought before a judge "
                        "without delay. You have the right to a lawyer, to inform someone of your "
                        "detention and to be free from torture and ill-treatment. National law and "
                        "practice vary, so learn the local rules with a lawyer in advance."
                    ),
                    fr=(
                        "En vertu du Pacte international relatif aux droits civils et politiques, "
                        "toute personne arrêtée doit être informée rapidement des raisons de son "
                        "arrestation et présentée sans délai à un juge. Vous avez le droit à un "
                        "avocat, de faire prévenir un proche de votre détention et de ne subir ni "
                        "torture ni mauvais traitements. Le droit et les pratiques varient d'un "
                        "pays à l'autre : renseignez-vous à l'avance sur les règles locales auprès "
                        "d'un avocat."
                    ),
                    es=(
                        "Según el Pacto Internacional de Derechos Civiles y Políticos, toda "
                        "persona detenida debe ser informada sin demora de los motivos y llevada "
                        "ante un juez sin dilación. Tiene derecho a un abogado, a informar a "
                        "alguien de su detención y a no sufrir tortura ni malos tratos. Las leyes "
                        "y prácticas nacionales varían, así que conozca las normas locales con un "
                        "abogado de antemano."
                    ),
                    pt=(
                        "Nos termos do Pacto Internacional sobre os Direitos Civis e Políticos, "
                        "qualquer pessoa detida deve ser informada prontamente dos motivos e "
                        "apresentada sem demora a um juiz. Tem direito a um advogado, a informar "
                        "alguém da sua detenção e a não ser submetido a tortura nem a maus-tratos. "
                        "A lei e a prática nacionais variam, por isso conheça antecipadamente as "
                        "regras locais com um advogado."
                    ),
                    ru=(
                        "Согласно Международному пакту о гражданских и политических правах, "
                        "каждому задержанному должны незамедлительно сообщить причины задержания и "
                        "без промедления доставить его к судье. Вы имеете право на адвоката, на "
                        "уведомление близких о задержании и на защиту от пыток и жестокого "
                        "обращения. Национальное законодательство и практика различаются, поэтому "
                        "заранее изучите местные правила вместе с юристом."
                    ),
                    ar=(
                        "بموجب العهد الدولي الخاص بالحقوق المدنية والسياسية، يجب إبلاغ أي شخص "
                        "يُعتقل بأسباب اعتقاله فورًا وتقديمه إلى قاضٍ دون تأخير. ولك الحق في "
                        "الاستعانة بمحامٍ وفي إبلاغ شخص ما باحتجازك وفي عدم التعرض للتعذيب أو سوء "
                        "المعاملة. تختلف القوانين والممارسات الوطنية، لذا تعرَّف مسبقًا على "
                        "القواعد المحلية بمساعدة محامٍ."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Preparing before an arrest",
                    fr="Se préparer avant une arrestation",
                    es="Prepararse antes de una detención",
                    pt="Preparar-se antes de uma detenção",
                    ru="Подготовка на случай задержания",
                    ar="الاستعداد قبل الاعتقال",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Memorise the phone number of a lawyer and a trusted contact.",
                        fr=(
                            "Apprenez par cœur le numéro d'un avocat et d'une personne de "
                            "confiance."
                        ),
                        es="Memorice el número de un abogado y de una persona de confianza.",
                        pt="Memorize o número de um advogado e de uma pessoa de confiança.",
                        ru="Выучите наизусть номер адвоката и доверенного человека.",
                        ar="احفظ عن ظهر قلب رقم هاتف محامٍ وشخص تثق به.",
                    ),
                    t(
                        "Agree a check-in routine so your team notices if you disappear.",
                        fr=(
                            "Convenez d'une routine de contact pour que votre équipe remarque "
                            "votre disparition."
                        ),
                        es="Acuerde una rutina de contacto para que su equipo note si desaparece.",
                        pt=(
                            "Combine uma rotina de contacto para que a sua equipa perceba se "
                            "desaparecer."
                        ),
                        ru=(
                            "Договоритесь о регулярной связи, чтобы команда заметила ваше "
                            "исчезновение."
                        ),
                        ar="اتفق على روتين منتظم للتواصل حتى يلاحظ فريقك اختفاءك.",
                    ),
                    t(
                        "Lock your phone with a strong passcode and turn off biometric unlock.",
                        fr=(
                            "Verrouillez votre téléphone avec un code robuste et désactivez le "
                            "déverrouillage biométrique."
                        ),
                        es=(
                            "Bloquee su teléfono con un código seguro y desactive el desbloqueo "
                            "biométrico."
                        ),
                        pt=(
                            "Bloqueie o telemóvel com um código forte e desative o desbloqueio "
                            "biométrico."
                        ),
                        ru=(
                            "Защитите телефон надёжным кодом и отключите биометрическую "
                            "разблокировку."
                        ),
                        ar="اقفل هاتفك برمز مرور قوي وعطِّل فتح القفل بالبصمة والتعرف على الوجه.",
                    ),
                    t(
                        "Keep copies of your identity documents with someone you trust.",
                        fr=(
                            "Confiez des copies de vos pièces d'identité à une personne de "
                            "confiance."
                        ),
                        es="Deje copias de sus documentos de identidad a alguien de confianza.",
                        pt=(
                            "Deixe cópias dos seus documentos de identificação com alguém de "
                            "confiança."
                        ),
                        ru=(
                            "Оставьте копии документов, удостоверяющих личность, доверенному "
                            "человеку."
                        ),
                        ar="اترك نسخًا من وثائق هويتك لدى شخص تثق به.",
                    ),
                ],
            ),
            (
                "heading",
                t(
                    "During and after detention",
                    fr="Pendant et après la détention",
                    es="Durante y después de la detención",
                    pt="Durante e depois da detenção",
                    ru="Во время и после задержания",
                    ar="أثناء الاحتجاز وبعده",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Stay calm, do not resist physically and ask clearly to speak to your "
                        "lawyer. You may be pressured to sign statements; read everything "
                        "carefully and do not sign anything you do not understand or agree with. "
                        "After release, write down everything you remember and seek medical care "
                        "if you were hurt."
                    ),
                    fr=(
                        "Restez calme, n'opposez aucune résistance physique et demandez clairement "
                        "à parler à votre avocat. On peut faire pression sur vous pour que vous "
                        "signiez des déclarations : lisez tout attentivement et ne signez rien que "
                        "vous ne comprenez pas ou que vous n'approuvez pas. Après votre "
                        "libération, notez tout ce dont vous vous souvenez et consultez un médecin "
                        "si vous avez été blessé."
                    ),
                    es=(
                        "Mantenga la calma, no oponga resistencia física y pida claramente hablar "
                        "con su abogado. Pueden presionarle para que firme declaraciones; lea todo "
                        "con atención y no firme nada que no entienda o con lo que no esté de "
                        "acuerdo. Tras su liberación, anote todo lo que recuerde y busque atención "
                        "médica si ha sufrido lesiones."
                    ),
                    pt=(
                        "Mantenha a calma, não ofereça resistência física e peça claramente para "
                        "falar com o seu advogado. Pode ser pressionado a assinar declarações; "
                        "leia tudo com atenção e não assine nada que não compreenda ou com que não "
                        "concorde. Depois de ser libertado, anote tudo o que se lembrar e procure "
                        "cuidados médicos se tiver sido ferido."
                    ),
                    ru=(
                        "Сохраняйте спокойствие, не оказывайте физического сопротивления и чётко "
                        "потребуйте встречи с адвокатом. На вас могут давить, чтобы вы подписали "
                        "показания: внимательно читайте всё и не подписывайте ничего, чего не "
                        "понимаете или с чем не согласны. После освобождения запишите всё, что "
                        "помните, и обратитесь к врачу, если получили травмы."
                    ),
                    ar=(
                        "حافظ على هدوئك، ولا تُبدِ أي مقاومة جسدية، واطلب بوضوح التحدث إلى محاميك. "
                        "قد تتعرض للضغط لتوقيع إفادات، فاقرأ كل شيء بعناية ولا توقّع على أي شيء لا "
                        "تفهمه أو لا توافق عليه. بعد الإفراج عنك، دوِّن كل ما تتذكره واطلب الرعاية "
                        "الطبية إذا تعرضت لأذى."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Lying to the police can be a crime in itself; if you do not want to "
                        "answer, say that you will only speak with your lawyer present."
                    ),
                    fr=(
                        "Mentir à la police peut constituer une infraction en soi ; si vous ne "
                        "voulez pas répondre, dites que vous ne parlerez qu'en présence de votre "
                        "avocat."
                    ),
                    es=(
                        "Mentir a la policía puede ser un delito en sí mismo; si no quiere "
                        "responder, diga que solo hablará en presencia de su abogado."
                    ),
                    pt=(
                        "Mentir à polícia pode ser, por si só, um crime; se não quiser responder, "
                        "diga que só falará na presença do seu advogado."
                    ),
                    ru=(
                        "Ложь полиции сама по себе может быть правонарушением; если не хотите "
                        "отвечать, скажите, что будете говорить только в присутствии адвоката."
                    ),
                    ar=(
                        "قد يُعدّ الكذب على الشرطة جريمة في حد ذاته؛ فإذا كنت لا ترغب في الإجابة، "
                        "فقل إنك لن تتحدث إلا بحضور محاميك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "es", "ar"),
    ),
    DemoResource(
        key="working-with-a-lawyer",
        topic="legal",
        format="guide",
        level="beginner",
        reviewed="2026-03-10",
        interval=12,
        title=t(
            "Finding and working with a lawyer",
            fr="Trouver un avocat et travailler avec lui",
            es="Encontrar un abogado y trabajar con él",
            pt="Encontrar um advogado e trabalhar com ele",
            ru="Как найти адвоката и работать с ним",
            ar="إيجاد محامٍ والعمل معه",
        ),
        summary=t(
            (
                "How to find a trustworthy lawyer before you need one, and how to build a working "
                "relationship based on clear roles and confidentiality."
            ),
            fr=(
                "Comment trouver un avocat digne de confiance avant d'en avoir besoin, et "
                "construire une relation de travail fondée sur des rôles clairs et la "
                "confidentialité."
            ),
            es=(
                "Cómo encontrar un abogado de confianza antes de necesitarlo y construir una "
                "relación de trabajo basada en funciones claras y en la confidencialidad."
            ),
            pt=(
                "Como encontrar um advogado de confiança antes de precisar dele e construir uma "
                "relação de trabalho baseada em papéis claros e na confidencialidade."
            ),
            ru=(
                "Как найти надёжного адвоката до того, как он понадобится, и выстроить рабочие "
                "отношения на основе чёткого распределения ролей и конфиденциальности."
            ),
            ar=(
                "كيف تجد محاميًا جديرًا بالثقة قبل أن تحتاج إليه، وكيف تبني علاقة عمل قائمة على "
                "أدوار واضحة وعلى السرية."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Finding the right lawyer",
                    fr="Trouver le bon avocat",
                    es="Encontrar al abogado adecuado",
                    pt="Encontrar o advogado certo",
                    ru="Как выбрать подходящего адвоката",
                    ar="العثور على المحامي المناسب",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Ask other defenders, bar associations and human rights organisations for "
                        "names of lawyers who have handled similar cases. Some international "
                        "networks provide or fund legal support for defenders at risk. Meet the "
                        "lawyer before any emergency to check their experience, independence and "
                        "availability."
                    ),
                    fr=(
                        "Demandez à d'autres défenseurs, aux barreaux et aux organisations de "
                        "défense des droits humains les noms d'avocats ayant traité des affaires "
                        "similaires. Certains réseaux internationaux fournissent ou financent une "
                        "aide juridique aux défenseurs en danger. Rencontrez l'avocat avant toute "
                        "urgence pour vérifier son expérience, son indépendance et sa "
                        "disponibilité."
                    ),
                    es=(
                        "Pida a otros defensores, colegios de abogados y organizaciones de "
                        "derechos humanos nombres de abogados que hayan llevado casos similares. "
                        "Algunas redes internacionales prestan o financian apoyo jurídico a "
                        "defensores en riesgo. Reúnase con el abogado antes de cualquier "
                        "emergencia para comprobar su experiencia, independencia y disponibilidad."
                    ),
                    pt=(
                        "Peça a outros defensores, ordens dos advogados e organizações de direitos "
                        "humanos nomes de advogados que já tenham tratado casos semelhantes. "
                        "Algumas redes internacionais prestam ou financiam apoio jurídico a "
                        "defensores em risco. Reúna-se com o advogado antes de qualquer emergência "
                        "para verificar a sua experiência, independência e disponibilidade."
                    ),
                    ru=(
                        "Спросите у других правозащитников, адвокатских палат и правозащитных "
                        "организаций имена адвокатов, которые вели похожие дела. Некоторые "
                        "международные сети предоставляют или оплачивают юридическую помощь "
                        "правозащитникам, находящимся в опасности. Встретьтесь с адвокатом "
                        "заранее, до любой чрезвычайной ситуации, чтобы оценить его опыт, "
                        "независимость и доступность."
                    ),
                    ar=(
                        "اطلب من المدافعين الآخرين ونقابات المحامين ومنظمات حقوق الإنسان أسماء "
                        "محامين تولَّوا قضايا مماثلة. وتقدّم بعض الشبكات الدولية دعمًا قانونيًا "
                        "للمدافعين المعرَّضين للخطر أو تموّله. التقِ بالمحامي قبل وقوع أي طارئ "
                        "للتحقق من خبرته واستقلاليته ومدى توفّره."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Ask about their experience with cases like yours.",
                        fr="Interrogez-le sur son expérience d'affaires semblables à la vôtre.",
                        es="Pregúntele por su experiencia en casos como el suyo.",
                        pt="Pergunte-lhe pela experiência em casos como o seu.",
                        ru="Спросите об опыте ведения дел, похожих на ваше.",
                        ar="اسأله عن خبرته في قضايا مشابهة لقضيتك.",
                    ),
                    t(
                        "Agree on fees, or on pro bono terms, in writing.",
                        fr=(
                            "Convenez par écrit des honoraires ou des conditions d'une aide "
                            "bénévole."
                        ),
                        es=(
                            "Acuerde por escrito los honorarios o las condiciones de la asistencia "
                            "gratuita."
                        ),
                        pt="Acorde por escrito os honorários ou as condições do apoio pro bono.",
                        ru="Письменно согласуйте гонорар или условия бесплатной помощи.",
                        ar="اتفقا كتابيًا على الأتعاب أو على شروط المساعدة المجانية.",
                    ),
                    t(
                        "Decide together how you will communicate securely.",
                        fr="Décidez ensemble de la manière de communiquer en sécurité.",
                        es="Decidan juntos cómo se comunicarán de forma segura.",
                        pt="Decidam em conjunto como vão comunicar de forma segura.",
                        ru="Вместе решите, как будете безопасно поддерживать связь.",
                        ar="قرِّرا معًا كيف ستتواصلان بشكل آمن.",
                    ),
                    t(
                        "Give your family or team a way to reach the lawyer.",
                        fr="Donnez à votre famille ou à votre équipe un moyen de joindre l'avocat.",
                        es="Facilite a su familia o a su equipo una forma de contactar al abogado.",
                        pt="Dê à sua família ou equipa uma forma de contactar o advogado.",
                        ru="Дайте семье или команде возможность связаться с адвокатом.",
                        ar="زوِّد عائلتك أو فريقك بوسيلة للتواصل مع المحامي.",
                    ),
                ],
            ),
            (
                "heading",
                t(
                    "Building trust and sharing information",
                    fr="Instaurer la confiance et partager l'information",
                    es="Generar confianza y compartir información",
                    pt="Criar confiança e partilhar informação",
                    ru="Доверие и обмен информацией",
                    ar="بناء الثقة وتبادل المعلومات",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Tell your lawyer the full story, including details that seem "
                        "unfavourable, because surprises in court are harder to handle. Keep your "
                        "own copies of every document you hand over and a log of all hearings and "
                        "deadlines. If you are hosted abroad, make sure your lawyer at home knows "
                        "how to reach you and who else is following the case."
                    ),
                    fr=(
                        "Racontez toute l'histoire à votre avocat, y compris les détails qui "
                        "semblent défavorables, car les surprises au tribunal sont plus difficiles "
                        "à gérer. Gardez vos propres copies de chaque document remis et un "
                        "registre de toutes les audiences et échéances. Si vous êtes accueilli à "
                        "l'étranger, assurez-vous que votre avocat dans votre pays sait comment "
                        "vous joindre et qui d'autre suit l'affaire."
                    ),
                    es=(
                        "Cuente a su abogado toda la historia, incluidos los detalles que parezcan "
                        "desfavorables, porque las sorpresas en el tribunal son más difíciles de "
                        "manejar. Conserve sus propias copias de cada documento que entregue y un "
                        "registro de todas las audiencias y plazos. Si está acogido en el "
                        "extranjero, asegúrese de que su abogado en su país sepa cómo contactarle "
                        "y quién más sigue el caso."
                    ),
                    pt=(
                        "Conte toda a história ao seu advogado, incluindo os pormenores que "
                        "pareçam desfavoráveis, porque as surpresas em tribunal são mais difíceis "
                        "de gerir. Guarde as suas próprias cópias de cada documento entregue e um "
                        "registo de todas as audiências e prazos. Se estiver acolhido no "
                        "estrangeiro, certifique-se de que o seu advogado no seu país sabe como "
                        "contactá-lo e quem mais acompanha o caso."
                    ),
                    ru=(
                        "Расскажите адвокату всю историю, включая детали, которые кажутся "
                        "невыгодными для вас: неожиданности в суде преодолеть труднее. Храните "
                        "собственные копии всех переданных документов и ведите журнал всех "
                        "заседаний и сроков. Если вы временно находитесь за границей, убедитесь, "
                        "что адвокат на родине знает, как с вами связаться и кто ещё следит за "
                        "делом."
                    ),
                    ar=(
                        "أخبر محاميك بالقصة كاملة، بما في ذلك التفاصيل التي تبدو في غير صالحك، لأن "
                        "المفاجآت أمام المحكمة أصعب في التعامل معها. احتفظ بنسخك الخاصة من كل "
                        "وثيقة تسلّمها وبسجلٍّ لجميع الجلسات والمواعيد النهائية. وإذا كنت مستضافًا "
                        "في الخارج، فتأكد من أن محاميك في بلدك يعرف كيف يتواصل معك ومَن غيره يتابع "
                        "القضية."
                    ),
                ),
            ),
            (
                "tip",
                t(
                    (
                        "Lawyers defending activists are sometimes targeted themselves; "
                        "international trial observation can offer them some protection."
                    ),
                    fr=(
                        "Les avocats qui défendent des militants sont parfois eux-mêmes pris pour "
                        "cible ; une observation internationale des procès peut leur offrir une "
                        "certaine protection."
                    ),
                    es=(
                        "Los abogados que defienden a activistas a veces se convierten en blanco; "
                        "la observación internacional de juicios puede ofrecerles cierta "
                        "protección."
                    ),
                    pt=(
                        "Os advogados que defendem ativistas são por vezes eles próprios visados; "
                        "a observação internacional de julgamentos pode dar-lhes alguma proteção."
                    ),
                    ru=(
                        "Адвокаты, защищающие активистов, иногда сами становятся мишенью; "
                        "международное наблюдение за судебными процессами может дать им "
                        "определённую защиту."
                    ),
                    ar=(
                        "يتعرّض المحامون الذين يدافعون عن الناشطين أحيانًا للاستهداف بأنفسهم، "
                        "ويمكن لمراقبة المحاكمات على المستوى الدولي أن توفر لهم قدرًا من الحماية."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es"),
        file_languages=("en", "es"),
    ),
    DemoResource(
        key="un-regional-complaints",
        topic="legal",
        format="toolkit",
        level="advanced",
        reviewed="2025-02-20",
        interval=24,
        title=t(
            "Using UN and regional human rights complaint mechanisms",
            fr="Saisir les mécanismes de plainte onusiens et régionaux",
            es="Usar los mecanismos de denuncia de la ONU y regionales",
            pt="Recorrer aos mecanismos de queixa da ONU e regionais",
            ru="Жалобы в механизмы ООН и региональные правозащитные органы",
            ar="اللجوء إلى آليات الشكاوى الأممية والإقليمية لحقوق الإنسان",
        ),
        summary=t(
            (
                "An overview of individual complaints to UN treaty bodies, special procedures and "
                "regional courts, with the conditions they usually require."
            ),
            fr=(
                "Un aperçu des plaintes individuelles auprès des organes de traités de l'ONU, des "
                "procédures spéciales et des juridictions régionales, et des conditions qu'elles "
                "exigent généralement."
            ),
            es=(
                "Un panorama de las denuncias individuales ante los órganos de tratados de la ONU, "
                "los procedimientos especiales y los tribunales regionales, con las condiciones "
                "que suelen exigir."
            ),
            pt=(
                "Uma visão geral das queixas individuais junto dos órgãos de tratados da ONU, dos "
                "procedimentos especiais e dos tribunais regionais, com as condições que "
                "normalmente exigem."
            ),
            ru=(
                "Обзор индивидуальных жалоб в договорные органы ООН, специальные процедуры и "
                "региональные суды, а также обычных требований к ним."
            ),
            ar=(
                "نظرة عامة على الشكاوى الفردية المقدَّمة إلى هيئات المعاهدات التابعة للأمم المتحدة "
                "والإجراءات الخاصة والمحاكم الإقليمية، والشروط التي تتطلبها عادةً."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Which mechanism fits your case",
                    fr="Quel mécanisme convient à votre cas",
                    es="Qué mecanismo se ajusta a su caso",
                    pt="Que mecanismo se adequa ao seu caso",
                    ru="Какой механизм подходит для вашего случая",
                    ar="أي آلية تناسب قضيتك",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "UN treaty bodies such as the Human Rights Committee can examine "
                        "individual complaints only against states that have accepted that "
                        "procedure. Special rapporteurs can send urgent communications to any UN "
                        "member state without such acceptance. Regional systems in Africa, the "
                        "Americas and Europe have their own commissions and courts, often with "
                        "binding judgments."
                    ),
                    fr=(
                        "Les organes de traités de l'ONU, comme le Comité des droits de l'homme, "
                        "ne peuvent examiner des plaintes individuelles que contre les États ayant "
                        "accepté cette procédure. Les rapporteurs spéciaux peuvent adresser des "
                        "communications urgentes à tout État membre de l'ONU sans cette "
                        "acceptation. Les systèmes régionaux d'Afrique, des Amériques et d'Europe "
                        "disposent de leurs propres commissions et cours, dont les arrêts sont "
                        "souvent contraignants."
                    ),
                    es=(
                        "Los órganos de tratados de la ONU, como el Comité de Derechos Humanos, "
                        "solo pueden examinar denuncias individuales contra Estados que hayan "
                        "aceptado ese procedimiento. Los relatores especiales pueden enviar "
                        "comunicaciones urgentes a cualquier Estado miembro de la ONU sin esa "
                        "aceptación. Los sistemas regionales de África, las Américas y Europa "
                        "tienen sus propias comisiones y tribunales, a menudo con sentencias "
                        "vinculantes."
                    ),
                    pt=(
                        "Os órgãos de tratados da ONU, como o Comité dos Direitos Humanos, só "
                        "podem examinar queixas individuais contra Estados que tenham aceitado "
                        "esse procedimento. Os relatores especiais podem enviar comunicações "
                        "urgentes a qualquer Estado membro da ONU sem essa aceitação. Os sistemas "
                        "regionais de África, das Américas e da Europa têm as suas próprias "
                        "comissões e tribunais, muitas vezes com sentenças vinculativas."
                    ),
                    ru=(
                        "Договорные органы ООН, например Комитет по правам человека, могут "
                        "рассматривать индивидуальные жалобы только в отношении государств, "
                        "признавших эту процедуру. Специальные докладчики могут направлять срочные "
                        "сообщения любому государству — члену ООН без такого признания. "
                        "Региональные системы в Африке, Америке и Европе имеют собственные "
                        "комиссии и суды, решения которых часто обязательны к исполнению."
                    ),
                    ar=(
                        "لا يمكن لهيئات المعاهدات التابعة للأمم المتحدة، مثل اللجنة المعنية بحقوق "
                        "الإنسان، أن تنظر في الشكاوى الفردية إلا ضد الدول التي قبلت هذا الإجراء. "
                        "أما المقررون الخاصون فيمكنهم توجيه رسائل عاجلة إلى أي دولة عضو في الأمم "
                        "المتحدة دون الحاجة إلى هذا القبول. ولأنظمة حقوق الإنسان الإقليمية في "
                        "أفريقيا والأمريكتين وأوروبا لجانها ومحاكمها الخاصة، وكثيرًا ما تكون "
                        "أحكامها ملزمة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Conditions for an admissible complaint",
                    fr="Conditions de recevabilité d'une plainte",
                    es="Requisitos de admisibilidad de una denuncia",
                    pt="Condições de admissibilidade de uma queixa",
                    ru="Условия приемлемости жалобы",
                    ar="شروط قبول الشكوى",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        (
                            "Exhaust effective domestic remedies first, or show why they are "
                            "unavailable."
                        ),
                        fr=(
                            "Épuisez d'abord les recours internes effectifs, ou montrez pourquoi "
                            "ils sont inaccessibles."
                        ),
                        es=(
                            "Agote primero los recursos internos efectivos o demuestre por qué no "
                            "están disponibles."
                        ),
                        pt=(
                            "Esgote primeiro os recursos internos efetivos ou demonstre porque não "
                            "estão disponíveis."
                        ),
                        ru=(
                            "Сначала исчерпайте эффективные внутренние средства защиты или "
                            "докажите их недоступность."
                        ),
                        ar="استنفِد أولًا سبل الانتصاف المحلية الفعالة، أو بيِّن سبب عدم إتاحتها.",
                    ),
                    t(
                        (
                            "Check that the same case is not pending before another international "
                            "body."
                        ),
                        fr=(
                            "Vérifiez que la même affaire n'est pas pendante devant une autre "
                            "instance internationale."
                        ),
                        es=(
                            "Compruebe que el mismo caso no esté pendiente ante otra instancia "
                            "internacional."
                        ),
                        pt=(
                            "Verifique se o mesmo caso não está pendente noutra instância "
                            "internacional."
                        ),
                        ru=(
                            "Убедитесь, что то же дело не рассматривается другим международным "
                            "органом."
                        ),
                        ar="تحقَّق من أن القضية نفسها ليست معروضة أمام هيئة دولية أخرى.",
                    ),
                    t(
                        "Respect the deadline, which can be as short as four months.",
                        fr="Respectez le délai, qui peut n'être que de quatre mois.",
                        es="Respete el plazo, que puede ser de solo cuatro meses.",
                        pt="Respeite o prazo, que pode ser de apenas quatro meses.",
                        ru="Соблюдайте срок подачи, который может составлять всего четыре месяца.",
                        ar="التزم بالمهلة المحددة، التي قد لا تتجاوز أربعة أشهر.",
                    ),
                    t(
                        "Obtain the written consent of every victim you represent.",
                        fr="Obtenez le consentement écrit de chaque victime que vous représentez.",
                        es=(
                            "Obtenga el consentimiento por escrito de cada víctima a la que "
                            "represente."
                        ),
                        pt="Obtenha o consentimento escrito de cada vítima que representa.",
                        ru=(
                            "Получите письменное согласие каждого пострадавшего, которого вы "
                            "представляете."
                        ),
                        ar="احصل على موافقة خطية من كل ضحية تمثّلها.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "International procedures can take years; ask for interim or precautionary "
                        "measures if someone faces imminent, irreparable harm."
                    ),
                    fr=(
                        "Les procédures internationales peuvent durer des années ; demandez des "
                        "mesures provisoires ou conservatoires si une personne court un risque de "
                        "préjudice imminent et irréparable."
                    ),
                    es=(
                        "Los procedimientos internacionales pueden durar años; solicite medidas "
                        "provisionales o cautelares si alguien corre un riesgo inminente de daño "
                        "irreparable."
                    ),
                    pt=(
                        "Os procedimentos internacionais podem demorar anos; peça medidas "
                        "provisórias ou cautelares se alguém enfrentar um dano iminente e "
                        "irreparável."
                    ),
                    ru=(
                        "Международные процедуры могут длиться годами; если человеку грозит "
                        "неминуемый и непоправимый вред, просите о временных или обеспечительных "
                        "мерах."
                    ),
                    ar=(
                        "قد تستغرق الإجراءات الدولية سنوات؛ لذا اطلب تدابير مؤقتة أو احترازية إذا "
                        "كان شخص ما معرَّضًا لضرر وشيك لا يمكن جبره."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Following up after a decision",
                    fr="Assurer le suivi après une décision",
                    es="Dar seguimiento tras una decisión",
                    pt="Acompanhar após uma decisão",
                    ru="Что делать после вынесения решения",
                    ar="المتابعة بعد صدور القرار",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "A favourable decision matters only if it is implemented. Share it with "
                        "journalists, embassies and parliamentarians, and report the state's "
                        "response to the body's follow-up procedure. Several successful cases on "
                        "the same issue can build pressure for wider legal reform."
                    ),
                    fr=(
                        "Une décision favorable n'a de valeur que si elle est mise en œuvre. "
                        "Communiquez-la aux journalistes, aux ambassades et aux parlementaires, et "
                        "signalez la réponse de l'État dans le cadre de la procédure de suivi de "
                        "l'organe. Plusieurs affaires gagnées sur une même question peuvent "
                        "accroître la pression en faveur d'une réforme juridique plus large."
                    ),
                    es=(
                        "Una decisión favorable solo importa si se cumple. Compártala con "
                        "periodistas, embajadas y parlamentarios, e informe de la respuesta del "
                        "Estado en el procedimiento de seguimiento del órgano. Varios casos "
                        "ganados sobre un mismo tema pueden aumentar la presión a favor de una "
                        "reforma legal más amplia."
                    ),
                    pt=(
                        "Uma decisão favorável só conta se for cumprida. Partilhe-a com "
                        "jornalistas, embaixadas e parlamentares e comunique a resposta do Estado "
                        "no procedimento de acompanhamento do órgão. Vários casos ganhos sobre a "
                        "mesma questão podem aumentar a pressão para uma reforma legal mais ampla."
                    ),
                    ru=(
                        "Благоприятное решение имеет значение только тогда, когда оно исполняется. "
                        "Распространите его среди журналистов, посольств и парламентариев и "
                        "сообщайте о реакции государства в рамках процедуры последующих действий "
                        "соответствующего органа. Несколько выигранных дел по одному вопросу могут "
                        "усилить давление в пользу более широкой правовой реформы."
                    ),
                    ar=(
                        "لا قيمة للقرار المؤاتي إلا إذا نُفِّذ. شارِكه مع الصحفيين والسفارات "
                        "والبرلمانيين، وأبلِغ عن ردّ الدولة في إطار إجراء المتابعة لدى الهيئة "
                        "المعنية. ويمكن لعدة قضايا ناجحة بشأن المسألة نفسها أن تزيد الضغط من أجل "
                        "إصلاح قانوني أوسع."
                    ),
                ),
            ),
            (
                "tip",
                t(
                    (
                        "Specialised NGOs and university legal clinics often help draft complaints "
                        "free of charge."
                    ),
                    fr=(
                        "Des ONG spécialisées et des cliniques juridiques universitaires aident "
                        "souvent gratuitement à rédiger les plaintes."
                    ),
                    es=(
                        "Las ONG especializadas y las clínicas jurídicas universitarias suelen "
                        "ayudar gratuitamente a redactar denuncias."
                    ),
                    pt=(
                        "ONG especializadas e clínicas jurídicas universitárias ajudam muitas "
                        "vezes a redigir queixas gratuitamente."
                    ),
                    ru=(
                        "Специализированные НКО и юридические клиники университетов часто "
                        "бесплатно помогают составить жалобу."
                    ),
                    ar=(
                        "كثيرًا ما تساعد المنظمات غير الحكومية المتخصصة والعيادات القانونية "
                        "الجامعية في صياغة الشكاوى مجانًا."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "ru"),
    ),
    DemoResource(
        key="registration-and-finances",
        topic="legal",
        format="guide",
        level="advanced",
        reviewed="2026-08-05",
        interval=3,
        title=t(
            "Protecting your organisation's registration and finances",
            fr="Protéger l'enregistrement et les finances de votre organisation",
            es="Proteger el registro y las finanzas de su organización",
            pt="Proteger o registo e as finanças da sua organização",
            ru="Защита регистрации и финансов вашей организации",
            ar="حماية تسجيل منظمتك وشؤونها المالية",
        ),
        summary=t(
            (
                "Restrictive laws on registration, foreign funding and taxes are often used "
                "against civil society; good records and compliance reduce the risk."
            ),
            fr=(
                "Les lois restrictives sur l'enregistrement, les financements étrangers et la "
                "fiscalité sont souvent utilisées contre la société civile ; une bonne tenue des "
                "registres et le respect des règles réduisent le risque."
            ),
            es=(
                "Las leyes restrictivas sobre registro, financiación extranjera e impuestos se "
                "usan a menudo contra la sociedad civil; unos buenos registros y el cumplimiento "
                "normativo reducen el riesgo."
            ),
            pt=(
                "As leis restritivas sobre registo, financiamento estrangeiro e impostos são "
                "muitas vezes usadas contra a sociedade civil; bons registos e o cumprimento das "
                "normas reduzem o risco."
            ),
            ru=(
                "Ограничительные законы о регистрации, иностранном финансировании и налогах часто "
                "используются против гражданского общества; аккуратный учёт и соблюдение "
                "требований снижают риск."
            ),
            ar=(
                "كثيرًا ما تُستخدم القوانين التقييدية المتعلقة بالتسجيل والتمويل الأجنبي والضرائب "
                "ضد المجتمع المدني، ويحدّ حسن مسك السجلات والامتثال من هذا الخطر."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Why compliance is a security measure",
                    fr="Pourquoi la conformité est une mesure de sécurité",
                    es="Por qué el cumplimiento es una medida de seguridad",
                    pt="Porque é que o cumprimento é uma medida de segurança",
                    ru="Почему соблюдение требований — это мера безопасности",
                    ar="لماذا يُعدّ الامتثال تدبيرًا أمنيًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Authorities seeking to silence an organisation often look for "
                        "administrative pretexts rather than openly targeting its work. Late "
                        "reports, unclear accounts or an expired registration can lead to fines, "
                        "frozen bank accounts or closure. Treating legal and financial compliance "
                        "as part of your security plan removes easy excuses."
                    ),
                    fr=(
                        "Les autorités qui cherchent à réduire une organisation au silence "
                        "recourent souvent à des prétextes administratifs plutôt que de s'en "
                        "prendre ouvertement à son travail. Des rapports en retard, des comptes "
                        "peu clairs ou un enregistrement expiré peuvent entraîner des amendes, le "
                        "gel des comptes bancaires ou la fermeture. Intégrer la conformité "
                        "juridique et financière à votre plan de sécurité supprime les prétextes "
                        "faciles."
                    ),
                    es=(
                        "Las autoridades que buscan silenciar a una organización suelen recurrir a "
                        "pretextos administrativos en lugar de atacar abiertamente su trabajo. Los "
                        "informes atrasados, las cuentas poco claras o un registro caducado pueden "
                        "acarrear multas, el bloqueo de cuentas bancarias o el cierre. Tratar el "
                        "cumplimiento legal y financiero como parte de su plan de seguridad "
                        "elimina las excusas fáciles."
                    ),
                    pt=(
                        "As autoridades que procuram silenciar uma organização recorrem muitas "
                        "vezes a pretextos administrativos em vez de atacarem abertamente o seu "
                        "trabalho. Relatórios atrasados, contas pouco claras ou um registo "
                        "caducado podem levar a multas, ao congelamento de contas bancárias ou ao "
                        "encerramento. Tratar o cumprimento legal e financeiro como parte do seu "
                        "plano de segurança elimina pretextos fáceis."
                    ),
                    ru=(
                        "Власти, стремящиеся заставить организацию замолчать, часто ищут "
                        "административные предлоги вместо открытых нападок на её работу. "
                        "Просроченные отчёты, непрозрачная бухгалтерия или истёкшая регистрация "
                        "могут привести к штрафам, заморозке банковских счетов или ликвидации. "
                        "Если считать соблюдение правовых и финансовых требований частью плана "
                        "безопасности, у властей останется меньше удобных поводов."
                    ),
                    ar=(
                        "كثيرًا ما تبحث السلطات الساعية إلى إسكات منظمة ما عن ذرائع إدارية بدلًا "
                        "من استهداف عملها علنًا. وقد تؤدي التقارير المتأخرة أو الحسابات غير "
                        "الواضحة أو انتهاء صلاحية التسجيل إلى غرامات أو تجميد الحسابات المصرفية أو "
                        "الإغلاق. إن التعامل مع الامتثال القانوني والمالي بوصفه جزءًا من خطتك "
                        "الأمنية يحرم السلطات من الذرائع السهلة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Keeping records in order",
                    fr="Tenir ses registres en ordre",
                    es="Mantener los registros en orden",
                    pt="Manter os registos em ordem",
                    ru="Порядок в документации",
                    ar="الحفاظ على انتظام السجلات",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Keep a calendar of every filing and renewal deadline.",
                        fr=(
                            "Tenez un calendrier de toutes les échéances de déclaration et de "
                            "renouvellement."
                        ),
                        es="Lleve un calendario de todos los plazos de presentación y renovación.",
                        pt="Mantenha um calendário de todos os prazos de entrega e renovação.",
                        ru="Ведите календарь всех сроков подачи отчётов и продления регистрации.",
                        ar="احتفظ بجدول زمني لجميع مواعيد تقديم الوثائق والتجديد.",
                    ),
                    t(
                        "Have your accounts audited by an independent professional.",
                        fr="Faites auditer vos comptes par un professionnel indépendant.",
                        es="Haga auditar sus cuentas por un profesional independiente.",
                        pt="Mande auditar as suas contas por um profissional independente.",
                        ru="Проводите аудит отчётности силами независимого специалиста.",
                        ar="اعهد بتدقيق حساباتك إلى مهني مستقل.",
                    ),
                    t(
                        "Store founding documents and contracts securely, with copies abroad.",
                        fr=(
                            "Conservez les statuts et les contrats en lieu sûr, avec des copies à "
                            "l'étranger."
                        ),
                        es=(
                            "Guarde los estatutos y los contratos de forma segura, con copias en "
                            "el extranjero."
                        ),
                        pt=(
                            "Guarde os estatutos e os contratos em segurança, com cópias no "
                            "estrangeiro."
                        ),
                        ru=(
                            "Надёжно храните учредительные документы и договоры, а их копии — за "
                            "рубежом."
                        ),
                        ar="احفظ وثائق التأسيس والعقود في مكان آمن، مع نسخ منها خارج البلد.",
                    ),
                    t(
                        "Document every grant and how the money was spent.",
                        fr="Documentez chaque subvention et l'utilisation des fonds.",
                        es="Documente cada subvención y cómo se gastó el dinero.",
                        pt="Documente cada subvenção e a forma como o dinheiro foi gasto.",
                        ru="Документируйте каждый грант и то, как были потрачены средства.",
                        ar="وثِّق كل منحة وكيفية إنفاق أموالها.",
                    ),
                ],
            ),
            (
                "heading",
                t(
                    "Inspections, audits and raids",
                    fr="Inspections, contrôles et perquisitions",
                    es="Inspecciones, auditorías y allanamientos",
                    pt="Inspeções, auditorias e buscas",
                    ru="Проверки, аудиты и обыски",
                    ar="عمليات التفتيش والتدقيق والمداهمة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Prepare a written procedure for inspections and raids: who speaks to "
                        "officials, who calls the lawyer and what staff should never hand over "
                        "without a warrant. Limit the personal data you keep on beneficiaries and "
                        "partners, so that a seizure exposes as few people as possible."
                    ),
                    fr=(
                        "Préparez une procédure écrite pour les inspections et les perquisitions : "
                        "qui parle aux agents, qui appelle l'avocat et ce que le personnel ne doit "
                        "jamais remettre sans mandat. Limitez les données personnelles que vous "
                        "conservez sur les bénéficiaires et les partenaires, afin qu'une saisie "
                        "expose le moins de personnes possible."
                    ),
                    es=(
                        "Prepare un procedimiento escrito para inspecciones y allanamientos: quién "
                        "habla con los funcionarios, quién llama al abogado y qué no debe entregar "
                        "nunca el personal sin una orden judicial. Limite los datos personales que "
                        "guarda sobre beneficiarios y socios, para que una incautación exponga al "
                        "menor número posible de personas."
                    ),
                    pt=(
                        "Prepare um procedimento escrito para inspeções e buscas: quem fala com os "
                        "agentes, quem liga ao advogado e o que o pessoal nunca deve entregar sem "
                        "mandado. Limite os dados pessoais que guarda sobre beneficiários e "
                        "parceiros, para que uma apreensão exponha o menor número possível de "
                        "pessoas."
                    ),
                    ru=(
                        "Подготовьте письменный порядок действий на случай проверок и обысков: кто "
                        "говорит с представителями власти, кто звонит адвокату и что сотрудники ни "
                        "в коем случае не должны передавать без ордера. Ограничьте объём хранимых "
                        "персональных данных о благополучателях и партнёрах, чтобы при изъятии под "
                        "угрозой оказалось как можно меньше людей."
                    ),
                    ar=(
                        "أعِدّ إجراءً مكتوبًا للتعامل مع عمليات التفتيش والمداهمة: من يتحدث إلى "
                        "المسؤولين، ومن يتصل بالمحامي، وما الذي يجب ألا يسلّمه الموظفون أبدًا دون "
                        "أمر قضائي. قلِّل البيانات الشخصية التي تحتفظ بها عن المستفيدين والشركاء، "
                        "حتى لا تكشف أي مصادرة إلا أقل عدد ممكن من الأشخاص."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Moving funds through personal accounts to avoid restrictions can expose "
                        "staff to criminal charges; seek specialist advice first."
                    ),
                    fr=(
                        "Faire transiter des fonds par des comptes personnels pour contourner les "
                        "restrictions peut exposer le personnel à des poursuites pénales ; "
                        "demandez d'abord l'avis d'un spécialiste."
                    ),
                    es=(
                        "Mover fondos a través de cuentas personales para eludir restricciones "
                        "puede exponer al personal a cargos penales; busque primero asesoramiento "
                        "especializado."
                    ),
                    pt=(
                        "Movimentar fundos através de contas pessoais para contornar restrições "
                        "pode expor o pessoal a acusações criminais; procure primeiro "
                        "aconselhamento especializado."
                    ),
                    ru=(
                        "Перевод средств через личные счета в обход ограничений может повлечь "
                        "уголовное преследование сотрудников; сначала проконсультируйтесь со "
                        "специалистом."
                    ),
                    ar=(
                        "قد يعرِّض تحويلُ الأموال عبر حسابات شخصية للتحايل على القيود الموظفين "
                        "لتهم جنائية؛ لذا اطلب أولًا مشورة متخصصة."
                    ),
                ),
            ),
        ],
        languages=("en", "ru", "ar"),
        file_languages=("en", "ru"),
    ),
    DemoResource(
        key="advocacy-plan-template",
        topic="advocacy",
        format="template",
        level="beginner",
        reviewed="2026-09-01",
        interval=6,
        title=t(
            "One-page advocacy plan template",
            fr="Modèle de plan de plaidoyer sur une page",
            es="Plantilla de plan de incidencia en una página",
            pt="Modelo de plano de advocacia numa página",
            ru="Шаблон адвокационного плана на одной странице",
            ar="نموذج خطة مناصرة في صفحة واحدة",
        ),
        summary=t(
            (
                "A simple template to set a goal, identify who can make the change and plan the "
                "messages and activities that will reach them."
            ),
            fr=(
                "Un modèle simple pour fixer un objectif, identifier qui peut faire évoluer la "
                "situation et planifier les messages et les activités qui permettront de "
                "l'atteindre."
            ),
            es=(
                "Una plantilla sencilla para fijar un objetivo, identificar quién puede hacer "
                "posible el cambio y planificar los mensajes y las actividades para llegar a esas "
                "personas."
            ),
            pt=(
                "Um modelo simples para definir um objetivo, identificar quem pode concretizar a "
                "mudança e planear as mensagens e atividades que chegarão a essas pessoas."
            ),
            ru=(
                "Простой шаблон, который поможет поставить цель, определить, кто может добиться "
                "изменений, и спланировать обращения и действия, чтобы до них достучаться."
            ),
            ar=(
                "نموذج بسيط لتحديد الهدف ومعرفة من يستطيع إحداث التغيير، والتخطيط للرسائل والأنشطة "
                "التي ستصل إليهم."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Setting a realistic goal",
                    fr="Fixer un objectif réaliste",
                    es="Fijar un objetivo realista",
                    pt="Definir um objetivo realista",
                    ru="Постановка реалистичной цели",
                    ar="تحديد هدف واقعي",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Write one sentence describing the specific change you want, who must make "
                        "it and by when. A goal such as the release of a named prisoner or the "
                        "withdrawal of a draft law is easier to campaign for than a general call "
                        "for justice. Break long-term aims into steps you can achieve within a "
                        "year."
                    ),
                    fr=(
                        "Rédigez une phrase décrivant le changement précis que vous souhaitez, qui "
                        "doit le décider et dans quel délai. Un objectif comme la libération d'un "
                        "prisonnier nommément désigné ou le retrait d'un projet de loi se prête "
                        "mieux à une campagne qu'un appel général à la justice. Découpez les "
                        "objectifs à long terme en étapes réalisables en un an."
                    ),
                    es=(
                        "Escriba una frase que describa el cambio concreto que quiere lograr, "
                        "quién debe llevarlo a cabo y en qué plazo. Un objetivo como la liberación "
                        "de un preso concreto o la retirada de un proyecto de ley es más fácil de "
                        "promover que un llamamiento general a la justicia. Divida los objetivos a "
                        "largo plazo en pasos que pueda alcanzar en un año."
                    ),
                    pt=(
                        "Escreva uma frase que descreva a mudança concreta que pretende, quem a "
                        "deve concretizar e até quando. Um objetivo como a libertação de um preso "
                        "identificado ou a retirada de um projeto de lei é mais fácil de defender "
                        "numa campanha do que um apelo geral à justiça. Divida os objetivos de "
                        "longo prazo em etapas que possa alcançar no prazo de um ano."
                    ),
                    ru=(
                        "Сформулируйте в одном предложении, какого конкретного изменения вы "
                        "добиваетесь, кто должен его осуществить и к какому сроку. Такую цель, как "
                        "освобождение конкретного заключённого или отзыв законопроекта, легче "
                        "продвигать, чем общий призыв к справедливости. Разбейте долгосрочные "
                        "задачи на шаги, достижимые в течение года."
                    ),
                    ar=(
                        "اكتب جملة واحدة تصف التغيير المحدد الذي تريده، ومن يجب أن يُحدثه، وفي أي "
                        "موعد. فالهدف مثل الإفراج عن سجين محدد بالاسم أو سحب مشروع قانون أسهل في "
                        "حشد الحملات من أجله من دعوة عامة إلى العدالة. قسِّم الأهداف طويلة الأمد "
                        "إلى خطوات يمكنك تحقيقها في غضون عام."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Filling in the template",
                    fr="Remplir le modèle",
                    es="Completar la plantilla",
                    pt="Preencher o modelo",
                    ru="Как заполнить шаблон",
                    ar="ملء النموذج",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Name the decision-makers who can grant your demand.",
                        fr="Nommez les décideurs qui peuvent satisfaire votre demande.",
                        es=(
                            "Identifique a quienes toman las decisiones que pueden atender su "
                            "demanda."
                        ),
                        pt="Identifique os decisores que podem satisfazer a sua reivindicação.",
                        ru=(
                            "Назовите лиц, принимающих решения, которые могут удовлетворить ваше "
                            "требование."
                        ),
                        ar="حدِّد أصحاب القرار القادرين على تلبية مطلبك.",
                    ),
                    t(
                        "List the people and institutions who influence them.",
                        fr=(
                            "Dressez la liste des personnes et des institutions qui les "
                            "influencent."
                        ),
                        es="Enumere las personas e instituciones que influyen en ellos.",
                        pt="Enumere as pessoas e instituições que os influenciam.",
                        ru="Перечислите людей и организации, которые на них влияют.",
                        ar="اذكر الأشخاص والمؤسسات الذين يؤثرون فيهم.",
                    ),
                    t(
                        "Write one core message and three supporting facts.",
                        fr="Rédigez un message central et trois faits à l'appui.",
                        es="Redacte un mensaje central y tres datos que lo respalden.",
                        pt="Redija uma mensagem central e três factos que a sustentem.",
                        ru="Сформулируйте главный тезис и три подкрепляющих его факта.",
                        ar="صُغ رسالة رئيسية واحدة وثلاث حقائق داعمة لها.",
                    ),
                    t(
                        "Choose activities and assign a person to each.",
                        fr="Choisissez les activités et désignez un responsable pour chacune.",
                        es="Elija las actividades y asigne una persona responsable a cada una.",
                        pt="Escolha as atividades e atribua um responsável a cada uma.",
                        ru="Выберите действия и назначьте ответственного за каждое.",
                        ar="اختر الأنشطة وعيِّن شخصًا مسؤولًا عن كل منها.",
                    ),
                    t(
                        "Identify the risks each activity creates and how to reduce them.",
                        fr=(
                            "Identifiez les risques que crée chaque activité et comment les "
                            "réduire."
                        ),
                        es="Identifique los riesgos de cada actividad y cómo reducirlos.",
                        pt="Identifique os riscos de cada atividade e como reduzi-los.",
                        ru="Определите риски каждого действия и способы их снижения.",
                        ar="حدِّد المخاطر التي ينطوي عليها كل نشاط وسبل الحد منها.",
                    ),
                    t(
                        "Set a date to review progress and adjust the plan.",
                        fr="Fixez une date pour faire le point et ajuster le plan.",
                        es="Fije una fecha para revisar los avances y ajustar el plan.",
                        pt="Marque uma data para rever os progressos e ajustar o plano.",
                        ru="Назначьте дату, чтобы оценить прогресс и скорректировать план.",
                        ar="حدِّد موعدًا لمراجعة التقدم وتعديل الخطة.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Keep the plan to a single page: if it does not fit, the goal is probably "
                        "too broad."
                    ),
                    fr=(
                        "Limitez le plan à une seule page : s'il ne tient pas, l'objectif est sans "
                        "doute trop large."
                    ),
                    es=(
                        "Limite el plan a una sola página: si no cabe, probablemente el objetivo "
                        "sea demasiado amplio."
                    ),
                    pt=(
                        "Mantenha o plano numa única página: se não couber, o objetivo é "
                        "provavelmente demasiado amplo."
                    ),
                    ru=(
                        "Уложите план на одну страницу: если он не помещается, цель, скорее всего, "
                        "слишком широкая."
                    ),
                    ar=(
                        "اجعل الخطة في صفحة واحدة، فإن لم تتسع لها فالأرجح أن الهدف فضفاض أكثر من "
                        "اللازم."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Measuring progress",
                    fr="Mesurer les progrès",
                    es="Medir los avances",
                    pt="Medir os progressos",
                    ru="Оценка прогресса",
                    ar="قياس التقدم",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Change rarely happens in a single step, so track intermediate signs: a "
                        "meeting granted, a public statement, a question raised in parliament. "
                        "Record what worked and what did not, and share the lessons with your "
                        "partners."
                    ),
                    fr=(
                        "Le changement se produit rarement d'un coup : suivez donc les signes "
                        "intermédiaires, comme une rencontre obtenue, une déclaration publique ou "
                        "une question posée au parlement. Notez ce qui a fonctionné et ce qui n'a "
                        "pas marché, et partagez les enseignements avec vos partenaires."
                    ),
                    es=(
                        "El cambio rara vez se produce de una sola vez, así que siga las señales "
                        "intermedias: una reunión concedida, una declaración pública, una pregunta "
                        "planteada en el parlamento. Anote lo que funcionó y lo que no, y comparta "
                        "las lecciones con sus aliados."
                    ),
                    pt=(
                        "A mudança raramente acontece de uma só vez, por isso acompanhe os sinais "
                        "intermédios: uma reunião concedida, uma declaração pública, uma pergunta "
                        "feita no parlamento. Registe o que funcionou e o que não funcionou e "
                        "partilhe as lições com os seus parceiros."
                    ),
                    ru=(
                        "Перемены редко происходят за один шаг, поэтому отслеживайте промежуточные "
                        "признаки: согласованную встречу, публичное заявление, вопрос, поднятый в "
                        "парламенте. Записывайте, что сработало, а что нет, и делитесь выводами с "
                        "партнёрами."
                    ),
                    ar=(
                        "نادرًا ما يحدث التغيير دفعة واحدة، لذا تابِع المؤشرات المرحلية: اجتماع "
                        "تمت الموافقة عليه، أو تصريح علني، أو سؤال طُرح في البرلمان. دوِّن ما نجح "
                        "وما لم ينجح، وشارك الدروس المستفادة مع شركائك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "es"),
    ),
    DemoResource(
        key="talking-to-journalists",
        topic="advocacy",
        format="audio",
        level="intermediate",
        reviewed="2026-10-12",
        interval=3,
        title=t(
            "Talking to journalists safely",
            fr="Parler aux journalistes en toute sécurité",
            es="Hablar con periodistas de forma segura",
            pt="Falar com jornalistas em segurança",
            ru="Как безопасно общаться с журналистами",
            ar="التحدث إلى الصحفيين بأمان",
        ),
        summary=t(
            (
                "How to prepare for interviews, agree the ground rules with reporters and protect "
                "the people your story is about."
            ),
            fr=(
                "Comment préparer une interview, convenir des règles avec les journalistes et "
                "protéger les personnes dont parle votre récit."
            ),
            es=(
                "Cómo preparar entrevistas, acordar las reglas básicas con los periodistas y "
                "proteger a las personas de las que habla su historia."
            ),
            pt=(
                "Como preparar entrevistas, acordar as regras com os jornalistas e proteger as "
                "pessoas de quem a sua história fala."
            ),
            ru=(
                "Как готовиться к интервью, договариваться с журналистами об условиях и защищать "
                "людей, о которых идёт речь."
            ),
            ar=(
                "كيف تستعد للمقابلات، وتتفق مع الصحفيين على القواعد الأساسية، وتحمي الأشخاص الذين "
                "تتناولهم قصتك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Agreeing the terms of an interview",
                    fr="Convenir des conditions d'une interview",
                    es="Acordar las condiciones de una entrevista",
                    pt="Acordar as condições de uma entrevista",
                    ru="Условия интервью",
                    ar="الاتفاق على شروط المقابلة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Before you speak, ask which outlet the journalist works for, what the "
                        "story is about and whether it will be published under your name. Agree "
                        "clearly whether you are speaking on the record, on background or off the "
                        "record, and remember that these terms are only as reliable as the "
                        "journalist. If in doubt, say only what you would be comfortable seeing in "
                        "print."
                    ),
                    fr=(
                        "Avant de parler, demandez pour quel média travaille le journaliste, quel "
                        "est le sujet et si l'article sera publié sous votre nom. Convenez "
                        "clairement si vous vous exprimez de manière officielle, à titre "
                        "d'information générale ou en off, et n'oubliez pas que ces engagements ne "
                        "valent que ce que vaut le journaliste. En cas de doute, ne dites que ce "
                        "que vous accepteriez de voir publié."
                    ),
                    es=(
                        "Antes de hablar, pregunte para qué medio trabaja el periodista, de qué "
                        "trata la historia y si se publicará con su nombre. Acuerde con claridad "
                        "si habla de forma oficial, como fuente de contexto o extraoficialmente, y "
                        "recuerde que estos acuerdos solo son tan fiables como el periodista. En "
                        "caso de duda, diga solo lo que no le importaría ver publicado."
                    ),
                    pt=(
                        "Antes de falar, pergunte para que órgão de comunicação social trabalha o "
                        "jornalista, qual é o tema da reportagem e se será publicada com o seu "
                        "nome. Acorde claramente se fala oficialmente, apenas para contexto ou em "
                        "off, e lembre-se de que estes acordos valem tanto quanto o jornalista. Em "
                        "caso de dúvida, diga apenas o que aceitaria ver publicado."
                    ),
                    ru=(
                        "Прежде чем говорить, спросите, на какое издание работает журналист, о чём "
                        "материал и будет ли он опубликован с вашим именем. Чётко договоритесь, "
                        "говорите ли вы под запись, без указания источника или не для публикации, "
                        "и помните, что эти договорённости надёжны ровно настолько, насколько "
                        "надёжен сам журналист. Если сомневаетесь, говорите только то, что вы "
                        "готовы увидеть в печати."
                    ),
                    ar=(
                        "قبل أن تتحدث، اسأل الصحفي عن الوسيلة الإعلامية التي يعمل لها، وعن موضوع "
                        "القصة، وعمّا إذا كانت ستُنشر باسمك. اتفق بوضوح على ما إذا كنت تتحدث بشكل "
                        "رسمي، أو للخلفية دون نسب الكلام إليك، أو بشكل غير قابل للنشر، وتذكّر أن "
                        "هذه الاتفاقات لا تكون موثوقة إلا بقدر موثوقية الصحفي. وإذا ساورك الشك، "
                        "فلا تقل إلا ما ترضى برؤيته منشورًا."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Check the journalist's previous work and reputation.",
                        fr="Vérifiez les travaux précédents et la réputation du journaliste.",
                        es="Revise los trabajos anteriores y la reputación del periodista.",
                        pt="Verifique os trabalhos anteriores e a reputação do jornalista.",
                        ru="Изучите прежние публикации и репутацию журналиста.",
                        ar="اطَّلع على أعمال الصحفي السابقة وسمعته.",
                    ),
                    t(
                        "Prepare three key messages and stick to them.",
                        fr="Préparez trois messages clés et tenez-vous-y.",
                        es="Prepare tres mensajes clave y cíñase a ellos.",
                        pt="Prepare três mensagens-chave e mantenha-se fiel a elas.",
                        ru="Подготовьте три ключевых тезиса и придерживайтесь их.",
                        ar="أعِدّ ثلاث رسائل رئيسية والتزم بها.",
                    ),
                    t(
                        "Ask survivors before mentioning their case.",
                        fr="Demandez l'accord des survivants avant d'évoquer leur cas.",
                        es="Consulte a los sobrevivientes antes de mencionar su caso.",
                        pt="Pergunte aos sobreviventes antes de mencionar o seu caso.",
                        ru="Спросите согласия пострадавших, прежде чем упоминать их историю.",
                        ar="استأذن الناجين قبل ذكر قضيتهم.",
                    ),
                    t(
                        "Use a secure channel to share documents.",
                        fr="Utilisez un canal sécurisé pour transmettre des documents.",
                        es="Use un canal seguro para compartir documentos.",
                        pt="Use um canal seguro para partilhar documentos.",
                        ru="Передавайте документы по защищённому каналу.",
                        ar="استخدم قناة آمنة لمشاركة الوثائق.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "Photos and videos can reveal locations and faces in the background; check "
                        "every image before you send it."
                    ),
                    fr=(
                        "Les photos et les vidéos peuvent révéler des lieux et des visages en "
                        "arrière-plan ; vérifiez chaque image avant de l'envoyer."
                    ),
                    es=(
                        "Las fotos y los vídeos pueden revelar lugares y rostros en el fondo; "
                        "revise cada imagen antes de enviarla."
                    ),
                    pt=(
                        "As fotografias e os vídeos podem revelar locais e rostos em segundo "
                        "plano; verifique cada imagem antes de a enviar."
                    ),
                    ru=(
                        "На фото и видео на заднем плане могут быть видны места и лица; проверяйте "
                        "каждое изображение перед отправкой."
                    ),
                    ar=(
                        "قد تكشف الصور ومقاطع الفيديو أماكن ووجوهًا في الخلفية، فتحقَّق من كل صورة "
                        "قبل إرسالها."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "After the story is published",
                    fr="Après la publication",
                    es="Después de la publicación",
                    pt="Depois da publicação",
                    ru="После публикации",
                    ar="بعد نشر القصة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Media attention can bring protection but also backlash, including online "
                        "harassment. Monitor reactions for a few days, warn the people mentioned "
                        "and ask the outlet to correct factual errors quickly."
                    ),
                    fr=(
                        "L'attention médiatique peut apporter une protection, mais aussi provoquer "
                        "des réactions hostiles, notamment du harcèlement en ligne. Surveillez les "
                        "réactions pendant quelques jours, prévenez les personnes citées et "
                        "demandez au média de corriger rapidement les erreurs factuelles."
                    ),
                    es=(
                        "La atención mediática puede aportar protección, pero también reacciones "
                        "hostiles, incluido el acoso en línea. Vigile las reacciones durante unos "
                        "días, avise a las personas mencionadas y pida al medio que corrija con "
                        "rapidez los errores factuales."
                    ),
                    pt=(
                        "A atenção mediática pode trazer proteção, mas também reações hostis, "
                        "incluindo assédio online. Acompanhe as reações durante alguns dias, avise "
                        "as pessoas mencionadas e peça ao órgão de comunicação social que corrija "
                        "rapidamente os erros factuais."
                    ),
                    ru=(
                        "Внимание СМИ может обеспечить защиту, но может вызвать и ответную "
                        "реакцию, включая травлю в интернете. Несколько дней следите за откликами, "
                        "предупредите упомянутых людей и попросите издание оперативно исправить "
                        "фактические ошибки."
                    ),
                    ar=(
                        "قد يوفر الاهتمام الإعلامي الحماية، لكنه قد يجلب أيضًا ردود فعل عدائية، "
                        "منها المضايقات عبر الإنترنت. تابِع ردود الفعل لبضعة أيام، ونبِّه الأشخاص "
                        "المذكورين، واطلب من الوسيلة الإعلامية تصحيح الأخطاء الواقعية بسرعة."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en",),
    ),
    DemoResource(
        key="meeting-diplomats",
        topic="advocacy",
        format="video",
        level="intermediate",
        reviewed="2024-06-18",
        interval=24,
        title=t(
            "Meeting diplomats and embassies",
            fr="Rencontrer des diplomates et des ambassades",
            es="Reunirse con diplomáticos y embajadas",
            pt="Reunir-se com diplomatas e embaixadas",
            ru="Встречи с дипломатами и посольствами",
            ar="لقاء الدبلوماسيين والسفارات",
        ),
        summary=t(
            (
                "Many governments have guidelines committing their embassies to support human "
                "rights defenders; this video explains how to use them."
            ),
            fr=(
                "De nombreux gouvernements ont adopté des lignes directrices engageant leurs "
                "ambassades à soutenir les défenseurs des droits humains ; cette vidéo explique "
                "comment s'en servir."
            ),
            es=(
                "Muchos gobiernos tienen directrices que comprometen a sus embajadas a apoyar a "
                "los defensores de derechos humanos; este vídeo explica cómo aprovecharlas."
            ),
            pt=(
                "Muitos governos têm diretrizes que comprometem as suas embaixadas a apoiar os "
                "defensores de direitos humanos; este vídeo explica como tirar partido delas."
            ),
            ru=(
                "Многие правительства приняли руководящие принципы, обязывающие их посольства "
                "поддерживать правозащитников; в этом видео рассказывается, как ими пользоваться."
            ),
            ar=(
                "لدى كثير من الحكومات مبادئ توجيهية تُلزم سفاراتها بدعم المدافعين عن حقوق الإنسان، "
                "ويشرح هذا الفيديو كيفية الاستفادة منها."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What embassies can do",
                    fr="Ce que les ambassades peuvent faire",
                    es="Lo que pueden hacer las embajadas",
                    pt="O que as embaixadas podem fazer",
                    ru="Чем могут помочь посольства",
                    ar="ما الذي تستطيع السفارات فعله",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Embassies can observe trials, visit defenders in detention, raise "
                        "individual cases with the authorities and issue public statements. The "
                        "European Union and several states have published guidelines on supporting "
                        "defenders, and many missions have a designated human rights focal point. "
                        "Ask for that person when you request a meeting."
                    ),
                    fr=(
                        "Les ambassades peuvent observer des procès, rendre visite à des "
                        "défenseurs détenus, soulever des cas individuels auprès des autorités et "
                        "publier des déclarations. L'Union européenne et plusieurs États ont "
                        "publié des lignes directrices sur le soutien aux défenseurs, et de "
                        "nombreuses missions disposent d'un point focal désigné pour les droits "
                        "humains. Demandez à rencontrer cette personne lorsque vous sollicitez un "
                        "rendez-vous."
                    ),
                    es=(
                        "Las embajadas pueden observar juicios, visitar a defensores detenidos, "
                        "plantear casos individuales ante las autoridades y emitir declaraciones "
                        "públicas. La Unión Europea y varios Estados han publicado directrices "
                        "sobre el apoyo a los defensores, y muchas misiones cuentan con un punto "
                        "focal designado para los derechos humanos. Pregunte por esa persona "
                        "cuando solicite una reunión."
                    ),
                    pt=(
                        "As embaixadas podem observar julgamentos, visitar defensores detidos, "
                        "levantar casos individuais junto das autoridades e emitir declarações "
                        "públicas. A União Europeia e vários Estados publicaram diretrizes sobre o "
                        "apoio aos defensores, e muitas missões têm um ponto focal designado para "
                        "os direitos humanos. Peça para falar com essa pessoa quando solicitar uma "
                        "reunião."
                    ),
                    ru=(
                        "Посольства могут наблюдать за судебными процессами, посещать задержанных "
                        "правозащитников, поднимать отдельные дела перед властями и выступать с "
                        "публичными заявлениями. Европейский союз и ряд государств опубликовали "
                        "руководящие принципы поддержки правозащитников, и во многих "
                        "представительствах есть назначенное контактное лицо по правам человека. "
                        "Запрашивая встречу, просите о разговоре именно с ним."
                    ),
                    ar=(
                        "يمكن للسفارات مراقبة المحاكمات، وزيارة المدافعين المحتجزين، وإثارة "
                        "القضايا الفردية لدى السلطات، وإصدار بيانات علنية. وقد نشر الاتحاد "
                        "الأوروبي وعدد من الدول مبادئ توجيهية بشأن دعم المدافعين، ولدى كثير من "
                        "البعثات جهة اتصال معيَّنة لشؤون حقوق الإنسان. اطلب لقاء هذا الشخص عندما "
                        "تتقدم بطلب اجتماع."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Preparing for the meeting",
                    fr="Préparer la rencontre",
                    es="Preparar la reunión",
                    pt="Preparar a reunião",
                    ru="Подготовка к встрече",
                    ar="التحضير للاجتماع",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Research the country's human rights priorities.",
                        fr=(
                            "Renseignez-vous sur les priorités du pays en matière de droits "
                            "humains."
                        ),
                        es=(
                            "Infórmese sobre las prioridades del país en materia de derechos "
                            "humanos."
                        ),
                        pt=(
                            "Informe-se sobre as prioridades do país em matéria de direitos "
                            "humanos."
                        ),
                        ru="Изучите приоритеты этой страны в области прав человека.",
                        ar="اطَّلع على أولويات ذلك البلد في مجال حقوق الإنسان.",
                    ),
                    t(
                        "Bring a short written brief to leave behind.",
                        fr="Apportez une courte note écrite à laisser sur place.",
                        es="Lleve un breve documento escrito para dejárselo a sus interlocutores.",
                        pt="Leve uma nota escrita breve para deixar aos seus interlocutores.",
                        ru="Возьмите с собой краткую записку, которую можно оставить собеседникам.",
                        ar="أحضِر مذكرة مكتوبة موجزة لتتركها لديهم.",
                    ),
                    t(
                        "Make one or two concrete requests.",
                        fr="Formulez une ou deux demandes concrètes.",
                        es="Formule una o dos peticiones concretas.",
                        pt="Faça um ou dois pedidos concretos.",
                        ru="Сформулируйте одну-две конкретные просьбы.",
                        ar="قدِّم طلبًا أو طلبين محددين.",
                    ),
                    t(
                        "Agree how the meeting may be mentioned publicly.",
                        fr=(
                            "Convenez de la manière dont la rencontre peut être évoquée "
                            "publiquement."
                        ),
                        es="Acuerde cómo puede mencionarse la reunión en público.",
                        pt="Acorde como a reunião pode ser mencionada publicamente.",
                        ru="Договоритесь, как о встрече можно упоминать публично.",
                        ar="اتفق على كيفية الإشارة إلى الاجتماع علنًا.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "Being seen entering a foreign embassy can be used against you in some "
                        "contexts; consider meeting at a neutral venue."
                    ),
                    fr=(
                        "Dans certains contextes, être vu entrant dans une ambassade étrangère "
                        "peut être retenu contre vous ; envisagez de vous rencontrer dans un lieu "
                        "neutre."
                    ),
                    es=(
                        "En algunos contextos, que le vean entrar en una embajada extranjera puede "
                        "usarse en su contra; considere reunirse en un lugar neutral."
                    ),
                    pt=(
                        "Em alguns contextos, ser visto a entrar numa embaixada estrangeira pode "
                        "ser usado contra si; considere reunir-se num local neutro."
                    ),
                    ru=(
                        "В некоторых условиях сам факт вашего визита в иностранное посольство "
                        "может быть использован против вас; подумайте о встрече на нейтральной "
                        "территории."
                    ),
                    ar=(
                        "في بعض السياقات، قد يُستخدم ضدك أن تُرى وأنت تدخل سفارة أجنبية؛ ففكِّر في "
                        "الالتقاء في مكان محايد."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Keeping diplomats engaged",
                    fr="Maintenir l'engagement des diplomates",
                    es="Mantener el compromiso de los diplomáticos",
                    pt="Manter os diplomatas envolvidos",
                    ru="Как поддерживать интерес дипломатов",
                    ar="الحفاظ على انخراط الدبلوماسيين",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Send a short thank-you message that repeats your requests, and update the "
                        "embassy when something changes. Diplomats rotate every few years, so "
                        "build relationships with several staff members and with the desk officer "
                        "in the capital. During a relocation such as a Shelter City stay, the host "
                        "country's foreign ministry can also be a useful contact."
                    ),
                    fr=(
                        "Envoyez un bref message de remerciement qui rappelle vos demandes et "
                        "informez l'ambassade de toute évolution. Les diplomates changent de poste "
                        "tous les quelques ans : nouez donc des relations avec plusieurs membres "
                        "du personnel et avec le chargé de dossier dans la capitale. Pendant une "
                        "relocalisation, comme un séjour Shelter City, le ministère des affaires "
                        "étrangères du pays d'accueil peut aussi être un contact utile."
                    ),
                    es=(
                        "Envíe un breve mensaje de agradecimiento que recuerde sus peticiones e "
                        "informe a la embajada cuando algo cambie. Los diplomáticos rotan cada "
                        "pocos años, así que establezca relaciones con varios miembros del "
                        "personal y con el responsable del país en la capital. Durante una "
                        "reubicación, como una estancia en Shelter City, el ministerio de asuntos "
                        "exteriores del país de acogida también puede ser un contacto útil."
                    ),
                    pt=(
                        "Envie uma breve mensagem de agradecimento que recorde os seus pedidos e "
                        "informe a embaixada quando algo mudar. Os diplomatas mudam de posto a "
                        "cada poucos anos, por isso crie relações com vários membros do pessoal e "
                        "com o responsável pelo país na capital. Durante uma recolocação, como uma "
                        "estadia Shelter City, o ministério dos negócios estrangeiros do país de "
                        "acolhimento também pode ser um contacto útil."
                    ),
                    ru=(
                        "Отправьте короткое благодарственное письмо, в котором повторите свои "
                        "просьбы, и сообщайте посольству о любых изменениях. Дипломаты меняются "
                        "каждые несколько лет, поэтому выстраивайте отношения с несколькими "
                        "сотрудниками, а также с куратором вашей страны в министерстве. Во время "
                        "временного переезда, например в рамках программы Shelter City, полезным "
                        "контактом может стать и министерство иностранных дел принимающей страны."
                    ),
                    ar=(
                        "أرسل رسالة شكر قصيرة تكرر فيها طلباتك، وأطلِع السفارة على أي مستجدات. "
                        "ويتناوب الدبلوماسيون على مناصبهم كل بضع سنوات، لذا ابنِ علاقات مع عدة "
                        "موظفين ومع المسؤول عن ملف بلدك في العاصمة. وخلال فترة الانتقال المؤقت، "
                        "مثل الإقامة ضمن برنامج Shelter City، قد تكون وزارة خارجية البلد المضيف "
                        "جهة اتصال مفيدة أيضًا."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "pt"),
        file_languages=("en", "pt"),
    ),
    DemoResource(
        key="social-media-campaigns",
        topic="advocacy",
        format="checklist",
        level="intermediate",
        reviewed="2025-12-01",
        interval=12,
        title=t(
            "Running social media campaigns without exposing people",
            fr="Campagnes sur les réseaux sociaux sans exposer personne",
            es="Campañas en redes sociales sin exponer a nadie",
            pt="Campanhas nas redes sociais sem expor ninguém",
            ru="Кампании в соцсетях без риска для людей",
            ar="حملات على وسائل التواصل الاجتماعي دون تعريض أحد للخطر",
        ),
        summary=t(
            (
                "Online campaigns can mobilise support quickly, but careless posts can reveal "
                "identities and locations; this checklist helps you avoid that."
            ),
            fr=(
                "Les campagnes en ligne peuvent mobiliser rapidement du soutien, mais des "
                "publications imprudentes peuvent révéler des identités et des lieux ; cette liste "
                "de contrôle vous aide à l'éviter."
            ),
            es=(
                "Las campañas en línea pueden movilizar apoyos con rapidez, pero las publicaciones "
                "descuidadas pueden revelar identidades y ubicaciones; esta lista de verificación "
                "le ayuda a evitarlo."
            ),
            pt=(
                "As campanhas online podem mobilizar apoio rapidamente, mas publicações "
                "descuidadas podem revelar identidades e localizações; esta lista de verificação "
                "ajuda a evitá-lo."
            ),
            ru=(
                "Онлайн-кампании позволяют быстро мобилизовать поддержку, но неосторожные "
                "публикации могут раскрыть личности и местонахождение людей; этот контрольный "
                "список поможет этого избежать."
            ),
            ar=(
                "يمكن للحملات الإلكترونية أن تحشد الدعم بسرعة، لكن المنشورات غير المدروسة قد تكشف "
                "الهويات والأماكن؛ وتساعدك قائمة التحقق هذه على تجنّب ذلك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Planning a safe campaign",
                    fr="Planifier une campagne sûre",
                    es="Planificar una campaña segura",
                    pt="Planear uma campanha segura",
                    ru="Планирование безопасной кампании",
                    ar="التخطيط لحملة آمنة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Decide in advance who will speak publicly and who must stay anonymous, "
                        "and respect that choice throughout the campaign. Assess how the "
                        "authorities and hostile groups in your context monitor and respond to "
                        "online activity. Prepare for harassment by agreeing who moderates "
                        "comments and how abusive messages are recorded."
                    ),
                    fr=(
                        "Décidez à l'avance qui s'exprimera publiquement et qui doit rester "
                        "anonyme, et respectez ce choix tout au long de la campagne. Évaluez "
                        "comment les autorités et les groupes hostiles de votre contexte "
                        "surveillent l'activité en ligne et y réagissent. Préparez-vous au "
                        "harcèlement en convenant de qui modère les commentaires et de la façon "
                        "dont les messages injurieux sont consignés."
                    ),
                    es=(
                        "Decida de antemano quién hablará públicamente y quién debe permanecer en "
                        "el anonimato, y respete esa decisión durante toda la campaña. Evalúe cómo "
                        "vigilan y responden a la actividad en línea las autoridades y los grupos "
                        "hostiles en su contexto. Prepárese para el acoso acordando quién modera "
                        "los comentarios y cómo se registran los mensajes abusivos."
                    ),
                    pt=(
                        "Decida antecipadamente quem falará publicamente e quem deve permanecer "
                        "anónimo, e respeite essa escolha durante toda a campanha. Avalie como as "
                        "autoridades e os grupos hostis no seu contexto monitorizam e reagem à "
                        "atividade online. Prepare-se para o assédio combinando quem modera os "
                        "comentários e como são registadas as mensagens abusivas."
                    ),
                    ru=(
                        "Заранее решите, кто будет выступать публично, а кто должен оставаться "
                        "анонимным, и соблюдайте это решение на протяжении всей кампании. Оцените, "
                        "как власти и враждебные группы в вашей среде отслеживают активность в "
                        "интернете и реагируют на неё. Подготовьтесь к травле: договоритесь, кто "
                        "модерирует комментарии и как фиксируются оскорбительные сообщения."
                    ),
                    ar=(
                        "قرِّر مسبقًا من سيتحدث علنًا ومن يجب أن يبقى مجهول الهوية، واحترم هذا "
                        "الاختيار طوال الحملة. قيِّم كيف ترصد السلطات والجماعات المعادية في سياقك "
                        "النشاط على الإنترنت وكيف تتعامل معه. واستعد للمضايقات بالاتفاق على من "
                        "يتولى الإشراف على التعليقات وكيف تُوثَّق الرسائل المسيئة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Before you post",
                    fr="Avant de publier",
                    es="Antes de publicar",
                    pt="Antes de publicar",
                    ru="Перед публикацией",
                    ar="قبل النشر",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Remove location data and metadata from photos and videos.",
                        fr=(
                            "Supprimez les données de localisation et les métadonnées des photos "
                            "et vidéos."
                        ),
                        es="Elimine los datos de ubicación y los metadatos de fotos y vídeos.",
                        pt="Remova os dados de localização e os metadados de fotografias e vídeos.",
                        ru="Удаляйте геоданные и метаданные из фото и видео.",
                        ar="احذف بيانات الموقع والبيانات الوصفية من الصور ومقاطع الفيديو.",
                    ),
                    t(
                        "Blur faces, tattoos, uniforms and number plates.",
                        fr=(
                            "Floutez les visages, les tatouages, les uniformes et les plaques "
                            "d'immatriculation."
                        ),
                        es="Difumine rostros, tatuajes, uniformes y matrículas.",
                        pt="Desfoque rostos, tatuagens, fardas e matrículas.",
                        ru="Размывайте лица, татуировки, униформу и номерные знаки.",
                        ar="موِّه الوجوه والوشوم والأزياء الموحدة ولوحات أرقام السيارات.",
                    ),
                    t(
                        "Get consent from anyone named or shown.",
                        fr="Obtenez le consentement de toute personne nommée ou montrée.",
                        es="Obtenga el consentimiento de toda persona nombrada o que aparezca.",
                        pt="Obtenha o consentimento de qualquer pessoa nomeada ou mostrada.",
                        ru="Получите согласие каждого, кто назван или изображён.",
                        ar="احصل على موافقة كل شخص يُذكر اسمه أو تظهر صورته.",
                    ),
                    t(
                        "Delay posts about protests until participants have left the area.",
                        fr=(
                            "Attendez que les participants aient quitté les lieux pour publier sur "
                            "une manifestation."
                        ),
                        es=(
                            "Espere a que los participantes hayan dejado el lugar antes de "
                            "publicar sobre una protesta."
                        ),
                        pt=(
                            "Espere que os participantes tenham saído do local antes de publicar "
                            "sobre uma manifestação."
                        ),
                        ru=(
                            "Публикуйте материалы об акции протеста только после того, как "
                            "участники покинули место."
                        ),
                        ar="أرجئ النشر عن الاحتجاجات حتى يغادر المشاركون المكان.",
                    ),
                    t(
                        "Turn on two-factor authentication on campaign accounts.",
                        fr=(
                            "Activez l'authentification à deux facteurs sur les comptes de la "
                            "campagne."
                        ),
                        es="Active la verificación en dos pasos en las cuentas de la campaña.",
                        pt="Ative a autenticação de dois fatores nas contas da campanha.",
                        ru="Включите двухфакторную аутентификацию в аккаунтах кампании.",
                        ar="فعِّل المصادقة الثنائية على حسابات الحملة.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Keep screenshots of threats with dates and links; platforms and lawyers "
                        "will need them if you report abuse."
                    ),
                    fr=(
                        "Conservez des captures d'écran des menaces avec les dates et les liens ; "
                        "les plateformes et les avocats en auront besoin si vous signalez des "
                        "abus."
                    ),
                    es=(
                        "Guarde capturas de pantalla de las amenazas con fechas y enlaces; las "
                        "plataformas y los abogados las necesitarán si denuncia abusos."
                    ),
                    pt=(
                        "Guarde capturas de ecrã das ameaças com datas e ligações; as plataformas "
                        "e os advogados vão precisar delas se denunciar abusos."
                    ),
                    ru=(
                        "Сохраняйте скриншоты угроз с датами и ссылками: они понадобятся "
                        "платформам и юристам, если вы будете сообщать о нарушениях."
                    ),
                    ar=(
                        "احتفظ بلقطات شاشة للتهديدات مع تواريخها وروابطها، فستحتاج إليها المنصات "
                        "والمحامون إذا أبلغت عن الإساءة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "If a post puts someone at risk",
                    fr="Si une publication met quelqu'un en danger",
                    es="Si una publicación pone a alguien en riesgo",
                    pt="Se uma publicação puser alguém em risco",
                    ru="Если публикация подвергает кого-то риску",
                    ar="إذا عرَّض منشورٌ شخصًا ما للخطر",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Delete it at once, but assume that copies and screenshots already exist. "
                        "Warn the person concerned, help them assess the danger and contact the "
                        "platform to request removal of reposts."
                    ),
                    fr=(
                        "Supprimez-la immédiatement, mais partez du principe que des copies et des "
                        "captures d'écran existent déjà. Prévenez la personne concernée, aidez-la "
                        "à évaluer le danger et contactez la plateforme pour demander le retrait "
                        "des republications."
                    ),
                    es=(
                        "Bórrela de inmediato, pero dé por hecho que ya existen copias y capturas "
                        "de pantalla. Avise a la persona afectada, ayúdela a evaluar el peligro y "
                        "contacte con la plataforma para solicitar la retirada de las "
                        "publicaciones compartidas."
                    ),
                    pt=(
                        "Apague-a imediatamente, mas parta do princípio de que já existem cópias e "
                        "capturas de ecrã. Avise a pessoa em causa, ajude-a a avaliar o perigo e "
                        "contacte a plataforma para pedir a remoção das partilhas."
                    ),
                    ru=(
                        "Немедленно удалите её, но исходите из того, что копии и скриншоты уже "
                        "существуют. Предупредите человека, которого это касается, помогите ему "
                        "оценить опасность и обратитесь к платформе с просьбой удалить репосты."
                    ),
                    ar=(
                        "احذفه فورًا، لكن افترض أن نسخًا منه ولقطات شاشة له موجودة بالفعل. نبِّه "
                        "الشخص المعني، وساعده على تقييم الخطر، وتواصل مع المنصة لطلب إزالة "
                        "المنشورات التي أعادت نشره."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "ar"),
    ),
    DemoResource(
        key="building-alliances",
        topic="advocacy",
        format="toolkit",
        level="advanced",
        reviewed="2026-01-20",
        interval=12,
        title=t(
            "Building alliances and networks",
            fr="Construire des alliances et des réseaux",
            es="Construir alianzas y redes",
            pt="Construir alianças e redes",
            ru="Создание союзов и сетей",
            ar="بناء التحالفات والشبكات",
        ),
        summary=t(
            (
                "Coalitions multiply your reach and protection; this toolkit covers choosing "
                "partners, sharing decisions and managing disagreements."
            ),
            fr=(
                "Les coalitions démultiplient votre portée et votre protection ; cette boîte à "
                "outils aborde le choix des partenaires, le partage des décisions et la gestion "
                "des désaccords."
            ),
            es=(
                "Las coaliciones multiplican su alcance y su protección; esta caja de herramientas "
                "aborda la elección de aliados, la toma compartida de decisiones y la gestión de "
                "desacuerdos."
            ),
            pt=(
                "As coligações multiplicam o seu alcance e a sua proteção; este conjunto de "
                "ferramentas aborda a escolha de parceiros, a partilha de decisões e a gestão de "
                "divergências."
            ),
            ru=(
                "Коалиции расширяют ваш охват и повышают защищённость; в этом наборе инструментов "
                "— выбор партнёров, совместное принятие решений и урегулирование разногласий."
            ),
            ar=(
                "تضاعف التحالفات من نطاق تأثيرك ومن حمايتك؛ وتتناول مجموعة الأدوات هذه اختيار "
                "الشركاء وتقاسم القرارات وإدارة الخلافات."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Choosing partners",
                    fr="Choisir ses partenaires",
                    es="Elegir a los aliados",
                    pt="Escolher parceiros",
                    ru="Выбор партнёров",
                    ar="اختيار الشركاء",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Look beyond organisations like your own: trade unions, faith groups, "
                        "lawyers, academics and journalists can each bring different skills and "
                        "access. Check that potential partners share your core values and that "
                        "working with them will not put your members at additional risk. Defenders "
                        "who met during a relocation programme often become lasting allies across "
                        "borders."
                    ),
                    fr=(
                        "Regardez au-delà des organisations semblables à la vôtre : syndicats, "
                        "groupes confessionnels, avocats, universitaires et journalistes peuvent "
                        "chacun apporter des compétences et des accès différents. Vérifiez que les "
                        "partenaires potentiels partagent vos valeurs fondamentales et que "
                        "travailler avec eux n'exposera pas vos membres à des risques "
                        "supplémentaires. Les défenseurs qui se sont rencontrés lors d'un "
                        "programme de relocalisation deviennent souvent des alliés durables "
                        "par-delà les frontières."
                    ),
                    es=(
                        "Mire más allá de las organizaciones parecidas a la suya: sindicatos, "
                        "grupos religiosos, abogados, académicos y periodistas pueden aportar cada "
                        "uno capacidades y accesos distintos. Compruebe que los posibles aliados "
                        "comparten sus valores fundamentales y que trabajar con ellos no pondrá a "
                        "sus miembros en un riesgo adicional. Los defensores que se conocieron en "
                        "un programa de reubicación a menudo se convierten en aliados duraderos "
                        "más allá de las fronteras."
                    ),
                    pt=(
                        "Olhe para além de organizações semelhantes à sua: sindicatos, grupos "
                        "religiosos, advogados, académicos e jornalistas podem trazer, cada um, "
                        "competências e acessos diferentes. Verifique se os potenciais parceiros "
                        "partilham os seus valores fundamentais e se trabalhar com eles não exporá "
                        "os seus membros a riscos adicionais. Os defensores que se conheceram num "
                        "programa de recolocação tornam-se muitas vezes aliados duradouros "
                        "além-fronteiras."
                    ),
                    ru=(
                        "Смотрите шире, чем на организации, похожие на вашу: профсоюзы, "
                        "религиозные группы, юристы, учёные и журналисты могут привнести разные "
                        "навыки и возможности. Убедитесь, что потенциальные партнёры разделяют "
                        "ваши основные ценности и что сотрудничество с ними не создаст "
                        "дополнительных рисков для ваших членов. Правозащитники, познакомившиеся "
                        "во время программы временного переезда, часто становятся долговременными "
                        "союзниками, несмотря на границы."
                    ),
                    ar=(
                        "انظر إلى ما هو أبعد من المنظمات المشابهة لمنظمتك: فالنقابات العمالية "
                        "والجماعات الدينية والمحامون والأكاديميون والصحفيون يمكن أن يقدّم كلٌّ "
                        "منهم مهارات وإمكانات وصول مختلفة. تحقَّق من أن الشركاء المحتملين يشاركونك "
                        "قيمك الأساسية، وأن العمل معهم لن يعرّض أعضاءك لمخاطر إضافية. وكثيرًا ما "
                        "يصبح المدافعون الذين التقوا خلال برنامج للانتقال المؤقت حلفاء دائمين عبر "
                        "الحدود."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Agreeing how the coalition works",
                    fr="Convenir du fonctionnement de la coalition",
                    es="Acordar cómo funciona la coalición",
                    pt="Acordar o funcionamento da coligação",
                    ru="Как договориться о работе коалиции",
                    ar="الاتفاق على طريقة عمل التحالف",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Write down the shared goal and what is outside it.",
                        fr="Mettez par écrit l'objectif commun et ce qui n'en relève pas.",
                        es="Ponga por escrito el objetivo común y lo que queda fuera de él.",
                        pt="Ponha por escrito o objetivo comum e o que fica fora dele.",
                        ru="Запишите общую цель и то, что в неё не входит.",
                        ar="دوِّن الهدف المشترك وما يقع خارج نطاقه.",
                    ),
                    t(
                        "Decide who can speak for the coalition and how.",
                        fr=(
                            "Décidez qui peut s'exprimer au nom de la coalition et de quelle "
                            "manière."
                        ),
                        es="Decidan quién puede hablar en nombre de la coalición y de qué manera.",
                        pt="Decidam quem pode falar em nome da coligação e de que forma.",
                        ru="Решите, кто и как может выступать от имени коалиции.",
                        ar="حدِّدوا من يحق له التحدث باسم التحالف وكيف.",
                    ),
                    t(
                        "Agree how decisions are made and disputes resolved.",
                        fr=(
                            "Convenez de la façon de prendre les décisions et de régler les "
                            "différends."
                        ),
                        es="Acuerden cómo se toman las decisiones y se resuelven los conflictos.",
                        pt="Acordem como se tomam as decisões e se resolvem os conflitos.",
                        ru="Договоритесь, как принимаются решения и разрешаются споры.",
                        ar="اتفقوا على كيفية اتخاذ القرارات وتسوية النزاعات.",
                    ),
                    t(
                        "Set rules for sharing sensitive information.",
                        fr="Fixez des règles pour le partage des informations sensibles.",
                        es="Establezcan normas para compartir información sensible.",
                        pt="Estabeleçam regras para a partilha de informação sensível.",
                        ru="Установите правила обмена конфиденциальной информацией.",
                        ar="ضعوا قواعد لتبادل المعلومات الحساسة.",
                    ),
                    t(
                        "Share credit publicly among all members.",
                        fr="Partagez publiquement le mérite entre tous les membres.",
                        es="Reconozcan públicamente el mérito de todos los miembros.",
                        pt="Partilhem publicamente o mérito entre todos os membros.",
                        ru="Публично признавайте вклад всех участников.",
                        ar="انسبوا الفضل علنًا إلى جميع الأعضاء.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "A single partner with weak security practices can expose the whole "
                        "network; agree minimum digital security standards together."
                    ),
                    fr=(
                        "Un seul partenaire aux pratiques de sécurité fragiles peut exposer tout "
                        "le réseau ; convenez ensemble de normes minimales de sécurité numérique."
                    ),
                    es=(
                        "Un solo aliado con prácticas de seguridad débiles puede exponer a toda la "
                        "red; acuerden juntos unos estándares mínimos de seguridad digital."
                    ),
                    pt=(
                        "Um único parceiro com práticas de segurança frágeis pode expor toda a "
                        "rede; acordem em conjunto normas mínimas de segurança digital."
                    ),
                    ru=(
                        "Один партнёр со слабыми мерами безопасности может поставить под угрозу "
                        "всю сеть; совместно согласуйте минимальные стандарты цифровой "
                        "безопасности."
                    ),
                    ar=(
                        "يمكن لشريك واحد ذي ممارسات أمنية ضعيفة أن يعرّض الشبكة بأكملها للخطر؛ لذا "
                        "اتفقوا معًا على معايير دنيا للأمان الرقمي."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Keeping a network alive",
                    fr="Faire vivre un réseau",
                    es="Mantener viva una red",
                    pt="Manter uma rede viva",
                    ru="Как поддерживать жизнь сети",
                    ar="الحفاظ على حيوية الشبكة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Networks weaken when they meet only in a crisis. Hold regular, short "
                        "exchanges, rotate coordination tasks so that no single person burns out, "
                        "and celebrate small victories together."
                    ),
                    fr=(
                        "Les réseaux s'affaiblissent lorsqu'ils ne se réunissent qu'en cas de "
                        "crise. Organisez des échanges courts et réguliers, faites tourner les "
                        "tâches de coordination pour que personne ne s'épuise, et célébrez "
                        "ensemble les petites victoires."
                    ),
                    es=(
                        "Las redes se debilitan cuando solo se reúnen en momentos de crisis. "
                        "Organicen intercambios breves y periódicos, roten las tareas de "
                        "coordinación para que nadie se agote y celebren juntos las pequeñas "
                        "victorias."
                    ),
                    pt=(
                        "As redes enfraquecem quando só se reúnem em situações de crise. Organizem "
                        "trocas curtas e regulares, façam rodar as tarefas de coordenação para que "
                        "ninguém fique esgotado e celebrem juntos as pequenas vitórias."
                    ),
                    ru=(
                        "Сети слабеют, если собираются только во время кризисов. Проводите "
                        "регулярные короткие встречи, чередуйте обязанности по координации, чтобы "
                        "никто не выгорал, и вместе отмечайте небольшие победы."
                    ),
                    ar=(
                        "تضعف الشبكات عندما لا تجتمع إلا في أوقات الأزمات. نظِّموا لقاءات قصيرة "
                        "ومنتظمة، وتناوبوا على مهام التنسيق حتى لا يُستنزف أي شخص، واحتفلوا معًا "
                        "بالانتصارات الصغيرة."
                    ),
                ),
            ),
            (
                "tip",
                t(
                    (
                        "A shared contact tree, tested twice a year, lets the network mobilise "
                        "within hours when a member is arrested."
                    ),
                    fr=(
                        "Une chaîne d'alerte partagée, testée deux fois par an, permet au réseau "
                        "de se mobiliser en quelques heures lorsqu'un membre est arrêté."
                    ),
                    es=(
                        "Un árbol de contactos compartido, probado dos veces al año, permite que "
                        "la red se movilice en pocas horas cuando detienen a uno de sus miembros."
                    ),
                    pt=(
                        "Uma árvore de contactos partilhada, testada duas vezes por ano, permite à "
                        "rede mobilizar-se em poucas horas quando um membro é detido."
                    ),
                    ru=(
                        "Общая схема оповещения, проверяемая дважды в год, позволяет сети "
                        "мобилизоваться за несколько часов, если кого-то из участников задержали."
                    ),
                    ar=(
                        "تتيح شجرة اتصال مشتركة تُختبر مرتين في السنة للشبكة أن تتحرك في غضون "
                        "ساعات عند اعتقال أحد أعضائها."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr"),
    ),
]
