"""Demo resources: self-care and physical security."""

from resources.demo.text import DemoResource, t

RESOURCES = [
    DemoResource(
        key="sleep-under-pressure",
        topic="self-care",
        format="guide",
        level="beginner",
        reviewed="2026-06-01",
        interval=12,
        title=t(
            "Sleeping well under pressure",
            fr="Bien dormir sous pression",
            es="Dormir bien bajo presión",
            pt="Dormir bem sob pressão",
            ru="Как хорошо спать в условиях давления",
            ar="النوم الجيد تحت الضغط",
        ),
        summary=t(
            (
                "Threats, long hours and constant alerts disturb sleep. This guide offers simple "
                "habits to protect your rest during intense periods."
            ),
            fr=(
                "Les menaces, les longues journées et les alertes constantes perturbent le "
                "sommeil. Ce guide propose des habitudes simples pour protéger votre repos pendant "
                "les périodes intenses."
            ),
            es=(
                "Las amenazas, las jornadas largas y las alertas constantes alteran el sueño. Esta "
                "guía ofrece hábitos sencillos para proteger su descanso en los periodos intensos."
            ),
            pt=(
                "Ameaças, longas horas de trabalho e alertas constantes perturbam o sono. Este "
                "guia propõe hábitos simples para proteger o seu descanso em períodos intensos."
            ),
            ru=(
                "Угрозы, долгий рабочий день и постоянные уведомления нарушают сон. В этом "
                "руководстве собраны простые привычки, которые помогут сохранить отдых в "
                "напряжённые периоды."
            ),
            ar=(
                "تؤدي التهديدات وساعات العمل الطويلة والتنبيهات المستمرة إلى اضطراب النوم. يقدم "
                "هذا الدليل عادات بسيطة لحماية راحتك خلال الفترات العصيبة."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Why stress keeps you awake",
                    fr="Pourquoi le stress vous empêche de dormir",
                    es="Por qué el estrés le quita el sueño",
                    pt="Porque é que o stress tira o sono",
                    ru="Почему стресс мешает уснуть",
                    ar="لماذا يُبقيك التوتر مستيقظًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "When you feel in danger, your body stays alert even after the working day "
                        "is over. Racing thoughts, a fast heartbeat and waking in the night are "
                        "common reactions, not a personal failing. Small, regular routines help "
                        "the body learn that it is safe to rest."
                    ),
                    fr=(
                        "Lorsque vous vous sentez en danger, votre corps reste en alerte même une "
                        "fois la journée de travail terminée. Les pensées qui s'emballent, le cœur "
                        "qui bat vite et les réveils nocturnes sont des réactions courantes, pas "
                        "un échec personnel. De petites routines régulières aident le corps à "
                        "comprendre qu'il peut se reposer en sécurité."
                    ),
                    es=(
                        "Cuando se siente en peligro, su cuerpo permanece alerta incluso después "
                        "de terminar la jornada. Los pensamientos acelerados, el corazón agitado y "
                        "los despertares nocturnos son reacciones habituales, no un fracaso "
                        "personal. Las rutinas pequeñas y regulares ayudan al cuerpo a entender "
                        "que puede descansar con seguridad."
                    ),
                    pt=(
                        "Quando se sente em perigo, o seu corpo continua em alerta mesmo depois de "
                        "terminar o dia de trabalho. Pensamentos acelerados, coração a bater "
                        "depressa e despertares durante a noite são reações comuns, não uma falha "
                        "pessoal. Pequenas rotinas regulares ajudam o corpo a perceber que pode "
                        "descansar em segurança."
                    ),
                    ru=(
                        "Когда вы чувствуете опасность, тело остаётся настороже даже после "
                        "окончания рабочего дня. Навязчивые мысли, учащённое сердцебиение и ночные "
                        "пробуждения — обычные реакции, а не ваша личная слабость. Небольшие "
                        "регулярные ритуалы помогают телу понять, что отдыхать безопасно."
                    ),
                    ar=(
                        "عندما تشعر بالخطر، يبقى جسدك في حالة تأهب حتى بعد انتهاء يوم العمل. إن "
                        "تسارع الأفكار وخفقان القلب والاستيقاظ ليلًا ردود فعل شائعة وليست تقصيرًا "
                        "شخصيًا. تساعد العادات الصغيرة المنتظمة الجسد على إدراك أن الراحة آمنة."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Go to bed and get up at the same time each day.",
                        fr="Couchez-vous et levez-vous à la même heure chaque jour.",
                        es="Acuéstese y levántese a la misma hora cada día.",
                        pt="Deite-se e levante-se à mesma hora todos os dias.",
                        ru="Ложитесь и вставайте в одно и то же время каждый день.",
                        ar="اذهب إلى الفراش واستيقظ في الوقت نفسه كل يوم.",
                    ),
                    t(
                        "Put your phone out of reach an hour before sleep.",
                        fr="Éloignez votre téléphone une heure avant de dormir.",
                        es="Deje el teléfono fuera de su alcance una hora antes de dormir.",
                        pt="Deixe o telemóvel fora do seu alcance uma hora antes de dormir.",
                        ru="Уберите телефон подальше за час до сна.",
                        ar="ضع هاتفك بعيدًا عن متناولك قبل النوم بساعة.",
                    ),
                    t(
                        "Avoid caffeine and alcohol late in the day.",
                        fr="Évitez la caféine et l'alcool en fin de journée.",
                        es="Evite la cafeína y el alcohol al final del día.",
                        pt="Evite cafeína e álcool ao fim do dia.",
                        ru="Избегайте кофеина и алкоголя во второй половине дня.",
                        ar="تجنب الكافيين والكحول في آخر النهار.",
                    ),
                    t(
                        "Write down tomorrow's worries before you lie down.",
                        fr="Notez les soucis du lendemain avant de vous coucher.",
                        es="Anote las preocupaciones del día siguiente antes de acostarse.",
                        pt="Escreva as preocupações do dia seguinte antes de se deitar.",
                        ru="Запишите завтрашние заботы, прежде чем лечь.",
                        ar="دوّن هموم الغد قبل أن تستلقي.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "If you cannot sleep after twenty minutes, get up and do something calm in "
                        "dim light until you feel sleepy."
                    ),
                    fr=(
                        "Si vous ne trouvez pas le sommeil au bout de vingt minutes, levez-vous et "
                        "faites une activité calme sous une lumière tamisée jusqu'à ce que le "
                        "sommeil vienne."
                    ),
                    es=(
                        "Si no consigue dormir tras veinte minutos, levántese y haga algo "
                        "tranquilo con luz tenue hasta que le entre sueño."
                    ),
                    pt=(
                        "Se não conseguir adormecer ao fim de vinte minutos, levante-se e faça "
                        "algo calmo com pouca luz até sentir sono."
                    ),
                    ru=(
                        "Если не удаётся уснуть за двадцать минут, встаньте и займитесь чем-нибудь "
                        "спокойным при приглушённом свете, пока не захочется спать."
                    ),
                    ar=(
                        "إذا لم تتمكن من النوم بعد عشرين دقيقة، فانهض ومارس نشاطًا هادئًا في ضوء "
                        "خافت حتى تشعر بالنعاس."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "When poor sleep lasts for weeks",
                    fr="Quand le manque de sommeil dure des semaines",
                    es="Cuando el mal sueño dura semanas",
                    pt="Quando o mau sono dura semanas",
                    ru="Когда плохой сон длится неделями",
                    ar="عندما يستمر سوء النوم لأسابيع",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Occasional bad nights are normal during a crisis, but weeks of poor sleep "
                        "affect your judgement, mood and health. If the problem persists, talk to "
                        "a doctor or a psychologist; the team hosting you in Shelter City can help "
                        "you find one. Asking for support is part of staying safe."
                    ),
                    fr=(
                        "Quelques mauvaises nuits sont normales en période de crise, mais des "
                        "semaines de sommeil perturbé affectent votre jugement, votre humeur et "
                        "votre santé. Si le problème persiste, parlez-en à un médecin ou à un "
                        "psychologue ; l'équipe qui vous accueille dans le cadre de Shelter City "
                        "peut vous aider à en trouver un. Demander du soutien fait partie de votre "
                        "sécurité."
                    ),
                    es=(
                        "Algunas malas noches son normales durante una crisis, pero semanas de mal "
                        "descanso afectan al juicio, al ánimo y a la salud. Si el problema "
                        "persiste, hable con un médico o un psicólogo; el equipo que le acoge en "
                        "Shelter City puede ayudarle a encontrar uno. Pedir apoyo también forma "
                        "parte de mantenerse a salvo."
                    ),
                    pt=(
                        "Algumas noites más são normais durante uma crise, mas semanas de mau sono "
                        "afetam o discernimento, o humor e a saúde. Se o problema persistir, fale "
                        "com um médico ou um psicólogo; a equipa que o acolhe no Shelter City pode "
                        "ajudá-lo a encontrar um. Pedir apoio também faz parte de se manter em "
                        "segurança."
                    ),
                    ru=(
                        "Несколько бессонных ночей во время кризиса — это нормально, но недели "
                        "плохого сна сказываются на способности принимать решения, настроении и "
                        "здоровье. Если проблема не проходит, обратитесь к врачу или психологу; "
                        "команда, принимающая вас в рамках Shelter City, поможет его найти. "
                        "Просить о поддержке — тоже часть вашей безопасности."
                    ),
                    ar=(
                        "من الطبيعي أن تمر ببعض الليالي السيئة خلال الأزمات، لكن أسابيع من قلة "
                        "النوم تؤثر في قدرتك على التقدير وفي مزاجك وصحتك. إذا استمرت المشكلة، "
                        "فتحدث إلى طبيب أو أخصائي نفسي، ويمكن للفريق الذي يستضيفك في إطار برنامج "
                        "Shelter City مساعدتك في العثور على أحدهما. إن طلب الدعم جزء من الحفاظ على "
                        "سلامتك."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    "I used to think rest was a luxury; now I see it as part of my work.",
                    fr=(
                        "Je pensais que le repos était un luxe ; aujourd'hui, je le vois comme une "
                        "partie de mon travail."
                    ),
                    es=(
                        "Antes pensaba que descansar era un lujo; ahora lo veo como parte de mi "
                        "trabajo."
                    ),
                    pt="Pensava que descansar era um luxo; hoje vejo-o como parte do meu trabalho.",
                    ru="Раньше я считала отдых роскошью, а теперь вижу в нём часть своей работы.",
                    ar="كنت أظن أن الراحة ترف، أما الآن فأراها جزءًا من عملي.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "es"),
    ),
    DemoResource(
        key="recognising-burnout",
        topic="self-care",
        format="checklist",
        level="intermediate",
        reviewed="2025-09-15",
        interval=6,
        title=t(
            "Recognising the signs of burnout",
            fr="Reconnaître les signes de l'épuisement professionnel",
            es="Reconocer las señales del agotamiento",
            pt="Reconhecer os sinais de esgotamento",
            ru="Как распознать признаки выгорания",
            ar="التعرف على علامات الاحتراق النفسي",
        ),
        summary=t(
            (
                "Burnout builds slowly and is easy to miss in yourself. Use this checklist to "
                "notice early warning signs and decide what to change."
            ),
            fr=(
                "L'épuisement s'installe lentement et passe facilement inaperçu chez soi. Utilisez "
                "cette liste pour repérer les premiers signaux d'alerte et décider de ce qu'il "
                "faut changer."
            ),
            es=(
                "El agotamiento se instala poco a poco y es fácil no verlo en uno mismo. Use esta "
                "lista para detectar las primeras señales de alerta y decidir qué cambiar."
            ),
            pt=(
                "O esgotamento instala-se devagar e é fácil não o reconhecer em si próprio. Use "
                "esta lista para identificar os primeiros sinais de alerta e decidir o que mudar."
            ),
            ru=(
                "Выгорание нарастает постепенно, и его легко не заметить у себя. С помощью этого "
                "списка вы сможете увидеть первые тревожные признаки и решить, что изменить."
            ),
            ar=(
                "يتسلل الاحتراق النفسي ببطء ويسهل ألا تلاحظه في نفسك. استخدم هذه القائمة لرصد "
                "علامات الإنذار المبكرة وتحديد ما يجب تغييره."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What burnout looks like",
                    fr="À quoi ressemble l'épuisement",
                    es="Cómo se manifiesta el agotamiento",
                    pt="Como se manifesta o esgotamento",
                    ru="Как проявляется выгорание",
                    ar="كيف يبدو الاحتراق النفسي",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Burnout is a state of physical and emotional exhaustion caused by "
                        "long-term stress. In human rights work it often appears as cynicism, a "
                        "sense that nothing you do matters, and distance from the people you care "
                        "about. It is a common consequence of the work, not a sign of weakness."
                    ),
                    fr=(
                        "L'épuisement professionnel est un état de fatigue physique et "
                        "émotionnelle causé par un stress prolongé. Dans le travail en faveur des "
                        "droits humains, il se manifeste souvent par du cynisme, le sentiment que "
                        "rien de ce que l'on fait ne compte et une distance avec ses proches. "
                        "C'est une conséquence fréquente de ce travail, pas un signe de faiblesse."
                    ),
                    es=(
                        "El agotamiento es un estado de cansancio físico y emocional causado por "
                        "un estrés prolongado. En el trabajo por los derechos humanos suele "
                        "aparecer como cinismo, la sensación de que nada de lo que hace importa y "
                        "distancia con las personas queridas. Es una consecuencia frecuente de "
                        "este trabajo, no una señal de debilidad."
                    ),
                    pt=(
                        "O esgotamento é um estado de cansaço físico e emocional causado por "
                        "stress prolongado. No trabalho de direitos humanos surge muitas vezes "
                        "como cinismo, a sensação de que nada do que faz importa e afastamento das "
                        "pessoas de quem gosta. É uma consequência frequente deste trabalho, não "
                        "um sinal de fraqueza."
                    ),
                    ru=(
                        "Выгорание — это состояние физического и эмоционального истощения, "
                        "вызванное длительным стрессом. В правозащитной работе оно часто "
                        "проявляется как цинизм, ощущение, что ничто из сделанного не имеет "
                        "значения, и отдаление от близких. Это частое следствие такой работы, а не "
                        "признак слабости."
                    ),
                    ar=(
                        "الاحتراق النفسي حالة من الإنهاك الجسدي والعاطفي يسببها التوتر الطويل "
                        "الأمد. وفي العمل الحقوقي يظهر غالبًا في صورة تشاؤم وشعور بأن لا شيء مما "
                        "تفعله له قيمة وابتعاد عن الأشخاص الذين تحبهم. وهو نتيجة شائعة لهذا العمل "
                        "وليس علامة ضعف."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Notice whether tiredness lasts after a day off.",
                        fr="Observez si la fatigue persiste après un jour de repos.",
                        es="Observe si el cansancio persiste después de un día libre.",
                        pt="Repare se o cansaço persiste depois de um dia de folga.",
                        ru="Обратите внимание, сохраняется ли усталость после выходного.",
                        ar="لاحظ ما إذا كان التعب يلازمك حتى بعد يوم إجازة.",
                    ),
                    t(
                        "Check whether small tasks now feel overwhelming.",
                        fr="Vérifiez si de petites tâches vous semblent désormais insurmontables.",
                        es="Compruebe si las tareas pequeñas ahora le resultan abrumadoras.",
                        pt="Verifique se pequenas tarefas lhe parecem agora esmagadoras.",
                        ru="Проверьте, не кажутся ли вам теперь непосильными даже мелкие задачи.",
                        ar="تحقق مما إذا كانت المهام الصغيرة أصبحت تبدو مرهقة لك.",
                    ),
                    t(
                        "Ask yourself if you have stopped doing things you enjoy.",
                        fr="Demandez-vous si vous avez cessé de faire ce qui vous plaît.",
                        es="Pregúntese si ha dejado de hacer cosas que disfruta.",
                        pt="Pergunte a si próprio se deixou de fazer coisas de que gosta.",
                        ru=(
                            "Спросите себя, не перестали ли вы заниматься тем, что приносит "
                            "радость."
                        ),
                        ar="اسأل نفسك هل توقفت عن ممارسة الأشياء التي تستمتع بها.",
                    ),
                    t(
                        "Watch for irritability with colleagues and family.",
                        fr="Surveillez l'irritabilité envers vos collègues et votre famille.",
                        es="Esté atento a la irritabilidad con colegas y familiares.",
                        pt="Esteja atento à irritabilidade com colegas e família.",
                        ru="Следите за раздражительностью по отношению к коллегам и семье.",
                        ar="انتبه إلى سرعة الانفعال مع الزملاء والعائلة.",
                    ),
                    t(
                        "Ask a trusted colleague what changes they have seen in you.",
                        fr=(
                            "Demandez à un collègue de confiance quels changements il a remarqués "
                            "chez vous."
                        ),
                        es="Pregunte a un colega de confianza qué cambios ha notado en usted.",
                        pt="Pergunte a um colega de confiança que mudanças notou em si.",
                        ru="Спросите коллегу, которому доверяете, какие перемены он в вас заметил.",
                        ar="اسأل زميلًا تثق به عن التغيرات التي لاحظها فيك.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "If you have thoughts of harming yourself, contact a mental health "
                        "professional or an emergency service straight away."
                    ),
                    fr=(
                        "Si vous avez des pensées de vous faire du mal, contactez immédiatement un "
                        "professionnel de santé mentale ou un service d'urgence."
                    ),
                    es=(
                        "Si tiene pensamientos de hacerse daño, contacte de inmediato con un "
                        "profesional de salud mental o un servicio de emergencias."
                    ),
                    pt=(
                        "Se tiver pensamentos de se magoar, contacte imediatamente um profissional "
                        "de saúde mental ou um serviço de emergência."
                    ),
                    ru=(
                        "Если у вас возникают мысли причинить себе вред, немедленно обратитесь к "
                        "специалисту по психическому здоровью или в экстренную службу."
                    ),
                    ar=(
                        "إذا راودتك أفكار بإيذاء نفسك، فتواصل فورًا مع مختص في الصحة النفسية أو مع "
                        "خدمة الطوارئ."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Small changes that make a difference",
                    fr="De petits changements qui font la différence",
                    es="Pequeños cambios que marcan la diferencia",
                    pt="Pequenas mudanças que fazem a diferença",
                    ru="Небольшие перемены, которые имеют значение",
                    ar="تغييرات صغيرة تُحدث فرقًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Choose one or two changes you can keep, such as a fixed end to the "
                        "working day or one evening a week without news. Share the load by telling "
                        "your team what you can no longer carry alone. If the signs do not ease "
                        "after a few weeks, consider speaking with a counsellor."
                    ),
                    fr=(
                        "Choisissez un ou deux changements que vous pourrez tenir, comme une heure "
                        "fixe de fin de journée ou une soirée par semaine sans actualités. "
                        "Partagez la charge en disant à votre équipe ce que vous ne pouvez plus "
                        "porter sans aide. Si les signes ne s'atténuent pas après quelques "
                        "semaines, envisagez de consulter un psychologue."
                    ),
                    es=(
                        "Elija uno o dos cambios que pueda mantener, como una hora fija para "
                        "terminar la jornada o una noche a la semana sin noticias. Reparta la "
                        "carga diciendo a su equipo lo que ya no puede asumir sin ayuda. Si las "
                        "señales no disminuyen después de unas semanas, considere hablar con un "
                        "profesional de la psicología."
                    ),
                    pt=(
                        "Escolha uma ou duas mudanças que consiga manter, como uma hora fixa para "
                        "terminar o dia de trabalho ou uma noite por semana sem notícias. Partilhe "
                        "o peso dizendo à sua equipa o que já não consegue carregar sem ajuda. Se "
                        "os sinais não diminuírem ao fim de algumas semanas, pondere falar com um "
                        "psicólogo."
                    ),
                    ru=(
                        "Выберите одно-два изменения, которых сможете придерживаться, например "
                        "фиксированное время окончания рабочего дня или один вечер в неделю без "
                        "новостей. Разделите нагрузку: скажите команде, что вы больше не можете "
                        "нести в одиночку. Если признаки не ослабевают через несколько недель, "
                        "подумайте о встрече с психологом."
                    ),
                    ar=(
                        "اختر تغييرًا أو تغييرين يمكنك الالتزام بهما، مثل موعد ثابت لإنهاء يوم "
                        "العمل أو أمسية أسبوعية من دون أخبار. شارك العبء بإخبار فريقك بما لم تعد "
                        "قادرًا على تحمله وحدك. وإذا لم تخف العلامات بعد بضعة أسابيع، ففكر في "
                        "التحدث إلى مرشد نفسي."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    "I only noticed I was exhausted when my friends stopped recognising me.",
                    fr=(
                        "Je n'ai remarqué mon épuisement que lorsque mes amis ne me "
                        "reconnaissaient plus."
                    ),
                    es=(
                        "Solo me di cuenta de mi agotamiento cuando mis amigos dejaron de "
                        "reconocerme."
                    ),
                    pt=(
                        "Só reparei no meu esgotamento quando os meus amigos deixaram de me "
                        "reconhecer."
                    ),
                    ru="Я заметил своё истощение, только когда друзья перестали меня узнавать.",
                    ar="لم أنتبه إلى إنهاكي إلا حين لم يعد أصدقائي يتعرفون عليّ.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr"),
    ),
    DemoResource(
        key="breathing-and-grounding",
        topic="self-care",
        format="audio",
        level="beginner",
        reviewed="2026-03-10",
        interval=12,
        title=t(
            "Breathing and grounding exercises",
            fr="Exercices de respiration et d'ancrage",
            es="Ejercicios de respiración y anclaje",
            pt="Exercícios de respiração e de ancoragem",
            ru="Дыхательные упражнения и техники заземления",
            ar="تمارين التنفس والتأريض",
        ),
        summary=t(
            (
                "Short guided audio exercises to calm your body in a moment of fear or after "
                "difficult news. Each one takes less than five minutes."
            ),
            fr=(
                "De courts exercices audio guidés pour apaiser votre corps dans un moment de peur "
                "ou après une nouvelle difficile. Chacun dure moins de cinq minutes."
            ),
            es=(
                "Breves ejercicios de audio guiados para calmar el cuerpo en un momento de miedo o "
                "tras una noticia difícil. Cada uno dura menos de cinco minutos."
            ),
            pt=(
                "Exercícios áudio curtos e guiados para acalmar o corpo num momento de medo ou "
                "depois de uma notícia difícil. Cada um dura menos de cinco minutos."
            ),
            ru=(
                "Короткие аудиоупражнения с инструкциями, которые помогут успокоить тело в момент "
                "страха или после тяжёлых новостей. Каждое занимает меньше пяти минут."
            ),
            ar=(
                "تمارين صوتية موجّهة وقصيرة لتهدئة جسدك في لحظة خوف أو بعد تلقي خبر صعب. لا يستغرق "
                "كل تمرين أكثر من خمس دقائق."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "How to use these recordings",
                    fr="Comment utiliser ces enregistrements",
                    es="Cómo usar estas grabaciones",
                    pt="Como usar estas gravações",
                    ru="Как пользоваться этими записями",
                    ar="كيف تستخدم هذه التسجيلات",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Find a place where you can sit or stand comfortably for a few minutes. "
                        "Listen with headphones if you can, and keep your eyes open if closing "
                        "them feels unsafe. The exercises work best when practised on calm days "
                        "too, so they are familiar when you need them."
                    ),
                    fr=(
                        "Trouvez un endroit où vous pouvez vous asseoir ou rester debout "
                        "confortablement pendant quelques minutes. Écoutez avec des écouteurs si "
                        "possible, et gardez les yeux ouverts si les fermer vous met mal à l'aise. "
                        "Les exercices sont plus efficaces si vous les pratiquez aussi les jours "
                        "calmes, pour qu'ils vous soient familiers le moment venu."
                    ),
                    es=(
                        "Busque un lugar donde pueda sentarse o estar de pie cómodamente durante "
                        "unos minutos. Escuche con auriculares si puede y mantenga los ojos "
                        "abiertos si cerrarlos le genera inseguridad. Los ejercicios funcionan "
                        "mejor si también los practica en días tranquilos, para que le resulten "
                        "familiares cuando los necesite."
                    ),
                    pt=(
                        "Procure um lugar onde possa estar sentado ou de pé confortavelmente "
                        "durante alguns minutos. Ouça com auscultadores se puder e mantenha os "
                        "olhos abertos se fechá-los lhe causar insegurança. Os exercícios "
                        "funcionam melhor se também os praticar em dias calmos, para que lhe sejam "
                        "familiares quando precisar deles."
                    ),
                    ru=(
                        "Найдите место, где можно несколько минут удобно посидеть или постоять. По "
                        "возможности слушайте в наушниках и не закрывайте глаза, если с закрытыми "
                        "глазами вам тревожно. Упражнения действуют лучше, если выполнять их и в "
                        "спокойные дни, чтобы в трудную минуту они были уже привычны."
                    ),
                    ar=(
                        "ابحث عن مكان يمكنك فيه الجلوس أو الوقوف براحة لبضع دقائق. استمع بسماعات "
                        "الرأس إن أمكن، وأبقِ عينيك مفتوحتين إذا كان إغماضهما يشعرك بعدم الأمان. "
                        "تكون التمارين أكثر فاعلية إذا مارستها في الأيام الهادئة أيضًا، حتى تصبح "
                        "مألوفة لك عندما تحتاج إليها."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Breathe in slowly through your nose for four counts.",
                        fr="Inspirez lentement par le nez en comptant jusqu'à quatre.",
                        es="Inspire lentamente por la nariz contando hasta cuatro.",
                        pt="Inspire lentamente pelo nariz contando até quatro.",
                        ru="Медленно вдохните через нос на четыре счёта.",
                        ar="خذ نفسًا بطيئًا من أنفك وأنت تعدّ حتى أربعة.",
                    ),
                    t(
                        "Hold your breath gently for four counts.",
                        fr="Retenez doucement votre souffle en comptant jusqu'à quatre.",
                        es="Retenga suavemente el aire contando hasta cuatro.",
                        pt="Sustenha suavemente a respiração contando até quatro.",
                        ru="Мягко задержите дыхание на четыре счёта.",
                        ar="احبس نفسك برفق وأنت تعدّ حتى أربعة.",
                    ),
                    t(
                        "Breathe out through your mouth for six counts.",
                        fr="Expirez par la bouche en comptant jusqu'à six.",
                        es="Suelte el aire por la boca contando hasta seis.",
                        pt="Expire pela boca contando até seis.",
                        ru="Выдохните через рот на шесть счётов.",
                        ar="أخرج النفس من فمك وأنت تعدّ حتى ستة.",
                    ),
                    t(
                        "Repeat the cycle five times, then notice how you feel.",
                        fr="Répétez le cycle cinq fois, puis observez comment vous vous sentez.",
                        es="Repita el ciclo cinco veces y observe cómo se siente.",
                        pt="Repita o ciclo cinco vezes e repare como se sente.",
                        ru="Повторите цикл пять раз и прислушайтесь к своим ощущениям.",
                        ar="كرر الدورة خمس مرات، ثم لاحظ كيف تشعر.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "If counting makes you anxious, simply make each breath out a little "
                        "longer than the breath in."
                    ),
                    fr=(
                        "Si compter vous angoisse, faites simplement chaque expiration un peu plus "
                        "longue que l'inspiration."
                    ),
                    es=(
                        "Si contar le produce ansiedad, simplemente haga que cada espiración sea "
                        "un poco más larga que la inspiración."
                    ),
                    pt=(
                        "Se contar lhe causa ansiedade, basta tornar cada expiração um pouco mais "
                        "longa do que a inspiração."
                    ),
                    ru=(
                        "Если счёт вызывает тревогу, просто делайте каждый выдох чуть длиннее "
                        "вдоха."
                    ),
                    ar="إذا كان العدّ يثير قلقك، فاكتفِ بجعل كل زفير أطول قليلًا من الشهيق.",
                ),
            ),
            (
                "heading",
                t(
                    "The five senses exercise",
                    fr="L'exercice des cinq sens",
                    es="El ejercicio de los cinco sentidos",
                    pt="O exercício dos cinco sentidos",
                    ru="Упражнение «пять чувств»",
                    ar="تمرين الحواس الخمس",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "When your mind races, name five things you can see, four you can hear, "
                        "three you can touch, two you can smell and one you can taste. This brings "
                        "your attention back to the present moment and the room around you. If "
                        "distressing memories keep returning, a trauma-informed therapist can "
                        "offer further support."
                    ),
                    fr=(
                        "Quand vos pensées s'emballent, nommez cinq choses que vous voyez, quatre "
                        "que vous entendez, trois que vous pouvez toucher, deux que vous sentez et "
                        "une que vous goûtez. Cela ramène votre attention au moment présent et à "
                        "la pièce qui vous entoure. Si des souvenirs douloureux reviennent sans "
                        "cesse, un thérapeute formé au traumatisme peut vous apporter un soutien "
                        "supplémentaire."
                    ),
                    es=(
                        "Cuando su mente se acelere, nombre cinco cosas que ve, cuatro que oye, "
                        "tres que puede tocar, dos que huele y una que saborea. Así su atención "
                        "vuelve al momento presente y al espacio que le rodea. Si los recuerdos "
                        "angustiosos siguen volviendo, un terapeuta con formación en trauma puede "
                        "ofrecerle más apoyo."
                    ),
                    pt=(
                        "Quando a mente acelera, nomeie cinco coisas que vê, quatro que ouve, três "
                        "em que pode tocar, duas que cheira e uma que saboreia. Isto traz a sua "
                        "atenção de volta ao momento presente e ao espaço à sua volta. Se memórias "
                        "angustiantes continuarem a regressar, um terapeuta com formação em trauma "
                        "pode dar-lhe mais apoio."
                    ),
                    ru=(
                        "Когда мысли начинают метаться, назовите пять предметов, которые видите, "
                        "четыре звука, которые слышите, три вещи, которых можете коснуться, два "
                        "запаха и один вкус. Это возвращает внимание к настоящему моменту и к "
                        "окружающему пространству. Если тяжёлые воспоминания возвращаются снова и "
                        "снова, дополнительную поддержку может оказать психотерапевт, работающий с "
                        "травмой."
                    ),
                    ar=(
                        "عندما تتسارع أفكارك، سمِّ خمسة أشياء تراها، وأربعة تسمعها، وثلاثة يمكنك "
                        "لمسها، واثنين تشمهما، وشيئًا واحدًا تتذوقه. يعيد ذلك انتباهك إلى اللحظة "
                        "الحاضرة والمكان من حولك. وإذا ظلت الذكريات المؤلمة تعود إليك، فبإمكان "
                        "معالج متخصص في الصدمات أن يقدم لك مزيدًا من الدعم."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    "Three slow breaths before a difficult call have become my most reliable tool.",
                    fr=(
                        "Trois respirations lentes avant un appel difficile sont devenues mon "
                        "outil le plus fiable."
                    ),
                    es=(
                        "Tres respiraciones lentas antes de una llamada difícil se han convertido "
                        "en mi herramienta más fiable."
                    ),
                    pt=(
                        "Três respirações lentas antes de uma chamada difícil tornaram-se a minha "
                        "ferramenta mais fiável."
                    ),
                    ru=(
                        "Три медленных вдоха перед трудным звонком стали моим самым надёжным "
                        "инструментом."
                    ),
                    ar="أصبحت ثلاثة أنفاس بطيئة قبل مكالمة صعبة أكثر أداة أعتمد عليها.",
                ),
            ),
        ],
        languages=("en", "es", "pt"),
        file_languages=("en", "es", "pt"),
    ),
    DemoResource(
        key="collective-care-in-teams",
        topic="self-care",
        format="toolkit",
        level="advanced",
        reviewed="2025-02-20",
        interval=24,
        title=t(
            "Collective care in your team",
            fr="Le soin collectif dans votre équipe",
            es="Cuidado colectivo en su equipo",
            pt="Cuidado coletivo na sua equipa",
            ru="Коллективная забота в команде",
            ar="الرعاية الجماعية داخل فريقك",
        ),
        summary=t(
            (
                "Well-being is not only an individual responsibility. This toolkit helps "
                "organisations build habits and policies that protect the whole team."
            ),
            fr=(
                "Le bien-être n'est pas seulement une responsabilité individuelle. Cette boîte à "
                "outils aide les organisations à mettre en place des habitudes et des règles qui "
                "protègent toute l'équipe."
            ),
            es=(
                "El bienestar no es solo una responsabilidad individual. Esta caja de herramientas "
                "ayuda a las organizaciones a crear hábitos y políticas que protejan a todo el "
                "equipo."
            ),
            pt=(
                "O bem-estar não é apenas uma responsabilidade individual. Este conjunto de "
                "ferramentas ajuda as organizações a criar hábitos e políticas que protejam toda a "
                "equipa."
            ),
            ru=(
                "Благополучие — не только личная ответственность. Этот набор инструментов помогает "
                "организациям выработать привычки и правила, которые защищают всю команду."
            ),
            ar=(
                "الرفاه ليس مسؤولية فردية فحسب. تساعد مجموعة الأدوات هذه المنظمات على بناء عادات "
                "وسياسات تحمي الفريق بأكمله."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "From self-care to shared responsibility",
                    fr="Du soin de soi à la responsabilité partagée",
                    es="Del autocuidado a la responsabilidad compartida",
                    pt="Do autocuidado à responsabilidade partilhada",
                    ru="От заботы о себе к общей ответственности",
                    ar="من الرعاية الذاتية إلى المسؤولية المشتركة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Stress in activist groups often comes from how work is organised: unclear "
                        "roles, constant urgency and no time to process hard events. Collective "
                        "care means the group, not each person alone, takes responsibility for "
                        "rest and safety. It works best when leaders model it openly."
                    ),
                    fr=(
                        "Dans les groupes militants, le stress vient souvent de l'organisation du "
                        "travail : rôles flous, urgence permanente et aucun temps pour digérer les "
                        "événements difficiles. Le soin collectif signifie que le groupe, et non "
                        "chaque personne isolément, assume la responsabilité du repos et de la "
                        "sécurité. Il fonctionne mieux lorsque les responsables l'incarnent "
                        "ouvertement."
                    ),
                    es=(
                        "En los grupos activistas, el estrés suele venir de cómo se organiza el "
                        "trabajo: funciones poco claras, urgencia constante y ningún tiempo para "
                        "procesar los hechos difíciles. El cuidado colectivo significa que el "
                        "grupo, y no cada persona por separado, asume la responsabilidad del "
                        "descanso y la seguridad. Funciona mejor cuando quienes dirigen lo "
                        "practican abiertamente."
                    ),
                    pt=(
                        "Nos grupos ativistas, o stress vem muitas vezes da forma como o trabalho "
                        "está organizado: funções pouco claras, urgência permanente e nenhum tempo "
                        "para processar acontecimentos difíceis. Cuidado coletivo significa que o "
                        "grupo, e não cada pessoa isoladamente, assume a responsabilidade pelo "
                        "descanso e pela segurança. Funciona melhor quando as lideranças o "
                        "praticam abertamente."
                    ),
                    ru=(
                        "В активистских группах стресс часто возникает из-за того, как "
                        "организована работа: размытые роли, постоянная спешка и отсутствие "
                        "времени, чтобы пережить тяжёлые события. Коллективная забота означает, "
                        "что ответственность за отдых и безопасность несёт группа, а не каждый "
                        "человек в одиночку. Лучше всего она работает, когда руководители открыто "
                        "подают пример."
                    ),
                    ar=(
                        "كثيرًا ما ينبع التوتر في المجموعات الناشطة من طريقة تنظيم العمل: أدوار "
                        "غير واضحة، واستعجال دائم، وغياب الوقت لاستيعاب الأحداث الصعبة. وتعني "
                        "الرعاية الجماعية أن تتحمل المجموعة، لا كل فرد بمفرده، مسؤولية الراحة "
                        "والسلامة. وتنجح على أفضل وجه عندما يجسّدها القادة علنًا."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Start team meetings with a short personal check-in.",
                        fr=(
                            "Commencez les réunions d'équipe par un court tour de table sur l'état "
                            "de chacun."
                        ),
                        es=(
                            "Empiece las reuniones de equipo con una breve ronda sobre cómo está "
                            "cada persona."
                        ),
                        pt=(
                            "Comece as reuniões de equipa com uma breve ronda sobre como está cada "
                            "pessoa."
                        ),
                        ru=(
                            "Начинайте встречи команды с короткого рассказа каждого о своём "
                            "самочувствии."
                        ),
                        ar="ابدأ اجتماعات الفريق بجولة قصيرة يطمئن فيها الجميع على بعضهم.",
                    ),
                    t(
                        "Agree on hours when nobody is expected to reply.",
                        fr="Convenez d'horaires pendant lesquels personne n'est tenu de répondre.",
                        es="Acuerden horarios en los que nadie tenga que responder.",
                        pt="Combinem horários em que ninguém tenha de responder.",
                        ru="Договоритесь о часах, когда никто не обязан отвечать.",
                        ar="اتفقوا على ساعات لا يُنتظر فيها من أحد أن يرد.",
                    ),
                    t(
                        "Rotate the most exposed and stressful tasks.",
                        fr="Faites tourner les tâches les plus exposées et les plus stressantes.",
                        es="Roten las tareas más expuestas y estresantes.",
                        pt="Façam rotação das tarefas mais expostas e stressantes.",
                        ru="Распределяйте по очереди самые рискованные и напряжённые задачи.",
                        ar="تناوبوا على المهام الأكثر تعرضًا للخطر والأكثر إرهاقًا.",
                    ),
                    t(
                        "Hold a debrief after every serious incident.",
                        fr="Organisez un débriefing après chaque incident grave.",
                        es="Hagan una sesión de revisión después de cada incidente grave.",
                        pt="Façam uma sessão de balanço depois de cada incidente grave.",
                        ru="Проводите разбор после каждого серьёзного инцидента.",
                        ar="اعقدوا جلسة مراجعة بعد كل حادث خطير.",
                    ),
                    t(
                        "Budget for rest days and psychological support.",
                        fr=(
                            "Prévoyez un budget pour les jours de repos et le soutien "
                            "psychologique."
                        ),
                        es="Incluyan en el presupuesto días de descanso y apoyo psicológico.",
                        pt="Incluam no orçamento dias de descanso e apoio psicológico.",
                        ru="Закладывайте в бюджет дни отдыха и психологическую поддержку.",
                        ar="خصصوا في الميزانية أيام راحة ودعمًا نفسيًا.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Write your care practices into a short team agreement, so they survive "
                        "busy periods and staff changes."
                    ),
                    fr=(
                        "Inscrivez vos pratiques de soin dans un court accord d'équipe, afin "
                        "qu'elles résistent aux périodes chargées et aux changements de personnel."
                    ),
                    es=(
                        "Recojan sus prácticas de cuidado en un breve acuerdo de equipo, para que "
                        "resistan los periodos de mucho trabajo y los cambios de personal."
                    ),
                    pt=(
                        "Registem as vossas práticas de cuidado num breve acordo de equipa, para "
                        "que resistam aos períodos de maior trabalho e às mudanças de pessoal."
                    ),
                    ru=(
                        "Закрепите практики заботы в коротком командном соглашении, чтобы они "
                        "сохранились в периоды аврала и при смене сотрудников."
                    ),
                    ar=(
                        "دوّنوا ممارسات الرعاية في اتفاق قصير للفريق، حتى تصمد في فترات الضغط وعند "
                        "تغيّر الموظفين."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Holding a team debrief",
                    fr="Mener un débriefing d'équipe",
                    es="Cómo hacer una revisión en equipo",
                    pt="Como fazer um balanço em equipa",
                    ru="Как провести командный разбор",
                    ar="كيف تعقدون جلسة مراجعة جماعية",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "After a raid, an arrest or a threat, give people time to say what "
                        "happened, how they reacted and what they need now. Keep the focus on "
                        "support rather than blame, and agree on concrete next steps. For very "
                        "distressing events, invite an external facilitator or a psychologist."
                    ),
                    fr=(
                        "Après une perquisition, une arrestation ou une menace, laissez à chacun "
                        "le temps de raconter ce qui s'est passé, comment il a réagi et ce dont il "
                        "a besoin maintenant. Mettez l'accent sur le soutien plutôt que sur la "
                        "recherche de fautes, et convenez d'étapes concrètes. Pour les événements "
                        "très éprouvants, faites appel à un facilitateur externe ou à un "
                        "psychologue."
                    ),
                    es=(
                        "Después de un allanamiento, una detención o una amenaza, dé tiempo a cada "
                        "persona para contar qué pasó, cómo reaccionó y qué necesita ahora. Centre "
                        "la conversación en el apoyo y no en buscar culpables, y acuerden pasos "
                        "concretos. Ante hechos muy angustiosos, invite a una persona facilitadora "
                        "externa o a un psicólogo."
                    ),
                    pt=(
                        "Depois de uma rusga, uma detenção ou uma ameaça, dê a cada pessoa tempo "
                        "para contar o que aconteceu, como reagiu e do que precisa agora. Centre a "
                        "conversa no apoio e não na procura de culpados, e combinem passos "
                        "concretos. Perante acontecimentos muito perturbadores, convide um "
                        "facilitador externo ou um psicólogo."
                    ),
                    ru=(
                        "После обыска, задержания или угрозы дайте каждому время рассказать, что "
                        "произошло, как он отреагировал и что ему нужно сейчас. Делайте упор на "
                        "поддержке, а не на поиске виноватых, и договоритесь о конкретных "
                        "следующих шагах. Если событие было особенно тяжёлым, пригласите внешнего "
                        "ведущего или психолога."
                    ),
                    ar=(
                        "بعد مداهمة أو اعتقال أو تهديد، امنحوا كل شخص الوقت ليروي ما حدث وكيف "
                        "تصرّف وما يحتاج إليه الآن. ركزوا على الدعم بدلًا من اللوم، واتفقوا على "
                        "خطوات عملية تالية. وفي الأحداث شديدة الإيلام، استعينوا بميسّر خارجي أو "
                        "أخصائي نفسي."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    "Our team got stronger the day we admitted that nobody was coping alone.",
                    fr=(
                        "Notre équipe est devenue plus forte le jour où nous avons admis que "
                        "personne ne s'en sortait seul."
                    ),
                    es=(
                        "Nuestro equipo se hizo más fuerte el día en que admitimos que nadie podía "
                        "con todo sin ayuda."
                    ),
                    pt=(
                        "A nossa equipa ficou mais forte no dia em que admitimos que ninguém "
                        "estava a aguentar sozinho."
                    ),
                    ru=(
                        "Наша команда стала сильнее в тот день, когда мы признали, что никто не "
                        "справляется в одиночку."
                    ),
                    ar="أصبح فريقنا أقوى يوم اعترفنا بأن أحدًا منا لا يستطيع الصمود وحده.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "ar"),
    ),
    DemoResource(
        key="returning-home-after-relocation",
        topic="self-care",
        format="video",
        level="intermediate",
        reviewed="2026-09-01",
        interval=6,
        title=t(
            "Returning home after a relocation",
            fr="Rentrer chez soi après une relocalisation",
            es="Volver a casa después de una reubicación",
            pt="Regressar a casa depois de uma relocalização",
            ru="Возвращение домой после временного переезда",
            ar="العودة إلى الديار بعد الانتقال المؤقت",
        ),
        summary=t(
            (
                "The end of a stay in a Shelter City can bring relief, guilt and new risks at "
                "once. This video shares how former participants prepared for the journey back."
            ),
            fr=(
                "La fin d'un séjour dans une Shelter City peut apporter à la fois du soulagement, "
                "de la culpabilité et de nouveaux risques. Cette vidéo montre comment d'anciens "
                "participants ont préparé leur retour."
            ),
            es=(
                "El final de una estancia en una Shelter City puede traer a la vez alivio, culpa y "
                "nuevos riesgos. Este vídeo muestra cómo antiguos participantes prepararon el "
                "regreso."
            ),
            pt=(
                "O fim de uma estadia numa Shelter City pode trazer ao mesmo tempo alívio, culpa e "
                "novos riscos. Este vídeo mostra como antigos participantes prepararam o regresso."
            ),
            ru=(
                "Окончание пребывания в Shelter City может одновременно принести облегчение, "
                "чувство вины и новые риски. В этом видео бывшие участники рассказывают, как "
                "готовились к возвращению."
            ),
            ar=(
                "قد تحمل نهاية الإقامة في مدينة Shelter City شعورًا بالارتياح وبالذنب ومخاطر جديدة "
                "في آن واحد. يعرض هذا الفيديو كيف استعد مشاركون سابقون لرحلة العودة."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Mixed feelings are normal",
                    fr="Les sentiments contradictoires sont normaux",
                    es="Los sentimientos encontrados son normales",
                    pt="Sentimentos contraditórios são normais",
                    ru="Смешанные чувства — это нормально",
                    ar="المشاعر المتضاربة أمر طبيعي",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Many defenders look forward to seeing family and colleagues but also fear "
                        "the pressure waiting for them. Some feel guilty for having rested while "
                        "others stayed behind. Naming these feelings before you leave makes them "
                        "easier to handle once you are home."
                    ),
                    fr=(
                        "Beaucoup de défenseurs ont hâte de retrouver leur famille et leurs "
                        "collègues, mais redoutent aussi la pression qui les attend. Certains se "
                        "sentent coupables de s'être reposés pendant que d'autres restaient sur "
                        "place. Mettre des mots sur ces sentiments avant le départ aide à mieux "
                        "les gérer une fois de retour."
                    ),
                    es=(
                        "Muchas personas defensoras desean reencontrarse con su familia y sus "
                        "colegas, pero también temen la presión que les espera. Algunas se sienten "
                        "culpables por haber descansado mientras otras se quedaban. Nombrar estos "
                        "sentimientos antes de partir ayuda a manejarlos mejor una vez de vuelta."
                    ),
                    pt=(
                        "Muitos defensores anseiam por rever a família e os colegas, mas também "
                        "receiam a pressão que os espera. Alguns sentem culpa por terem descansado "
                        "enquanto outros ficaram para trás. Dar nome a estes sentimentos antes de "
                        "partir torna-os mais fáceis de gerir depois do regresso."
                    ),
                    ru=(
                        "Многие правозащитники ждут встречи с семьёй и коллегами, но и боятся "
                        "давления, которое их ожидает. Некоторые чувствуют вину за то, что "
                        "отдыхали, пока другие оставались на месте. Если назвать эти чувства до "
                        "отъезда, с ними будет легче справиться по возвращении."
                    ),
                    ar=(
                        "يتطلع كثير من المدافعين إلى لقاء عائلاتهم وزملائهم، لكنهم يخشون أيضًا "
                        "الضغوط التي تنتظرهم. ويشعر بعضهم بالذنب لأنهم استراحوا بينما بقي آخرون في "
                        "الميدان. إن تسمية هذه المشاعر قبل المغادرة تجعل التعامل معها أسهل بعد "
                        "العودة."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Review your risk situation with your organisation before travelling.",
                        fr=(
                            "Réexaminez votre situation de risque avec votre organisation avant le "
                            "voyage."
                        ),
                        es="Revise su situación de riesgo con su organización antes de viajar.",
                        pt="Reveja a sua situação de risco com a sua organização antes de viajar.",
                        ru="Перед поездкой обсудите с организацией, как изменились ваши риски.",
                        ar="راجع وضع المخاطر الخاص بك مع منظمتك قبل السفر.",
                    ),
                    t(
                        "Plan a gradual return to work instead of a full agenda.",
                        fr=(
                            "Prévoyez une reprise progressive du travail plutôt qu'un agenda "
                            "complet."
                        ),
                        es="Planifique una vuelta gradual al trabajo en lugar de una agenda llena.",
                        pt="Planeie um regresso gradual ao trabalho em vez de uma agenda cheia.",
                        ru="Планируйте постепенное возвращение к работе, а не сразу полный график.",
                        ar="خطط لعودة تدريجية إلى العمل بدلًا من جدول مزدحم.",
                    ),
                    t(
                        "Keep one routine from your stay, such as a daily walk.",
                        fr="Gardez une habitude de votre séjour, comme une promenade quotidienne.",
                        es="Mantenga una rutina de su estancia, como un paseo diario.",
                        pt="Mantenha uma rotina da sua estadia, como um passeio diário.",
                        ru="Сохраните одну привычку из поездки, например ежедневную прогулку.",
                        ar="حافظ على عادة واحدة من فترة إقامتك، مثل المشي اليومي.",
                    ),
                    t(
                        "Agree on how you will stay in touch with your host city.",
                        fr=(
                            "Convenez de la manière dont vous resterez en contact avec votre ville "
                            "d'accueil."
                        ),
                        es="Acuerde cómo mantendrá el contacto con su ciudad de acogida.",
                        pt="Combine como vai manter o contacto com a sua cidade de acolhimento.",
                        ru="Договоритесь, как будете поддерживать связь с принимающим городом.",
                        ar="اتفق على طريقة بقائك على تواصل مع المدينة المستضيفة.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "If your situation has changed while you were away, do not travel back "
                        "until you have discussed the new risks with people you trust."
                    ),
                    fr=(
                        "Si votre situation a changé pendant votre absence, ne rentrez pas avant "
                        "d'avoir discuté des nouveaux risques avec des personnes de confiance."
                    ),
                    es=(
                        "Si su situación ha cambiado durante su ausencia, no regrese hasta haber "
                        "hablado de los nuevos riesgos con personas de confianza."
                    ),
                    pt=(
                        "Se a sua situação mudou durante a sua ausência, não regresse antes de "
                        "discutir os novos riscos com pessoas de confiança."
                    ),
                    ru=(
                        "Если за время вашего отсутствия ситуация изменилась, не возвращайтесь, "
                        "пока не обсудите новые риски с людьми, которым доверяете."
                    ),
                    ar=(
                        "إذا تغير وضعك أثناء غيابك، فلا تعد قبل أن تناقش المخاطر الجديدة مع أشخاص "
                        "تثق بهم."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "The first weeks back",
                    fr="Les premières semaines après le retour",
                    es="Las primeras semanas de regreso",
                    pt="As primeiras semanas de regresso",
                    ru="Первые недели после возвращения",
                    ar="الأسابيع الأولى بعد العودة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Expect tiredness, irritability or a sense of distance from people who did "
                        "not share your experience. These reactions usually fade as you settle "
                        "back in. If they persist or your sleep and appetite change for a long "
                        "time, reach out to a counsellor or a peer support network."
                    ),
                    fr=(
                        "Attendez-vous à de la fatigue, de l'irritabilité ou un sentiment de "
                        "distance avec ceux qui n'ont pas partagé votre expérience. Ces réactions "
                        "s'estompent généralement à mesure que vous retrouvez vos repères. Si "
                        "elles persistent ou si votre sommeil et votre appétit restent perturbés "
                        "longtemps, adressez-vous à un psychologue ou à un réseau de soutien entre "
                        "pairs."
                    ),
                    es=(
                        "Es normal sentir cansancio, irritabilidad o distancia con las personas "
                        "que no compartieron su experiencia. Estas reacciones suelen desaparecer a "
                        "medida que se adapta de nuevo. Si persisten o su sueño y su apetito "
                        "cambian durante mucho tiempo, busque a un profesional de la psicología o "
                        "una red de apoyo entre pares."
                    ),
                    pt=(
                        "Conte com cansaço, irritabilidade ou uma sensação de distância em relação "
                        "a quem não partilhou a sua experiência. Estas reações costumam "
                        "desaparecer à medida que se readapta. Se persistirem ou se o sono e o "
                        "apetite se alterarem durante muito tempo, procure um psicólogo ou uma "
                        "rede de apoio entre pares."
                    ),
                    ru=(
                        "Будьте готовы к усталости, раздражительности или ощущению отчуждённости "
                        "от тех, кто не разделял ваш опыт. Обычно эти реакции проходят по мере "
                        "того, как вы снова привыкаете к дому. Если они не проходят или сон и "
                        "аппетит долго остаются нарушенными, обратитесь к психологу или в сеть "
                        "взаимной поддержки."
                    ),
                    ar=(
                        "توقّع أن تشعر بالتعب أو سرعة الانفعال أو بمسافة تفصلك عن أشخاص لم يشاركوك "
                        "تجربتك. وعادة ما تتلاشى ردود الفعل هذه كلما استقررت من جديد. وإذا استمرت "
                        "أو ظل نومك وشهيتك مضطربين لفترة طويلة، فتواصل مع مرشد نفسي أو مع شبكة دعم "
                        "من الأقران."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    "Coming home was harder than leaving, and it helped to know that in advance.",
                    fr="Rentrer a été plus difficile que partir, et le savoir à l'avance m'a aidé.",
                    es="Volver fue más difícil que irme, y saberlo de antemano me ayudó.",
                    pt=(
                        "Regressar foi mais difícil do que partir, e saber isso de antemão "
                        "ajudou-me."
                    ),
                    ru=(
                        "Вернуться оказалось труднее, чем уехать, и мне помогло то, что я знала об "
                        "этом заранее."
                    ),
                    ar="كانت العودة أصعب من الرحيل، وقد ساعدني أنني كنت أعرف ذلك مسبقًا.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en",),
    ),
    DemoResource(
        key="talking-to-family-about-risk",
        topic="self-care",
        format="template",
        level="beginner",
        reviewed="2024-08-05",
        interval=24,
        title=t(
            "Talking to your family about risk",
            fr="Parler des risques avec sa famille",
            es="Hablar de los riesgos con su familia",
            pt="Falar sobre os riscos com a sua família",
            ru="Как говорить с семьёй о рисках",
            ar="التحدث مع عائلتك عن المخاطر",
        ),
        summary=t(
            (
                "A conversation template to help you explain your work and its risks to the people "
                "closest to you, without causing panic."
            ),
            fr=(
                "Un modèle de conversation pour vous aider à expliquer votre travail et ses "
                "risques à vos proches, sans provoquer de panique."
            ),
            es=(
                "Una plantilla de conversación para ayudarle a explicar su trabajo y sus riesgos a "
                "las personas más cercanas, sin causar pánico."
            ),
            pt=(
                "Um modelo de conversa para o ajudar a explicar o seu trabalho e os seus riscos às "
                "pessoas mais próximas, sem causar pânico."
            ),
            ru=(
                "Шаблон разговора, который поможет объяснить близким вашу работу и связанные с ней "
                "риски, не вызывая паники."
            ),
            ar="نموذج محادثة يساعدك على شرح عملك ومخاطره لأقرب الناس إليك من دون إثارة الذعر.",
        ),
        body=[
            (
                "heading",
                t(
                    "Preparing the conversation",
                    fr="Préparer la conversation",
                    es="Preparar la conversación",
                    pt="Preparar a conversa",
                    ru="Подготовка к разговору",
                    ar="التحضير للمحادثة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Families often sense danger even when nothing is said, and silence can "
                        "make their fear worse. Decide in advance what they need to know to stay "
                        "safe and what you prefer to keep private. Choose a calm moment and a "
                        "place where nobody will interrupt you."
                    ),
                    fr=(
                        "Les familles perçoivent souvent le danger même quand rien n'est dit, et "
                        "le silence peut aggraver leur peur. Décidez à l'avance ce qu'elles "
                        "doivent savoir pour rester en sécurité et ce que vous préférez garder "
                        "pour vous. Choisissez un moment calme et un lieu où personne ne vous "
                        "dérangera."
                    ),
                    es=(
                        "Las familias suelen percibir el peligro aunque no se diga nada, y el "
                        "silencio puede aumentar su miedo. Decida de antemano qué necesitan saber "
                        "para estar a salvo y qué prefiere mantener en privado. Elija un momento "
                        "tranquilo y un lugar donde nadie les interrumpa."
                    ),
                    pt=(
                        "As famílias sentem muitas vezes o perigo mesmo quando nada é dito, e o "
                        "silêncio pode agravar o seu medo. Decida antecipadamente o que precisam "
                        "de saber para estarem seguras e o que prefere manter em privado. Escolha "
                        "um momento calmo e um lugar onde ninguém vos interrompa."
                    ),
                    ru=(
                        "Семья часто чувствует опасность, даже когда о ней не говорят, и молчание "
                        "может лишь усилить страх. Заранее решите, что близким нужно знать для "
                        "собственной безопасности, а что вы предпочитаете оставить при себе. "
                        "Выберите спокойный момент и место, где вам никто не помешает."
                    ),
                    ar=(
                        "كثيرًا ما تستشعر العائلات الخطر حتى حين لا يُقال شيء، وقد يزيد الصمت من "
                        "خوفها. قرر مسبقًا ما تحتاج عائلتك إلى معرفته لتبقى آمنة وما تفضّل أن "
                        "تحتفظ به لنفسك. واختر وقتًا هادئًا ومكانًا لا يقاطعكم فيه أحد."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Explain in simple words what your work is and why it matters to you.",
                        fr=(
                            "Expliquez avec des mots simples en quoi consiste votre travail et "
                            "pourquoi il compte pour vous."
                        ),
                        es=(
                            "Explique con palabras sencillas en qué consiste su trabajo y por qué "
                            "le importa."
                        ),
                        pt=(
                            "Explique com palavras simples em que consiste o seu trabalho e porque "
                            "é importante para si."
                        ),
                        ru=(
                            "Простыми словами объясните, в чём состоит ваша работа и почему она "
                            "для вас важна."
                        ),
                        ar="اشرح بكلمات بسيطة طبيعة عملك ولماذا يهمك.",
                    ),
                    t(
                        (
                            "Describe the main risks honestly, without details that could endanger "
                            "them."
                        ),
                        fr=(
                            "Décrivez honnêtement les principaux risques, sans détails qui "
                            "pourraient les mettre en danger."
                        ),
                        es=(
                            "Describa con honestidad los principales riesgos, sin detalles que "
                            "puedan ponerles en peligro."
                        ),
                        pt=(
                            "Descreva com honestidade os principais riscos, sem pormenores que os "
                            "possam pôr em perigo."
                        ),
                        ru=(
                            "Честно опишите основные риски, не вдаваясь в подробности, которые "
                            "могут подвергнуть их опасности."
                        ),
                        ar="صِف المخاطر الرئيسية بصدق، من دون تفاصيل قد تعرّضهم للخطر.",
                    ),
                    t(
                        "Agree on what to do if someone asks questions about you.",
                        fr=(
                            "Convenez de ce qu'il faut faire si quelqu'un pose des questions à "
                            "votre sujet."
                        ),
                        es="Acuerden qué hacer si alguien pregunta por usted.",
                        pt="Combinem o que fazer se alguém fizer perguntas sobre si.",
                        ru="Договоритесь, как поступать, если кто-то будет расспрашивать о вас.",
                        ar="اتفقوا على ما يجب فعله إذا سأل أحد عنك.",
                    ),
                    t(
                        "Share who to contact if they cannot reach you.",
                        fr="Indiquez qui contacter s'ils n'arrivent pas à vous joindre.",
                        es="Indique a quién contactar si no logran comunicarse con usted.",
                        pt="Indique a quem devem recorrer se não conseguirem contactá-lo.",
                        ru="Скажите, к кому обращаться, если они не смогут с вами связаться.",
                        ar="أخبرهم بمن يتصلون إذا لم يتمكنوا من الوصول إليك.",
                    ),
                    t(
                        "Invite their questions and listen to their fears.",
                        fr="Invitez-les à poser leurs questions et écoutez leurs craintes.",
                        es="Invíteles a hacer preguntas y escuche sus miedos.",
                        pt="Convide-os a fazer perguntas e ouça os seus receios.",
                        ru="Предложите им задать вопросы и выслушайте их страхи.",
                        ar="شجعهم على طرح أسئلتهم واستمع إلى مخاوفهم.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "With children, use words suited to their age and reassure them that "
                        "adults are taking care of their safety."
                    ),
                    fr=(
                        "Avec les enfants, employez des mots adaptés à leur âge et rassurez-les : "
                        "les adultes veillent sur leur sécurité."
                    ),
                    es=(
                        "Con niñas y niños, use palabras adecuadas a su edad y tranquilíceles "
                        "diciendo que las personas adultas cuidan de su seguridad."
                    ),
                    pt=(
                        "Com crianças, use palavras adequadas à idade e tranquilize-as dizendo que "
                        "os adultos estão a cuidar da sua segurança."
                    ),
                    ru=(
                        "С детьми говорите словами, понятными в их возрасте, и успокойте их: "
                        "взрослые заботятся об их безопасности."
                    ),
                    ar=(
                        "مع الأطفال، استخدم كلمات تناسب أعمارهم وطمئنهم إلى أن الكبار يهتمون "
                        "بسلامتهم."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "After the conversation",
                    fr="Après la conversation",
                    es="Después de la conversación",
                    pt="Depois da conversa",
                    ru="После разговора",
                    ar="بعد المحادثة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "One talk is rarely enough; return to the subject when circumstances "
                        "change. Relatives may react with anger or fear before they can offer "
                        "support. If tensions remain high, a family counsellor or a trusted "
                        "community figure can help everyone talk more openly."
                    ),
                    fr=(
                        "Une seule discussion suffit rarement ; revenez sur le sujet quand la "
                        "situation évolue. Vos proches peuvent réagir par la colère ou la peur "
                        "avant de pouvoir vous soutenir. Si les tensions restent fortes, un "
                        "conseiller familial ou une personne de confiance de votre communauté peut "
                        "aider chacun à parler plus ouvertement."
                    ),
                    es=(
                        "Una sola conversación rara vez basta; retome el tema cuando cambien las "
                        "circunstancias. Sus familiares pueden reaccionar con enfado o miedo antes "
                        "de poder apoyarle. Si la tensión sigue siendo alta, un terapeuta familiar "
                        "o una persona de confianza de la comunidad puede ayudar a que todos "
                        "hablen con más apertura."
                    ),
                    pt=(
                        "Uma única conversa raramente basta; volte ao assunto quando as "
                        "circunstâncias mudarem. Os familiares podem reagir com raiva ou medo "
                        "antes de conseguirem apoiá-lo. Se a tensão se mantiver, um terapeuta "
                        "familiar ou uma pessoa de confiança da comunidade pode ajudar todos a "
                        "falar mais abertamente."
                    ),
                    ru=(
                        "Одного разговора обычно недостаточно: возвращайтесь к теме, когда "
                        "обстоятельства меняются. Родные могут сначала отреагировать гневом или "
                        "страхом и лишь потом начать поддерживать вас. Если напряжение не спадает, "
                        "помочь всем говорить откровеннее может семейный психолог или уважаемый "
                        "человек из вашего окружения."
                    ),
                    ar=(
                        "نادرًا ما تكفي محادثة واحدة، فعُد إلى الموضوع كلما تغيرت الظروف. قد "
                        "يتفاعل أقاربك بالغضب أو الخوف قبل أن يتمكنوا من دعمك. وإذا ظل التوتر "
                        "مرتفعًا، فيمكن لمستشار أسري أو شخصية موثوقة في مجتمعك أن يساعد الجميع على "
                        "التحدث بصراحة أكبر."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    (
                        "My mother worried less once she knew the plan than when she only knew the "
                        "silence."
                    ),
                    fr=(
                        "Ma mère s'inquiétait moins en connaissant le plan qu'en ne connaissant "
                        "que le silence."
                    ),
                    es=(
                        "Mi madre se preocupaba menos cuando conocía el plan que cuando solo "
                        "conocía el silencio."
                    ),
                    pt=(
                        "A minha mãe preocupava-se menos quando conhecia o plano do que quando só "
                        "conhecia o silêncio."
                    ),
                    ru=(
                        "Мама тревожилась меньше, когда знала план, чем когда знала только "
                        "молчание."
                    ),
                    ar="كانت أمي تقلق أقل حين عرفت الخطة مما كانت تقلق حين لم تعرف سوى الصمت.",
                ),
            ),
        ],
        languages=("en", "fr", "ar"),
        file_languages=("en", "ar"),
    ),
    DemoResource(
        key="home-and-office-risk-assessment",
        topic="physical-security",
        format="template",
        level="intermediate",
        reviewed="2026-10-20",
        interval=3,
        title=t(
            "Risk assessment for your home and office",
            fr="Évaluer les risques de votre domicile et de votre bureau",
            es="Evaluación de riesgos de su casa y su oficina",
            pt="Avaliação de riscos da sua casa e do seu escritório",
            ru="Оценка рисков для дома и офиса",
            ar="تقييم المخاطر في منزلك ومكتبك",
        ),
        summary=t(
            (
                "A structured template to walk through your home and workplace, spot weak points "
                "and decide which improvements matter most."
            ),
            fr=(
                "Un modèle structuré pour passer en revue votre domicile et votre lieu de travail, "
                "repérer les points faibles et décider des améliorations prioritaires."
            ),
            es=(
                "Una plantilla estructurada para recorrer su casa y su lugar de trabajo, detectar "
                "los puntos débiles y decidir qué mejoras son prioritarias."
            ),
            pt=(
                "Um modelo estruturado para percorrer a sua casa e o seu local de trabalho, "
                "identificar pontos fracos e decidir que melhorias são prioritárias."
            ),
            ru=(
                "Структурированный шаблон, который поможет обойти дом и рабочее место, найти "
                "уязвимые места и решить, какие улучшения важнее всего."
            ),
            ar=(
                "نموذج منظَّم يساعدك على تفقد منزلك ومكان عملك، ورصد نقاط الضعف، وتحديد التحسينات "
                "الأكثر أولوية."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Start with the threats you face",
                    fr="Partir des menaces auxquelles vous faites face",
                    es="Empezar por las amenazas que enfrenta",
                    pt="Começar pelas ameaças que enfrenta",
                    ru="Начните с угроз, с которыми вы сталкиваетесь",
                    ar="ابدأ بالتهديدات التي تواجهها",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "A useful assessment begins with who might want to harm you, how and why, "
                        "not with locks and cameras. List recent incidents, such as strangers "
                        "watching the building, break-ins or threatening messages. Then look at "
                        "each space with those specific threats in mind."
                    ),
                    fr=(
                        "Une évaluation utile commence par se demander qui pourrait vous nuire, "
                        "comment et pourquoi, et non par les serrures et les caméras. Dressez la "
                        "liste des incidents récents, comme des inconnus qui surveillent le "
                        "bâtiment, des cambriolages ou des messages menaçants. Examinez ensuite "
                        "chaque espace en gardant ces menaces précises à l'esprit."
                    ),
                    es=(
                        "Una evaluación útil empieza por quién podría querer hacerle daño, cómo y "
                        "por qué, no por las cerraduras y las cámaras. Haga una lista de los "
                        "incidentes recientes, como desconocidos que vigilan el edificio, robos o "
                        "mensajes amenazantes. Después, examine cada espacio teniendo en cuenta "
                        "esas amenazas concretas."
                    ),
                    pt=(
                        "Uma avaliação útil começa por quem poderá querer fazer-lhe mal, como e "
                        "porquê, e não pelas fechaduras e câmaras. Faça uma lista dos incidentes "
                        "recentes, como desconhecidos a vigiar o edifício, assaltos ou mensagens "
                        "ameaçadoras. Depois, observe cada espaço tendo em mente essas ameaças "
                        "concretas."
                    ),
                    ru=(
                        "Полезная оценка начинается с вопроса, кто может захотеть причинить вам "
                        "вред, как и зачем, а не с замков и камер. Составьте список недавних "
                        "инцидентов: незнакомцы, наблюдающие за зданием, взломы или письма с "
                        "угрозами. Затем осмотрите каждое помещение с учётом именно этих угроз."
                    ),
                    ar=(
                        "يبدأ التقييم المفيد بالسؤال عمّن قد يرغب في إيذائك وكيف ولماذا، لا "
                        "بالأقفال والكاميرات. دوّن قائمة بالحوادث الأخيرة، مثل غرباء يراقبون "
                        "المبنى أو عمليات اقتحام أو رسائل تهديد. ثم افحص كل مكان مع مراعاة هذه "
                        "التهديدات المحددة."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Check every door, window and lock for weaknesses.",
                        fr="Vérifiez chaque porte, fenêtre et serrure pour repérer les faiblesses.",
                        es="Revise cada puerta, ventana y cerradura en busca de puntos débiles.",
                        pt="Verifique cada porta, janela e fechadura em busca de pontos fracos.",
                        ru="Проверьте все двери, окна и замки на наличие слабых мест.",
                        ar="افحص كل باب ونافذة وقفل بحثًا عن نقاط الضعف.",
                    ),
                    t(
                        "Note who holds keys and change locks if keys are lost.",
                        fr="Notez qui détient des clés et changez les serrures en cas de perte.",
                        es="Anote quién tiene llaves y cambie las cerraduras si se pierde alguna.",
                        pt="Registe quem tem chaves e mude as fechaduras se alguma se perder.",
                        ru="Запишите, у кого есть ключи, и меняйте замки при их утере.",
                        ar="سجّل من يحمل المفاتيح، وغيّر الأقفال إذا فُقد أحدها.",
                    ),
                    t(
                        "Keep sensitive documents out of sight and locked away.",
                        fr="Gardez les documents sensibles hors de vue et sous clé.",
                        es="Guarde los documentos sensibles fuera de la vista y bajo llave.",
                        pt="Guarde os documentos sensíveis fora de vista e fechados à chave.",
                        ru="Храните важные документы вне поля зрения и под замком.",
                        ar="احفظ الوثائق الحساسة بعيدًا عن الأنظار وتحت القفل.",
                    ),
                    t(
                        "Agree on how visitors are received and identified.",
                        fr="Convenez de la manière d'accueillir et d'identifier les visiteurs.",
                        es="Acuerden cómo se recibe e identifica a las visitas.",
                        pt="Combinem como os visitantes são recebidos e identificados.",
                        ru="Договоритесь, как встречать посетителей и проверять их личность.",
                        ar="اتفقوا على طريقة استقبال الزوار والتحقق من هوياتهم.",
                    ),
                    t(
                        "Identify a safe exit and a place to meet outside.",
                        fr="Repérez une sortie sûre et un point de rendez-vous à l'extérieur.",
                        es="Identifique una salida segura y un punto de encuentro en el exterior.",
                        pt="Identifique uma saída segura e um ponto de encontro no exterior.",
                        ru="Определите безопасный выход и место встречи снаружи.",
                        ar="حدد مخرجًا آمنًا ونقطة تجمّع في الخارج.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Record the date of each assessment and repeat it whenever you move, "
                        "change staff or face a new type of threat."
                    ),
                    fr=(
                        "Notez la date de chaque évaluation et recommencez-la à chaque "
                        "déménagement, changement de personnel ou nouveau type de menace."
                    ),
                    es=(
                        "Anote la fecha de cada evaluación y repítala cada vez que se mude, cambie "
                        "el personal o surja un nuevo tipo de amenaza."
                    ),
                    pt=(
                        "Registe a data de cada avaliação e repita-a sempre que mudar de casa, "
                        "mudar a equipa ou surgir um novo tipo de ameaça."
                    ),
                    ru=(
                        "Записывайте дату каждой оценки и повторяйте её при переезде, смене "
                        "сотрудников или появлении угрозы нового типа."
                    ),
                    ar=(
                        "سجّل تاريخ كل تقييم وأعِده كلما انتقلت إلى مكان جديد أو تغيّر الموظفون أو "
                        "ظهر نوع جديد من التهديدات."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Deciding what to improve first",
                    fr="Décider des priorités d'amélioration",
                    es="Decidir qué mejorar primero",
                    pt="Decidir o que melhorar primeiro",
                    ru="Что улучшать в первую очередь",
                    ar="تحديد ما يجب تحسينه أولًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Rank each weakness by how likely it is to be exploited and how serious "
                        "the harm would be. Simple, low-cost measures such as better lighting or a "
                        "door viewer often bring the biggest gain. For serious threats, seek "
                        "advice from a security specialist or a protection organisation you trust."
                    ),
                    fr=(
                        "Classez chaque faiblesse selon la probabilité qu'elle soit exploitée et "
                        "la gravité du préjudice possible. Des mesures simples et peu coûteuses, "
                        "comme un meilleur éclairage ou un judas, apportent souvent le plus grand "
                        "bénéfice. Face à des menaces graves, demandez conseil à un spécialiste de "
                        "la sécurité ou à une organisation de protection de confiance."
                    ),
                    es=(
                        "Clasifique cada punto débil según la probabilidad de que sea aprovechado "
                        "y la gravedad del daño posible. Las medidas sencillas y baratas, como una "
                        "mejor iluminación o una mirilla, suelen aportar el mayor beneficio. Ante "
                        "amenazas graves, pida consejo a un especialista en seguridad o a una "
                        "organización de protección de confianza."
                    ),
                    pt=(
                        "Classifique cada ponto fraco segundo a probabilidade de ser explorado e a "
                        "gravidade do dano possível. Medidas simples e baratas, como melhor "
                        "iluminação ou um óculo na porta, trazem muitas vezes o maior ganho. "
                        "Perante ameaças graves, peça conselho a um especialista em segurança ou a "
                        "uma organização de proteção de confiança."
                    ),
                    ru=(
                        "Оцените каждое уязвимое место по тому, насколько вероятно, что им "
                        "воспользуются, и насколько серьёзным может быть ущерб. Простые и "
                        "недорогие меры, например хорошее освещение или дверной глазок, часто дают "
                        "наибольший эффект. При серьёзных угрозах обратитесь за советом к "
                        "специалисту по безопасности или в надёжную организацию, занимающуюся "
                        "защитой правозащитников."
                    ),
                    ar=(
                        "رتّب كل نقطة ضعف بحسب احتمال استغلالها وجسامة الضرر المحتمل. وغالبًا ما "
                        "تحقق الإجراءات البسيطة المنخفضة التكلفة، مثل تحسين الإضاءة أو تركيب عين "
                        "سحرية في الباب، أكبر فائدة. وفي حال التهديدات الخطيرة، اطلب المشورة من "
                        "مختص في الأمن أو من منظمة حماية تثق بها."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Do not confront anyone you suspect of watching you; note the details and "
                        "share them with your team."
                    ),
                    fr=(
                        "N'affrontez pas une personne que vous soupçonnez de vous surveiller ; "
                        "notez les détails et partagez-les avec votre équipe."
                    ),
                    es=(
                        "No se enfrente a nadie de quien sospeche que le vigila; anote los "
                        "detalles y compártalos con su equipo."
                    ),
                    pt=(
                        "Não confronte ninguém que suspeite de o estar a vigiar; registe os "
                        "pormenores e partilhe-os com a sua equipa."
                    ),
                    ru=(
                        "Не вступайте в конфликт с человеком, которого подозреваете в слежке; "
                        "запишите подробности и сообщите их команде."
                    ),
                    ar="لا تواجه أي شخص تشك في أنه يراقبك، بل دوّن التفاصيل وشاركها مع فريقك.",
                ),
            ),
            (
                "quote",
                t(
                    (
                        "Walking through our office with fresh eyes showed us risks we had stopped "
                        "seeing."
                    ),
                    fr=(
                        "Parcourir notre bureau avec un regard neuf nous a montré des risques que "
                        "nous ne voyions plus."
                    ),
                    es=(
                        "Recorrer nuestra oficina con otros ojos nos mostró riesgos que habíamos "
                        "dejado de ver."
                    ),
                    pt=(
                        "Percorrer o nosso escritório com outros olhos mostrou-nos riscos que "
                        "tínhamos deixado de ver."
                    ),
                    ru="Свежий взгляд на наш офис показал риски, которые мы перестали замечать.",
                    ar="كشف لنا تفقّد مكتبنا بعين جديدة مخاطر كنا قد توقفنا عن رؤيتها.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "es"),
    ),
    DemoResource(
        key="travel-security",
        topic="physical-security",
        format="guide",
        level="advanced",
        reviewed="2026-02-01",
        interval=6,
        title=t(
            "Travel security for defenders",
            fr="La sécurité en voyage pour les défenseurs",
            es="Seguridad en los viajes para personas defensoras",
            pt="Segurança em viagem para defensores",
            ru="Безопасность в поездках для правозащитников",
            ar="أمن السفر للمدافعين عن حقوق الإنسان",
        ),
        summary=t(
            (
                "How to plan journeys, cross borders and move around an unfamiliar city while "
                "limiting the risks of surveillance, detention and harassment."
            ),
            fr=(
                "Comment préparer vos trajets, franchir les frontières et vous déplacer dans une "
                "ville inconnue en limitant les risques de surveillance, de détention et de "
                "harcèlement."
            ),
            es=(
                "Cómo planificar los trayectos, cruzar fronteras y moverse por una ciudad "
                "desconocida limitando los riesgos de vigilancia, detención y acoso."
            ),
            pt=(
                "Como planear deslocações, atravessar fronteiras e circular numa cidade "
                "desconhecida limitando os riscos de vigilância, detenção e assédio."
            ),
            ru=(
                "Как планировать поездки, пересекать границы и передвигаться по незнакомому "
                "городу, снижая риск слежки, задержания и преследования."
            ),
            ar=(
                "كيف تخطط لرحلاتك وتعبر الحدود وتتنقل في مدينة غير مألوفة مع الحد من مخاطر "
                "المراقبة والاحتجاز والمضايقة."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Before you leave",
                    fr="Avant le départ",
                    es="Antes de salir",
                    pt="Antes de partir",
                    ru="Перед отъездом",
                    ar="قبل المغادرة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Research the political situation, local laws and recent incidents at your "
                        "destination. Share your itinerary only with people who need it, and agree "
                        "on regular check-in times with a trusted contact. Keep copies of your "
                        "passport and visa separate from the originals."
                    ),
                    fr=(
                        "Renseignez-vous sur la situation politique, les lois locales et les "
                        "incidents récents à destination. Ne communiquez votre itinéraire qu'aux "
                        "personnes qui en ont besoin et convenez d'horaires réguliers pour donner "
                        "des nouvelles à un contact de confiance. Conservez des copies de votre "
                        "passeport et de votre visa séparément des originaux."
                    ),
                    es=(
                        "Infórmese sobre la situación política, las leyes locales y los incidentes "
                        "recientes en su destino. Comparta su itinerario solo con quienes lo "
                        "necesiten y acuerde horarios regulares para dar señales de vida a un "
                        "contacto de confianza. Guarde copias de su pasaporte y su visado "
                        "separadas de los originales."
                    ),
                    pt=(
                        "Informe-se sobre a situação política, as leis locais e os incidentes "
                        "recentes no destino. Partilhe o seu itinerário apenas com quem precisa "
                        "dele e combine horários regulares para dar notícias a um contacto de "
                        "confiança. Guarde cópias do passaporte e do visto separadas dos originais."
                    ),
                    ru=(
                        "Изучите политическую обстановку, местные законы и недавние инциденты в "
                        "месте назначения. Сообщайте маршрут только тем, кому он действительно "
                        "нужен, и договоритесь с доверенным контактом о регулярных сеансах связи. "
                        "Храните копии паспорта и визы отдельно от оригиналов."
                    ),
                    ar=(
                        "اطّلع على الوضع السياسي والقوانين المحلية والحوادث الأخيرة في وجهتك. لا "
                        "تشارك خط سير رحلتك إلا مع من يحتاجون إليه، واتفق مع جهة اتصال موثوقة على "
                        "مواعيد منتظمة لطمأنتها. واحتفظ بنسخ من جواز سفرك وتأشيرتك بعيدًا عن "
                        "الأصول."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Travel with a device that holds only the data you need.",
                        fr="Voyagez avec un appareil ne contenant que les données nécessaires.",
                        es="Viaje con un dispositivo que contenga solo los datos necesarios.",
                        pt="Viaje com um dispositivo que contenha apenas os dados necessários.",
                        ru="Берите в поездку устройство только с самыми необходимыми данными.",
                        ar="سافر بجهاز لا يحتوي إلا على البيانات التي تحتاج إليها.",
                    ),
                    t(
                        "Prepare a simple, truthful answer about the purpose of your trip.",
                        fr="Préparez une réponse simple et véridique sur le but de votre voyage.",
                        es="Prepare una respuesta sencilla y veraz sobre el motivo de su viaje.",
                        pt=(
                            "Prepare uma resposta simples e verdadeira sobre o motivo da sua "
                            "viagem."
                        ),
                        ru="Подготовьте простой и правдивый ответ о цели поездки.",
                        ar="جهّز إجابة بسيطة وصادقة عن الغرض من رحلتك.",
                    ),
                    t(
                        "Carry the numbers of a lawyer and a local support organisation.",
                        fr=(
                            "Ayez sur vous les numéros d'un avocat et d'une organisation de "
                            "soutien locale."
                        ),
                        es="Lleve los números de un abogado y de una organización de apoyo local.",
                        pt=(
                            "Leve consigo os números de um advogado e de uma organização de apoio "
                            "local."
                        ),
                        ru="Имейте при себе номера адвоката и местной организации поддержки.",
                        ar="احمل أرقام محامٍ ومنظمة دعم محلية.",
                    ),
                    t(
                        "Book accommodation in advance in a well-located, reputable place.",
                        fr="Réservez à l'avance un hébergement bien situé et réputé.",
                        es=(
                            "Reserve con antelación un alojamiento bien ubicado y de buena "
                            "reputación."
                        ),
                        pt=(
                            "Reserve com antecedência um alojamento bem localizado e de boa "
                            "reputação."
                        ),
                        ru="Заранее бронируйте жильё в удобном месте и с хорошей репутацией.",
                        ar="احجز مسبقًا مكان إقامة ذا موقع جيد وسمعة حسنة.",
                    ),
                    t(
                        "Vary your routes and times if you stay for several days.",
                        fr="Variez vos itinéraires et vos horaires si vous restez plusieurs jours.",
                        es="Varíe sus rutas y horarios si se queda varios días.",
                        pt="Varie os percursos e os horários se ficar vários dias.",
                        ru=(
                            "Меняйте маршруты и время передвижений, если остаётесь на несколько "
                            "дней."
                        ),
                        ar="نوّع طرقك ومواعيد تنقلك إذا أقمت عدة أيام.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "At a border, officials may have the legal power to search your devices; "
                        "do not carry anything that could put others at risk."
                    ),
                    fr=(
                        "À la frontière, les agents peuvent avoir le pouvoir légal de fouiller vos "
                        "appareils ; n'emportez rien qui puisse mettre d'autres personnes en "
                        "danger."
                    ),
                    es=(
                        "En la frontera, los agentes pueden tener la facultad legal de registrar "
                        "sus dispositivos; no lleve nada que pueda poner en riesgo a otras "
                        "personas."
                    ),
                    pt=(
                        "Na fronteira, os agentes podem ter o poder legal de revistar os seus "
                        "dispositivos; não leve nada que possa pôr outras pessoas em risco."
                    ),
                    ru=(
                        "На границе у сотрудников может быть законное право досматривать ваши "
                        "устройства; не везите ничего, что может подвергнуть опасности других "
                        "людей."
                    ),
                    ar=(
                        "قد يملك الموظفون على الحدود صلاحية قانونية لتفتيش أجهزتك، فلا تحمل أي شيء "
                        "قد يعرّض آخرين للخطر."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "If something goes wrong on the road",
                    fr="Si un problème survient en chemin",
                    es="Si algo sale mal durante el viaje",
                    pt="Se algo correr mal durante a viagem",
                    ru="Если в дороге что-то пошло не так",
                    ar="إذا حدث طارئ أثناء الرحلة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "If you are stopped or questioned, stay calm, be polite and ask to contact "
                        "your lawyer. If you miss a check-in, your contact should follow the steps "
                        "you agreed in advance rather than improvise. After a serious incident, "
                        "review your travel plans with your organisation before continuing."
                    ),
                    fr=(
                        "En cas de contrôle ou d'interrogatoire, restez calme et courtois, et "
                        "demandez à contacter votre avocat. Si vous manquez un rendez-vous de "
                        "nouvelles, votre contact doit suivre les étapes convenues à l'avance au "
                        "lieu d'improviser. Après un incident grave, réexaminez vos projets de "
                        "voyage avec votre organisation avant de poursuivre."
                    ),
                    es=(
                        "Si le detienen o le interrogan, mantenga la calma, sea cortés y pida "
                        "contactar con su abogado. Si no da señales de vida a la hora prevista, su "
                        "contacto debe seguir los pasos acordados de antemano en lugar de "
                        "improvisar. Tras un incidente grave, revise sus planes de viaje con su "
                        "organización antes de continuar."
                    ),
                    pt=(
                        "Se for mandado parar ou interrogado, mantenha a calma, seja cortês e peça "
                        "para contactar o seu advogado. Se falhar um contacto combinado, a sua "
                        "pessoa de confiança deve seguir os passos acordados antecipadamente em "
                        "vez de improvisar. Depois de um incidente grave, reveja os planos de "
                        "viagem com a sua organização antes de continuar."
                    ),
                    ru=(
                        "Если вас остановили или допрашивают, сохраняйте спокойствие, будьте "
                        "вежливы и просите связаться с адвокатом. Если вы пропустили сеанс связи, "
                        "ваш контакт должен действовать по заранее согласованному плану, а не "
                        "импровизировать. После серьёзного инцидента пересмотрите планы поездки "
                        "вместе с организацией, прежде чем продолжать путь."
                    ),
                    ar=(
                        "إذا أوقفك أحد أو استجوبك، فحافظ على هدوئك وكن مهذبًا واطلب التواصل مع "
                        "محاميك. وإذا فاتك موعد الطمأنة، فعلى جهة الاتصال أن تتبع الخطوات المتفق "
                        "عليها مسبقًا بدلًا من الارتجال. وبعد أي حادث خطير، راجع خطط سفرك مع "
                        "منظمتك قبل مواصلة الرحلة."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    (
                        "A simple check-in message every evening gave my colleagues and me real "
                        "peace of mind."
                    ),
                    fr=(
                        "Un simple message chaque soir pour donner des nouvelles nous a vraiment "
                        "rassurés, mes collègues et moi."
                    ),
                    es=(
                        "Un simple mensaje cada noche para dar señales de vida nos dio verdadera "
                        "tranquilidad a mis colegas y a mí."
                    ),
                    pt=(
                        "Uma simples mensagem todas as noites a dar notícias trouxe verdadeira "
                        "tranquilidade aos meus colegas e a mim."
                    ),
                    ru=(
                        "Простое сообщение каждый вечер о том, что всё в порядке, дало настоящее "
                        "спокойствие и мне, и моим коллегам."
                    ),
                    ar="منحتني رسالة طمأنة بسيطة كل مساء، أنا وزملائي، راحة بال حقيقية.",
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "ru"),
    ),
    DemoResource(
        key="security-at-protests",
        topic="physical-security",
        format="video",
        level="intermediate",
        reviewed="2026-05-15",
        interval=12,
        title=t(
            "Staying safe at protests",
            fr="Rester en sécurité lors des manifestations",
            es="Mantenerse a salvo en las protestas",
            pt="Manter-se em segurança nas manifestações",
            ru="Как оставаться в безопасности на протестах",
            ar="البقاء آمنًا في الاحتجاجات",
        ),
        summary=t(
            (
                "A short video on preparing for a demonstration, staying with your group and "
                "leaving safely if the situation escalates."
            ),
            fr=(
                "Une courte vidéo sur la préparation d'une manifestation, le fait de rester avec "
                "son groupe et la manière de partir en sécurité si la situation dégénère."
            ),
            es=(
                "Un vídeo breve sobre cómo prepararse para una manifestación, permanecer con su "
                "grupo y salir de forma segura si la situación se agrava."
            ),
            pt=(
                "Um vídeo curto sobre como se preparar para uma manifestação, manter-se com o seu "
                "grupo e sair em segurança se a situação se agravar."
            ),
            ru=(
                "Короткое видео о том, как подготовиться к демонстрации, держаться своей группы и "
                "безопасно уйти, если ситуация обостряется."
            ),
            ar=(
                "فيديو قصير عن الاستعداد للمظاهرة والبقاء مع مجموعتك والمغادرة بأمان إذا تصاعد "
                "الوضع."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Preparing to join a demonstration",
                    fr="Se préparer à rejoindre une manifestation",
                    es="Prepararse para una manifestación",
                    pt="Preparar-se para uma manifestação",
                    ru="Подготовка к участию в демонстрации",
                    ar="الاستعداد للمشاركة في مظاهرة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Find out the route, the expected police presence and the legal rules for "
                        "the gathering before you go. Decide with a buddy or small group where you "
                        "will meet if you are separated and when you will leave. Wear comfortable "
                        "clothes and shoes you can move quickly in."
                    ),
                    fr=(
                        "Avant de partir, renseignez-vous sur le parcours, la présence policière "
                        "attendue et les règles légales encadrant le rassemblement. Convenez avec "
                        "un binôme ou un petit groupe d'un lieu de retrouvailles en cas de "
                        "séparation et de l'heure de départ. Portez des vêtements confortables et "
                        "des chaussures qui permettent de bouger vite."
                    ),
                    es=(
                        "Antes de ir, infórmese sobre el recorrido, la presencia policial prevista "
                        "y las normas legales de la concentración. Acuerde con un compañero o un "
                        "grupo pequeño dónde se encontrarán si se separan y a qué hora se irán. "
                        "Lleve ropa cómoda y calzado con el que pueda moverse rápido."
                    ),
                    pt=(
                        "Antes de ir, informe-se sobre o percurso, a presença policial prevista e "
                        "as regras legais da concentração. Combine com um parceiro ou um pequeno "
                        "grupo onde se vão encontrar se se separarem e a que horas vão sair. Use "
                        "roupa confortável e calçado que lhe permita mover-se depressa."
                    ),
                    ru=(
                        "Перед выходом узнайте маршрут, ожидаемое присутствие полиции и правовые "
                        "правила проведения акции. Договоритесь с напарником или небольшой "
                        "группой, где встретиться, если вы потеряетесь, и когда уходить. Наденьте "
                        "удобную одежду и обувь, в которой можно быстро двигаться."
                    ),
                    ar=(
                        "قبل الذهاب، تعرّف على مسار المظاهرة والوجود الأمني المتوقع والقواعد "
                        "القانونية المنظمة للتجمع. واتفق مع رفيق أو مجموعة صغيرة على مكان اللقاء "
                        "إذا تفرقتم وعلى موعد المغادرة. وارتدِ ملابس مريحة وحذاءً يسمح لك بالتحرك "
                        "بسرعة."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Write an emergency contact number on your arm.",
                        fr="Inscrivez un numéro d'urgence sur votre bras.",
                        es="Escriba un número de contacto de emergencia en su brazo.",
                        pt="Escreva um número de contacto de emergência no braço.",
                        ru="Напишите на руке номер экстренного контакта.",
                        ar="اكتب رقم اتصال للطوارئ على ذراعك.",
                    ),
                    t(
                        "Bring water, a charged phone and any medication you need.",
                        fr=(
                            "Emportez de l'eau, un téléphone chargé et les médicaments dont vous "
                            "avez besoin."
                        ),
                        es="Lleve agua, un teléfono cargado y los medicamentos que necesite.",
                        pt="Leve água, um telemóvel carregado e os medicamentos de que precisar.",
                        ru="Возьмите воду, заряженный телефон и нужные вам лекарства.",
                        ar="احمل الماء وهاتفًا مشحونًا وأي أدوية تحتاج إليها.",
                    ),
                    t(
                        "Lock your phone with a passcode rather than your fingerprint or face.",
                        fr=(
                            "Verrouillez votre téléphone avec un code plutôt qu'avec votre "
                            "empreinte ou votre visage."
                        ),
                        es=(
                            "Bloquee el teléfono con un código en lugar de con la huella o el "
                            "rostro."
                        ),
                        pt=(
                            "Bloqueie o telemóvel com um código em vez da impressão digital ou do "
                            "rosto."
                        ),
                        ru="Блокируйте телефон паролем, а не отпечатком пальца или лицом.",
                        ar="اقفل هاتفك برمز مرور بدلًا من بصمة الإصبع أو الوجه.",
                    ),
                    t(
                        "Note the exits and side streets as you arrive.",
                        fr="Repérez les sorties et les rues adjacentes dès votre arrivée.",
                        es="Fíjese en las salidas y calles laterales al llegar.",
                        pt="Repare nas saídas e ruas laterais quando chegar.",
                        ru="По прибытии отметьте выходы и боковые улицы.",
                        ar="لاحظ المخارج والشوارع الجانبية فور وصولك.",
                    ),
                    t(
                        "Stay at the edge of the crowd if you may need to leave quickly.",
                        fr=(
                            "Restez en bordure de la foule si vous risquez de devoir partir "
                            "rapidement."
                        ),
                        es="Quédese en el borde de la multitud si puede necesitar irse rápido.",
                        pt="Fique na periferia da multidão se puder precisar de sair depressa.",
                        ru="Держитесь края толпы, если вам может понадобиться быстро уйти.",
                        ar="ابقَ على أطراف الحشد إذا كنت قد تحتاج إلى المغادرة بسرعة.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "If the police begin to surround or disperse the crowd, move calmly "
                        "towards an open exit with your group and avoid running."
                    ),
                    fr=(
                        "Si la police commence à encercler ou à disperser la foule, dirigez-vous "
                        "calmement avec votre groupe vers une sortie dégagée et évitez de courir."
                    ),
                    es=(
                        "Si la policía empieza a rodear o dispersar a la multitud, diríjase con "
                        "calma y con su grupo hacia una salida despejada y evite correr."
                    ),
                    pt=(
                        "Se a polícia começar a cercar ou dispersar a multidão, dirija-se com "
                        "calma e com o seu grupo para uma saída desimpedida e evite correr."
                    ),
                    ru=(
                        "Если полиция начинает окружать или разгонять толпу, спокойно двигайтесь "
                        "вместе с группой к свободному выходу и не бегите."
                    ),
                    ar=(
                        "إذا بدأت الشرطة بمحاصرة الحشد أو تفريقه، فتوجّه بهدوء مع مجموعتك نحو مخرج "
                        "مفتوح وتجنّب الركض."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "After the protest",
                    fr="Après la manifestation",
                    es="Después de la protesta",
                    pt="Depois da manifestação",
                    ru="После протеста",
                    ar="بعد الاحتجاج",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Leave in pairs or small groups and let your contact know when you are "
                        "safely home. Write down what you witnessed, including times and places, "
                        "while your memory is fresh. If you were hurt or arrested, contact a "
                        "lawyer and seek medical care, and allow yourself time to recover "
                        "emotionally."
                    ),
                    fr=(
                        "Partez à deux ou en petit groupe et prévenez votre contact une fois chez "
                        "vous en sécurité. Notez ce dont vous avez été témoin, avec les heures et "
                        "les lieux, tant que vos souvenirs sont frais. En cas de blessure ou "
                        "d'arrestation, contactez un avocat et consultez un médecin, et "
                        "accordez-vous du temps pour vous remettre émotionnellement."
                    ),
                    es=(
                        "Salga en pareja o en grupos pequeños y avise a su contacto cuando esté en "
                        "casa a salvo. Anote lo que presenció, con horas y lugares, mientras lo "
                        "tenga fresco en la memoria. En caso de lesiones o detención, contacte con "
                        "un abogado y busque atención médica, y dese tiempo para recuperarse "
                        "emocionalmente."
                    ),
                    pt=(
                        "Saia aos pares ou em pequenos grupos e avise o seu contacto quando "
                        "estiver em casa em segurança. Registe o que testemunhou, incluindo horas "
                        "e locais, enquanto tem a memória fresca. Em caso de ferimentos ou "
                        "detenção, contacte um advogado e procure assistência médica, e dê a si "
                        "próprio tempo para recuperar emocionalmente."
                    ),
                    ru=(
                        "Уходите парами или небольшими группами и сообщите своему контакту, когда "
                        "благополучно доберётесь домой. Пока память свежа, запишите то, чему были "
                        "свидетелем, с указанием времени и мест. Если вы пострадали или были "
                        "задержаны, свяжитесь с адвокатом, обратитесь за медицинской помощью и "
                        "дайте себе время на эмоциональное восстановление."
                    ),
                    ar=(
                        "غادر مع شخص آخر أو ضمن مجموعة صغيرة، وأبلغ جهة اتصالك عندما تصل إلى منزلك "
                        "بأمان. ودوّن ما شهدته، بما في ذلك الأوقات والأماكن، ما دامت ذاكرتك حاضرة. "
                        "وإذا أُصبت أو اعتُقلت، فتواصل مع محامٍ واطلب الرعاية الطبية، وامنح نفسك "
                        "وقتًا للتعافي نفسيًا."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    (
                        "Knowing exactly where my group would meet kept me calm when the crowd was "
                        "pushed back."
                    ),
                    fr=(
                        "Savoir exactement où mon groupe se retrouverait m'a permis de rester "
                        "calme quand la foule a été repoussée."
                    ),
                    es=(
                        "Saber exactamente dónde se reuniría mi grupo me mantuvo en calma cuando "
                        "hicieron retroceder a la multitud."
                    ),
                    pt=(
                        "Saber exatamente onde o meu grupo se ia encontrar ajudou-me a manter a "
                        "calma quando a multidão foi empurrada para trás."
                    ),
                    ru=(
                        "Когда толпу оттеснили, меня успокаивало то, что я точно знал, где "
                        "встретится моя группа."
                    ),
                    ar=(
                        "حين دُفع الحشد إلى الخلف، ساعدني على الهدوء أنني كنت أعرف بالضبط أين "
                        "ستلتقي مجموعتي."
                    ),
                ),
            ),
        ],
        languages=("en", "es", "pt", "ru"),
        file_languages=("en", "es"),
    ),
    DemoResource(
        key="personal-emergency-plan",
        topic="physical-security",
        format="checklist",
        level="advanced",
        reviewed="2026-01-10",
        interval=12,
        title=t(
            "Your personal emergency plan and contact protocol",
            fr="Votre plan d'urgence personnel et protocole de contact",
            es="Su plan de emergencia personal y protocolo de contacto",
            pt="O seu plano de emergência pessoal e protocolo de contacto",
            ru="Личный план действий в экстренной ситуации и протокол связи",
            ar="خطة الطوارئ الشخصية وبروتوكول الاتصال",
        ),
        summary=t(
            (
                "Decide now who should act, and how, if you are detained, disappear or must leave "
                "suddenly. This checklist helps you write a plan your trusted contacts can follow."
            ),
            fr=(
                "Décidez dès maintenant qui doit agir, et comment, en cas de détention, de "
                "disparition ou de départ précipité. Cette liste vous aide à rédiger un plan que "
                "vos contacts de confiance pourront suivre."
            ),
            es=(
                "Decida desde ahora quién debe actuar, y cómo, en caso de detención, desaparición "
                "o salida repentina. Esta lista le ayuda a redactar un plan que sus contactos de "
                "confianza puedan seguir."
            ),
            pt=(
                "Decida desde já quem deve agir, e como, em caso de detenção, desaparecimento ou "
                "partida repentina. Esta lista ajuda-o a redigir um plano que os seus contactos de "
                "confiança possam seguir."
            ),
            ru=(
                "Решите заранее, кто и как должен действовать в случае вашего задержания, "
                "исчезновения или внезапного отъезда. Этот список поможет составить план, которому "
                "смогут следовать доверенные контакты."
            ),
            ar=(
                "قرر من الآن من يجب أن يتصرف وكيف، في حال احتجازك أو اختفائك أو اضطرارك إلى "
                "المغادرة فجأة. تساعدك هذه القائمة على كتابة خطة يستطيع الأشخاص الموثوقون لديك "
                "اتباعها."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Why a written plan matters",
                    fr="Pourquoi un plan écrit est important",
                    es="Por qué importa tener un plan escrito",
                    pt="Porque é importante ter um plano escrito",
                    ru="Почему важен письменный план",
                    ar="لماذا تهم الخطة المكتوبة",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "In the first hours after an arrest or disappearance, quick and "
                        "coordinated action can make a real difference. Under stress, people "
                        "forget numbers, argue about what to do or alert the wrong people. A "
                        "written plan, shared in advance with a few trusted contacts, removes that "
                        "uncertainty."
                    ),
                    fr=(
                        "Dans les premières heures qui suivent une arrestation ou une disparition, "
                        "une action rapide et coordonnée peut faire une réelle différence. Sous le "
                        "stress, on oublie des numéros, on se dispute sur la marche à suivre ou on "
                        "alerte les mauvaises personnes. Un plan écrit, partagé à l'avance avec "
                        "quelques contacts de confiance, lève cette incertitude."
                    ),
                    es=(
                        "En las primeras horas tras una detención o una desaparición, actuar con "
                        "rapidez y coordinación puede marcar una gran diferencia. Bajo estrés, la "
                        "gente olvida números, discute sobre qué hacer o alerta a las personas "
                        "equivocadas. Un plan escrito, compartido de antemano con unos pocos "
                        "contactos de confianza, elimina esa incertidumbre."
                    ),
                    pt=(
                        "Nas primeiras horas após uma detenção ou um desaparecimento, uma ação "
                        "rápida e coordenada pode fazer uma diferença real. Sob stress, as pessoas "
                        "esquecem números, discutem sobre o que fazer ou alertam as pessoas "
                        "erradas. Um plano escrito, partilhado antecipadamente com alguns "
                        "contactos de confiança, elimina essa incerteza."
                    ),
                    ru=(
                        "В первые часы после задержания или исчезновения быстрые и согласованные "
                        "действия могут многое изменить. В состоянии стресса люди забывают номера, "
                        "спорят о том, что делать, или предупреждают не тех. Письменный план, "
                        "заранее переданный нескольким доверенным контактам, устраняет эту "
                        "неопределённость."
                    ),
                    ar=(
                        "في الساعات الأولى التي تلي الاعتقال أو الاختفاء، قد يُحدث التحرك السريع "
                        "والمنسّق فرقًا حقيقيًا. فتحت الضغط ينسى الناس الأرقام أو يختلفون حول ما "
                        "يجب فعله أو ينبّهون الأشخاص الخطأ. والخطة المكتوبة التي تُشارك مسبقًا مع "
                        "عدد قليل من الأشخاص الموثوقين تزيل هذا الغموض."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Choose two trusted contacts and confirm they accept the role.",
                        fr=(
                            "Choisissez deux contacts de confiance et assurez-vous qu'ils "
                            "acceptent ce rôle."
                        ),
                        es="Elija dos contactos de confianza y confirme que aceptan esa función.",
                        pt=(
                            "Escolha dois contactos de confiança e confirme que aceitam essa "
                            "função."
                        ),
                        ru=(
                            "Выберите два доверенных контакта и убедитесь, что они согласны взять "
                            "на себя эту роль."
                        ),
                        ar="اختر شخصين موثوقين وتأكد من قبولهما لهذا الدور.",
                    ),
                    t(
                        "Set a check-in routine and a deadline after which they act.",
                        fr=(
                            "Fixez une routine de prise de contact et un délai au-delà duquel ils "
                            "agissent."
                        ),
                        es=(
                            "Establezca una rutina de contacto y un plazo a partir del cual deben "
                            "actuar."
                        ),
                        pt="Defina uma rotina de contacto e um prazo a partir do qual devem agir.",
                        ru=(
                            "Установите порядок регулярной связи и срок, после которого они "
                            "начинают действовать."
                        ),
                        ar="حدد روتينًا للطمأنة ومهلة يبدآن بالتحرك بعد انقضائها.",
                    ),
                    t(
                        "Agree on a code word that means you are in danger.",
                        fr="Convenez d'un mot de code signifiant que vous êtes en danger.",
                        es="Acuerden una palabra clave que signifique que está en peligro.",
                        pt="Combinem uma palavra de código que signifique que está em perigo.",
                        ru="Договоритесь о кодовом слове, означающем, что вы в опасности.",
                        ar="اتفقوا على كلمة سر تعني أنك في خطر.",
                    ),
                    t(
                        "List the lawyer, organisations and journalists to alert, in order.",
                        fr=(
                            "Dressez la liste, par ordre de priorité, de l'avocat, des "
                            "organisations et des journalistes à alerter."
                        ),
                        es=(
                            "Enumere, por orden, el abogado, las organizaciones y los periodistas "
                            "a los que avisar."
                        ),
                        pt=(
                            "Enumere, por ordem, o advogado, as organizações e os jornalistas a "
                            "alertar."
                        ),
                        ru=(
                            "Составьте список адвоката, организаций и журналистов, которых нужно "
                            "оповестить, в порядке очерёдности."
                        ),
                        ar="ضع قائمة مرتبة بالمحامي والمنظمات والصحفيين الذين يجب تنبيههم.",
                    ),
                    t(
                        "Record medical needs and who will care for your dependants.",
                        fr=(
                            "Indiquez vos besoins médicaux et qui s'occupera des personnes à votre "
                            "charge."
                        ),
                        es=(
                            "Anote sus necesidades médicas y quién cuidará de las personas a su "
                            "cargo."
                        ),
                        pt=(
                            "Registe as suas necessidades médicas e quem cuidará das pessoas a seu "
                            "cargo."
                        ),
                        ru=(
                            "Укажите свои медицинские потребности и кто позаботится о ваших "
                            "иждивенцах."
                        ),
                        ar="دوّن احتياجاتك الطبية ومن سيعتني بالأشخاص الذين تعيلهم.",
                    ),
                    t(
                        "Store the plan securely and review it every three months.",
                        fr="Conservez le plan en lieu sûr et revoyez-le tous les trois mois.",
                        es="Guarde el plan en un lugar seguro y revíselo cada tres meses.",
                        pt="Guarde o plano num local seguro e reveja-o a cada três meses.",
                        ru="Храните план в надёжном месте и пересматривайте его каждые три месяца.",
                        ar="احفظ الخطة في مكان آمن وراجعها كل ثلاثة أشهر.",
                    ),
                ],
            ),
            (
                "warning",
                t(
                    (
                        "Never write the plan's details in an unencrypted message or leave a "
                        "printed copy where it could be seized."
                    ),
                    fr=(
                        "N'écrivez jamais les détails du plan dans un message non chiffré et ne "
                        "laissez pas de copie imprimée là où elle pourrait être saisie."
                    ),
                    es=(
                        "Nunca escriba los detalles del plan en un mensaje sin cifrar ni deje una "
                        "copia impresa donde pueda ser incautada."
                    ),
                    pt=(
                        "Nunca escreva os pormenores do plano numa mensagem não cifrada nem deixe "
                        "uma cópia impressa onde possa ser apreendida."
                    ),
                    ru=(
                        "Никогда не пересылайте подробности плана в незашифрованных сообщениях и "
                        "не оставляйте распечатку там, где её могут изъять."
                    ),
                    ar=(
                        "لا تكتب تفاصيل الخطة أبدًا في رسالة غير مشفّرة، ولا تترك نسخة مطبوعة منها "
                        "في مكان قد تُصادر فيه."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Testing the protocol",
                    fr="Tester le protocole",
                    es="Poner a prueba el protocolo",
                    pt="Testar o protocolo",
                    ru="Проверка протокола",
                    ar="اختبار البروتوكول",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Run a practice alert with your contacts at least once a year so everyone "
                        "knows their part. Check that phone numbers still work and that each "
                        "contact can reach the next person in the chain. Update the plan whenever "
                        "your work, address or risk level changes."
                    ),
                    fr=(
                        "Organisez un exercice d'alerte avec vos contacts au moins une fois par an "
                        "pour que chacun connaisse son rôle. Vérifiez que les numéros de téléphone "
                        "fonctionnent toujours et que chaque contact peut joindre la personne "
                        "suivante de la chaîne. Mettez le plan à jour chaque fois que votre "
                        "travail, votre adresse ou votre niveau de risque change."
                    ),
                    es=(
                        "Haga un simulacro de alerta con sus contactos al menos una vez al año "
                        "para que cada persona conozca su papel. Compruebe que los números de "
                        "teléfono siguen funcionando y que cada contacto puede localizar a la "
                        "siguiente persona de la cadena. Actualice el plan cada vez que cambien su "
                        "trabajo, su dirección o su nivel de riesgo."
                    ),
                    pt=(
                        "Faça um simulacro de alerta com os seus contactos pelo menos uma vez por "
                        "ano para que todos conheçam o seu papel. Confirme que os números de "
                        "telefone continuam a funcionar e que cada contacto consegue chegar à "
                        "pessoa seguinte da cadeia. Atualize o plano sempre que mudarem o seu "
                        "trabalho, a sua morada ou o seu nível de risco."
                    ),
                    ru=(
                        "Хотя бы раз в год проводите с контактами учебную тревогу, чтобы каждый "
                        "знал свою роль. Проверьте, что номера телефонов по-прежнему действуют и "
                        "каждый контакт может связаться со следующим человеком в цепочке. "
                        "Обновляйте план всякий раз, когда меняются ваша работа, адрес или уровень "
                        "риска."
                    ),
                    ar=(
                        "أجرِ تمرين إنذار مع جهات اتصالك مرة واحدة على الأقل كل عام، حتى يعرف كل "
                        "شخص دوره. وتحقق من أن أرقام الهواتف ما زالت تعمل وأن كل جهة اتصال تستطيع "
                        "الوصول إلى الشخص التالي في السلسلة. وحدّث الخطة كلما تغير عملك أو عنوانك "
                        "أو مستوى الخطر الذي تواجهه."
                    ),
                ),
            ),
            (
                "quote",
                t(
                    (
                        "When I was held for a night, my colleagues knew exactly whom to call "
                        "because we had practised."
                    ),
                    fr=(
                        "Quand j'ai été retenu une nuit, mes collègues savaient exactement qui "
                        "appeler parce que nous nous étions entraînés."
                    ),
                    es=(
                        "Cuando me retuvieron una noche, mis colegas sabían exactamente a quién "
                        "llamar porque lo habíamos ensayado."
                    ),
                    pt=(
                        "Quando fiquei detido uma noite, os meus colegas sabiam exatamente a quem "
                        "telefonar porque tínhamos treinado."
                    ),
                    ru=(
                        "Когда меня задержали на ночь, коллеги точно знали, кому звонить, потому "
                        "что мы это отрабатывали."
                    ),
                    ar=(
                        "عندما احتُجزت ليلة كاملة، عرف زملائي بالضبط بمن يتصلون لأننا كنا قد "
                        "تدربنا على ذلك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "es", "ar"),
    ),
]
