"""Demo resources: digital security."""

from resources.demo.text import DemoResource, t

RESOURCES = [
    DemoResource(
        key="strong-passwords",
        topic="digital-security",
        format="guide",
        level="beginner",
        reviewed="2026-06-01",
        interval=12,
        title=t(
            "Strong passwords and a password manager",
            fr="Mots de passe robustes et gestionnaire de mots de passe",
            es="Contraseñas robustas y gestor de contraseñas",
            pt="Palavras-passe fortes e gestor de palavras-passe",
            ru="Надёжные пароли и менеджер паролей",
            ar="كلمات مرور قوية ومدير كلمات المرور",
        ),
        summary=t(
            (
                "Long, unique passwords protect every account you have. A password manager "
                "remembers them so you do not have to."
            ),
            fr=(
                "Des mots de passe longs et uniques protègent chacun de vos comptes. Un "
                "gestionnaire de mots de passe les retient à votre place."
            ),
            es=(
                "Las contraseñas largas y únicas protegen cada una de sus cuentas. Un gestor de "
                "contraseñas las recuerda por usted."
            ),
            pt=(
                "Palavras-passe longas e únicas protegem cada uma das suas contas. Um gestor de "
                "palavras-passe memoriza-as por si."
            ),
            ru=(
                "Длинные уникальные пароли защищают каждую вашу учётную запись. Менеджер паролей "
                "запоминает их за вас."
            ),
            ar=(
                "تحمي كلمات المرور الطويلة والفريدة كل حساب من حساباتك. ويتذكّرها مدير كلمات "
                "المرور نيابةً عنك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Why password reuse is dangerous",
                    fr="Pourquoi réutiliser un mot de passe est dangereux",
                    es="Por qué es peligroso reutilizar contraseñas",
                    pt="Porque é perigoso reutilizar palavras-passe",
                    ru="Чем опасно повторное использование паролей",
                    ar="لماذا يُعدّ تكرار استخدام كلمة المرور خطيرًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "When a website is breached, attackers try the leaked email and password "
                        "on many other services. If you use the same password everywhere, one leak "
                        "can open your email, your social media and your organisation's files. A "
                        "unique password for each account limits the damage to a single service. "
                        "This is demonstration content for the Shelter City website."
                    ),
                    fr=(
                        "Lorsqu’un site web est piraté, les attaquants essaient l’adresse e-mail "
                        "et le mot de passe divulgués sur de nombreux autres services. Si vous "
                        "utilisez le même mot de passe partout, une seule fuite peut ouvrir votre "
                        "messagerie, vos réseaux sociaux et les fichiers de votre organisation. Un "
                        "mot de passe unique par compte limite les dégâts à un seul service. Ceci "
                        "est un contenu de démonstration pour le site de Shelter City."
                    ),
                    es=(
                        "Cuando un sitio web sufre una filtración, los atacantes prueban el correo "
                        "y la contraseña filtrados en muchos otros servicios. Si usa la misma "
                        "contraseña en todas partes, una sola filtración puede abrir su correo, "
                        "sus redes sociales y los archivos de su organización. Una contraseña "
                        "única para cada cuenta limita el daño a un solo servicio. Este es un "
                        "contenido de demostración para el sitio web de Shelter City."
                    ),
                    pt=(
                        "Quando um site é comprometido, os atacantes experimentam o e-mail e a "
                        "palavra-passe divulgados em muitos outros serviços. Se usar a mesma "
                        "palavra-passe em todo o lado, uma única fuga pode abrir o seu e-mail, as "
                        "suas redes sociais e os ficheiros da sua organização. Uma palavra-passe "
                        "única para cada conta limita os danos a um só serviço. Este é um conteúdo "
                        "de demonstração para o site da Shelter City."
                    ),
                    ru=(
                        "Когда сайт взламывают, злоумышленники пробуют утёкшие адрес почты и "
                        "пароль на множестве других сервисов. Если вы везде используете один и тот "
                        "же пароль, одна утечка может открыть доступ к вашей почте, соцсетям и "
                        "файлам вашей организации. Уникальный пароль для каждой учётной записи "
                        "ограничивает ущерб одним сервисом. Это демонстрационный материал для "
                        "сайта Shelter City."
                    ),
                    ar=(
                        "عندما يتعرّض موقع إلكتروني للاختراق، يجرّب المهاجمون البريد الإلكتروني "
                        "وكلمة المرور المسرّبين على خدمات أخرى كثيرة. وإذا كنت تستخدم كلمة المرور "
                        "نفسها في كل مكان، فقد يفتح تسريب واحد بريدك الإلكتروني وحساباتك على وسائل "
                        "التواصل الاجتماعي وملفات منظمتك. إن استخدام كلمة مرور فريدة لكل حساب يحصر "
                        "الضرر في خدمة واحدة. هذا محتوى تجريبي لموقع Shelter City."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Install a password manager such as KeePassXC.",
                        fr="Installez un gestionnaire de mots de passe comme KeePassXC.",
                        es="Instale un gestor de contraseñas como KeePassXC.",
                        pt="Instale um gestor de palavras-passe como o KeePassXC.",
                        ru="Установите менеджер паролей, например KeePassXC.",
                        ar="ثبّت مدير كلمات مرور مثل KeePassXC.",
                    ),
                    t(
                        "Protect it with a long passphrase of five or more random words.",
                        fr=(
                            "Protégez-le par une longue phrase de passe d’au moins cinq mots "
                            "aléatoires."
                        ),
                        es=(
                            "Protéjalo con una frase de contraseña larga de cinco o más palabras "
                            "aleatorias."
                        ),
                        pt=(
                            "Proteja-o com uma frase-passe longa de cinco ou mais palavras "
                            "aleatórias."
                        ),
                        ru=(
                            "Защитите его длинной парольной фразой из пяти или более случайных "
                            "слов."
                        ),
                        ar="احمِه بعبارة مرور طويلة من خمس كلمات عشوائية أو أكثر.",
                    ),
                    t(
                        "Change the passwords of your email and main accounts first.",
                        fr=(
                            "Changez d’abord les mots de passe de votre messagerie et de vos "
                            "comptes principaux."
                        ),
                        es=(
                            "Cambie primero las contraseñas de su correo y de sus cuentas "
                            "principales."
                        ),
                        pt=(
                            "Altere primeiro as palavras-passe do seu e-mail e das suas contas "
                            "principais."
                        ),
                        ru="Сначала смените пароли от почты и основных учётных записей.",
                        ar="غيّر أولًا كلمات مرور بريدك الإلكتروني وحساباتك الرئيسية.",
                    ),
                    t(
                        "Let the manager generate a new random password for every account.",
                        fr=(
                            "Laissez le gestionnaire générer un nouveau mot de passe aléatoire "
                            "pour chaque compte."
                        ),
                        es=(
                            "Deje que el gestor genere una contraseña aleatoria nueva para cada "
                            "cuenta."
                        ),
                        pt="Deixe o gestor gerar uma nova palavra-passe aleatória para cada conta.",
                        ru=(
                            "Пусть менеджер создаёт новый случайный пароль для каждой учётной "
                            "записи."
                        ),
                        ar="دع المدير يولّد كلمة مرور عشوائية جديدة لكل حساب.",
                    ),
                    t(
                        "Keep an encrypted backup of the password database.",
                        fr="Conservez une sauvegarde chiffrée de la base de mots de passe.",
                        es=(
                            "Guarde una copia de seguridad cifrada de la base de datos de "
                            "contraseñas."
                        ),
                        pt=(
                            "Guarde uma cópia de segurança cifrada da base de dados de "
                            "palavras-passe."
                        ),
                        ru="Храните зашифрованную резервную копию базы паролей.",
                        ar="احتفظ بنسخة احتياطية مشفّرة من قاعدة بيانات كلمات المرور.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "A passphrase of several unrelated words is easier to remember and harder "
                        "to guess than a short password full of symbols."
                    ),
                    fr=(
                        "Une phrase de passe composée de plusieurs mots sans rapport entre eux est "
                        "plus facile à retenir et plus difficile à deviner qu’un mot de passe "
                        "court rempli de symboles."
                    ),
                    es=(
                        "Una frase de contraseña de varias palabras sin relación entre sí es más "
                        "fácil de recordar y más difícil de adivinar que una contraseña corta "
                        "llena de símbolos."
                    ),
                    pt=(
                        "Uma frase-passe com várias palavras sem relação entre si é mais fácil de "
                        "memorizar e mais difícil de adivinhar do que uma palavra-passe curta "
                        "cheia de símbolos."
                    ),
                    ru=(
                        "Парольную фразу из нескольких не связанных между собой слов легче "
                        "запомнить и труднее подобрать, чем короткий пароль, полный символов."
                    ),
                    ar=(
                        "عبارة المرور المكوّنة من عدة كلمات لا رابط بينها أسهل في التذكّر وأصعب في "
                        "التخمين من كلمة مرور قصيرة مليئة بالرموز."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Looking after your password manager",
                    fr="Prendre soin de votre gestionnaire de mots de passe",
                    es="Cómo cuidar su gestor de contraseñas",
                    pt="Cuidar do seu gestor de palavras-passe",
                    ru="Как обращаться с менеджером паролей",
                    ar="العناية بمدير كلمات المرور",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Your master passphrase is the one password you must remember, so practise "
                        "it daily for the first weeks. Lock the manager when you step away from "
                        "your computer and set it to lock automatically after a few minutes. Never "
                        "store the master passphrase in the same place as the database."
                    ),
                    fr=(
                        "Votre phrase de passe principale est le seul mot de passe que vous devez "
                        "retenir : entraînez-vous à la saisir chaque jour pendant les premières "
                        "semaines. Verrouillez le gestionnaire lorsque vous vous éloignez de votre "
                        "ordinateur et réglez-le pour qu’il se verrouille automatiquement après "
                        "quelques minutes. Ne conservez jamais la phrase de passe principale au "
                        "même endroit que la base de données."
                    ),
                    es=(
                        "Su frase de contraseña maestra es la única contraseña que debe recordar, "
                        "así que practíquela a diario durante las primeras semanas. Bloquee el "
                        "gestor cuando se aleje de su ordenador y configúrelo para que se bloquee "
                        "automáticamente al cabo de unos minutos. Nunca guarde la frase maestra en "
                        "el mismo lugar que la base de datos."
                    ),
                    pt=(
                        "A sua frase-passe mestra é a única palavra-passe que tem de memorizar, "
                        "por isso pratique-a todos os dias nas primeiras semanas. Bloqueie o "
                        "gestor quando se afastar do computador e configure-o para bloquear "
                        "automaticamente ao fim de alguns minutos. Nunca guarde a frase-passe "
                        "mestra no mesmo local que a base de dados."
                    ),
                    ru=(
                        "Главная парольная фраза — единственный пароль, который нужно помнить, "
                        "поэтому в первые недели вводите её каждый день. Блокируйте менеджер, "
                        "когда отходите от компьютера, и настройте автоматическую блокировку через "
                        "несколько минут. Никогда не храните главную фразу там же, где базу "
                        "паролей."
                    ),
                    ar=(
                        "عبارة المرور الرئيسية هي كلمة المرور الوحيدة التي عليك تذكّرها، لذا تدرّب "
                        "على كتابتها يوميًا خلال الأسابيع الأولى. اقفل المدير عندما تبتعد عن "
                        "حاسوبك واضبطه ليُقفَل تلقائيًا بعد بضع دقائق. لا تحفظ عبارة المرور "
                        "الرئيسية أبدًا في المكان نفسه الذي توجد فيه قاعدة البيانات."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "If you forget your master passphrase, nobody can recover the passwords "
                        "stored in KeePassXC. Keep a written copy in a safe place that only you or "
                        "a trusted person can reach."
                    ),
                    fr=(
                        "Si vous oubliez votre phrase de passe principale, personne ne pourra "
                        "récupérer les mots de passe stockés dans KeePassXC. Gardez-en une copie "
                        "écrite dans un lieu sûr, accessible uniquement à vous ou à une personne "
                        "de confiance."
                    ),
                    es=(
                        "Si olvida su frase de contraseña maestra, nadie podrá recuperar las "
                        "contraseñas guardadas en KeePassXC. Guarde una copia escrita en un lugar "
                        "seguro al que solo usted o una persona de confianza puedan acceder."
                    ),
                    pt=(
                        "Se esquecer a sua frase-passe mestra, ninguém conseguirá recuperar as "
                        "palavras-passe guardadas no KeePassXC. Guarde uma cópia escrita num local "
                        "seguro a que só você ou uma pessoa de confiança tenham acesso."
                    ),
                    ru=(
                        "Если вы забудете главную парольную фразу, никто не сможет восстановить "
                        "пароли, хранящиеся в KeePassXC. Держите записанную копию в надёжном "
                        "месте, доступном только вам или доверенному человеку."
                    ),
                    ar=(
                        "إذا نسيت عبارة المرور الرئيسية، فلن يستطيع أحد استعادة كلمات المرور "
                        "المخزّنة في KeePassXC. احتفظ بنسخة مكتوبة في مكان آمن لا يصل إليه سواك أو "
                        "شخص تثق به."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr"),
    ),
    DemoResource(
        key="two-factor-authentication",
        topic="digital-security",
        format="checklist",
        level="beginner",
        reviewed="2025-03-10",
        interval=12,
        title=t(
            "Turning on two-factor authentication",
            fr="Activer l’authentification à deux facteurs",
            es="Activar la autenticación de dos factores",
            pt="Ativar a autenticação de dois fatores",
            ru="Как включить двухфакторную аутентификацию",
            ar="تفعيل المصادقة الثنائية",
        ),
        summary=t(
            (
                "A second step at login stops most account takeovers, even when your password has "
                "leaked. Here is how to set it up on your key accounts."
            ),
            fr=(
                "Une seconde étape à la connexion empêche la plupart des prises de contrôle de "
                "comptes, même si votre mot de passe a fuité. Voici comment l’activer sur vos "
                "comptes essentiels."
            ),
            es=(
                "Un segundo paso al iniciar sesión impide la mayoría de los robos de cuentas, "
                "incluso si su contraseña se ha filtrado. Así puede activarlo en sus cuentas clave."
            ),
            pt=(
                "Um segundo passo no início de sessão impede a maioria dos roubos de contas, mesmo "
                "que a sua palavra-passe tenha sido divulgada. Veja como ativá-lo nas suas contas "
                "principais."
            ),
            ru=(
                "Второй шаг при входе предотвращает большинство захватов учётных записей, даже "
                "если ваш пароль утёк. Вот как включить его для важнейших аккаунтов."
            ),
            ar=(
                "تمنع خطوة ثانية عند تسجيل الدخول معظم عمليات الاستيلاء على الحسابات، حتى لو "
                "تسرّبت كلمة مرورك. إليك كيفية تفعيلها على حساباتك الأساسية."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What a second factor adds",
                    fr="Ce qu’apporte un second facteur",
                    es="Qué aporta un segundo factor",
                    pt="O que acrescenta um segundo fator",
                    ru="Что даёт второй фактор",
                    ar="ما الذي يضيفه العامل الثاني",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Two-factor authentication asks for something you have, such as a code "
                        "from an app or a security key, in addition to your password. An attacker "
                        "who steals or guesses your password still cannot log in without it. "
                        "Authenticator apps and physical security keys are safer than codes sent "
                        "by SMS, which can be intercepted or redirected."
                    ),
                    fr=(
                        "L’authentification à deux facteurs demande, en plus de votre mot de "
                        "passe, quelque chose que vous possédez, comme un code généré par une "
                        "application ou une clé de sécurité. Un attaquant qui vole ou devine votre "
                        "mot de passe ne peut toujours pas se connecter sans ce second élément. "
                        "Les applications d’authentification et les clés de sécurité physiques "
                        "sont plus sûres que les codes envoyés par SMS, qui peuvent être "
                        "interceptés ou détournés."
                    ),
                    es=(
                        "La autenticación de dos factores pide, además de su contraseña, algo que "
                        "usted tiene, como un código de una aplicación o una llave de seguridad. "
                        "Un atacante que robe o adivine su contraseña seguirá sin poder entrar sin "
                        "ese segundo elemento. Las aplicaciones de autenticación y las llaves de "
                        "seguridad físicas son más seguras que los códigos enviados por SMS, que "
                        "pueden ser interceptados o desviados."
                    ),
                    pt=(
                        "A autenticação de dois fatores pede, além da palavra-passe, algo que "
                        "possui, como um código de uma aplicação ou uma chave de segurança. Um "
                        "atacante que roube ou adivinhe a sua palavra-passe continua sem conseguir "
                        "entrar sem esse segundo elemento. As aplicações de autenticação e as "
                        "chaves de segurança físicas são mais seguras do que os códigos enviados "
                        "por SMS, que podem ser intercetados ou desviados."
                    ),
                    ru=(
                        "Двухфакторная аутентификация требует, помимо пароля, того, что есть "
                        "только у вас, например кода из приложения или физического ключа "
                        "безопасности. Злоумышленник, который украл или подобрал ваш пароль, всё "
                        "равно не сможет войти без второго фактора. Приложения-аутентификаторы и "
                        "физические ключи надёжнее кодов из SMS, которые можно перехватить или "
                        "перенаправить."
                    ),
                    ar=(
                        "تطلب المصادقة الثنائية، إلى جانب كلمة المرور، شيئًا تملكه، مثل رمز من "
                        "تطبيق أو مفتاح أمان. ولن يتمكّن المهاجم الذي سرق كلمة مرورك أو خمّنها من "
                        "تسجيل الدخول من دونه. وتُعدّ تطبيقات المصادقة ومفاتيح الأمان المادية أكثر "
                        "أمانًا من الرموز المرسلة عبر الرسائل القصيرة، إذ يمكن اعتراضها أو تحويلها."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Setting up two-factor authentication step by step",
                    fr="Configurer l’authentification à deux facteurs étape par étape",
                    es="Configurar la autenticación de dos factores paso a paso",
                    pt="Configurar a autenticação de dois fatores passo a passo",
                    ru="Настройка двухфакторной аутентификации шаг за шагом",
                    ar="إعداد المصادقة الثنائية خطوة بخطوة",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Start with your email account, since it can reset all the others.",
                        fr=(
                            "Commencez par votre messagerie, car elle permet de réinitialiser tous "
                            "les autres comptes."
                        ),
                        es=(
                            "Empiece por su cuenta de correo, ya que permite restablecer todas las "
                            "demás."
                        ),
                        pt=(
                            "Comece pela sua conta de e-mail, pois permite redefinir todas as "
                            "outras."
                        ),
                        ru=(
                            "Начните с почты: через неё можно сбросить пароли от всех остальных "
                            "аккаунтов."
                        ),
                        ar=(
                            "ابدأ بحساب بريدك الإلكتروني، لأنه يتيح إعادة تعيين جميع الحسابات "
                            "الأخرى."
                        ),
                    ),
                    t(
                        (
                            "Open the security settings and choose an authenticator app or a "
                            "security key."
                        ),
                        fr=(
                            "Ouvrez les paramètres de sécurité et choisissez une application "
                            "d’authentification ou une clé de sécurité."
                        ),
                        es=(
                            "Abra la configuración de seguridad y elija una aplicación de "
                            "autenticación o una llave de seguridad."
                        ),
                        pt=(
                            "Abra as definições de segurança e escolha uma aplicação de "
                            "autenticação ou uma chave de segurança."
                        ),
                        ru=(
                            "Откройте настройки безопасности и выберите приложение-аутентификатор "
                            "или ключ безопасности."
                        ),
                        ar="افتح إعدادات الأمان واختر تطبيق مصادقة أو مفتاح أمان.",
                    ),
                    t(
                        "Scan the code with the app and confirm with the first code it shows.",
                        fr=(
                            "Scannez le code avec l’application et validez avec le premier code "
                            "affiché."
                        ),
                        es=(
                            "Escanee el código con la aplicación y confirme con el primer código "
                            "que muestre."
                        ),
                        pt=(
                            "Digitalize o código com a aplicação e confirme com o primeiro código "
                            "apresentado."
                        ),
                        ru="Отсканируйте код приложением и подтвердите первым показанным кодом.",
                        ar="امسح الرمز بالتطبيق وأكّد باستخدام أول رمز يظهر فيه.",
                    ),
                    t(
                        "Save the backup codes offline, away from your phone.",
                        fr="Conservez les codes de secours hors ligne, loin de votre téléphone.",
                        es="Guarde los códigos de respaldo sin conexión, lejos de su teléfono.",
                        pt="Guarde os códigos de recuperação offline, longe do seu telemóvel.",
                        ru="Сохраните резервные коды офлайн, отдельно от телефона.",
                        ar="احفظ الرموز الاحتياطية دون اتصال بالإنترنت، بعيدًا عن هاتفك.",
                    ),
                    t(
                        "Repeat for messaging, social media and cloud storage accounts.",
                        fr=(
                            "Recommencez pour vos comptes de messagerie instantanée, de réseaux "
                            "sociaux et de stockage en ligne."
                        ),
                        es=(
                            "Repita el proceso en sus cuentas de mensajería, redes sociales y "
                            "almacenamiento en la nube."
                        ),
                        pt=(
                            "Repita o processo nas contas de mensagens, redes sociais e "
                            "armazenamento na nuvem."
                        ),
                        ru="Повторите для мессенджеров, соцсетей и облачных хранилищ.",
                        ar=(
                            "كرّر العملية لحسابات المراسلة ووسائل التواصل الاجتماعي والتخزين "
                            "السحابي."
                        ),
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "If you can, register two security keys and keep the spare one at home, so "
                        "that losing one does not lock you out."
                    ),
                    fr=(
                        "Si possible, enregistrez deux clés de sécurité et gardez la clé de "
                        "réserve chez vous : perdre l’une ne vous bloquera pas."
                    ),
                    es=(
                        "Si puede, registre dos llaves de seguridad y guarde la de reserva en "
                        "casa, para no quedarse sin acceso si pierde una."
                    ),
                    pt=(
                        "Se puder, registe duas chaves de segurança e guarde a de reserva em casa, "
                        "para não perder o acesso se perder uma."
                    ),
                    ru=(
                        "Если возможно, зарегистрируйте два ключа безопасности и храните запасной "
                        "дома, чтобы потеря одного не лишила вас доступа."
                    ),
                    ar=(
                        "إن أمكن، سجّل مفتاحَي أمان واحتفظ بالمفتاح الاحتياطي في المنزل، حتى لا "
                        "يمنعك فقدان أحدهما من الوصول إلى حساباتك."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Nobody legitimate will ever ask you for a login code. If someone asks for "
                        "one by phone or message, it is an attempt to take over your account."
                    ),
                    fr=(
                        "Aucun interlocuteur légitime ne vous demandera jamais un code de "
                        "connexion. Si quelqu’un vous en demande un par téléphone ou par message, "
                        "c’est une tentative de prendre le contrôle de votre compte."
                    ),
                    es=(
                        "Nadie legítimo le pedirá nunca un código de inicio de sesión. Si alguien "
                        "se lo pide por teléfono o mensaje, es un intento de apoderarse de su "
                        "cuenta."
                    ),
                    pt=(
                        "Ninguém legítimo lhe pedirá alguma vez um código de início de sessão. Se "
                        "alguém lho pedir por telefone ou mensagem, trata-se de uma tentativa de "
                        "tomar a sua conta."
                    ),
                    ru=(
                        "Никто из добросовестных людей или служб никогда не попросит у вас код "
                        "входа. Если его просят по телефону или в сообщении, это попытка захватить "
                        "вашу учётную запись."
                    ),
                    ar=(
                        "لن يطلب منك أي طرف مشروع رمز تسجيل الدخول أبدًا. فإذا طلبه منك أحد عبر "
                        "الهاتف أو في رسالة، فتلك محاولة للاستيلاء على حسابك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "es"),
    ),
    DemoResource(
        key="encrypted-messaging",
        topic="digital-security",
        format="guide",
        level="intermediate",
        reviewed="2026-09-15",
        interval=6,
        title=t(
            "Encrypted messaging with Signal",
            fr="Messagerie chiffrée avec Signal",
            es="Mensajería cifrada con Signal",
            pt="Mensagens cifradas com o Signal",
            ru="Зашифрованная переписка в Signal",
            ar="المراسلة المشفّرة باستخدام Signal",
        ),
        summary=t(
            (
                "End-to-end encryption keeps the content of your messages and calls between you "
                "and the people you talk to. Learn how to set up Signal safely."
            ),
            fr=(
                "Le chiffrement de bout en bout garde le contenu de vos messages et appels entre "
                "vous et vos interlocuteurs. Apprenez à configurer Signal en toute sécurité."
            ),
            es=(
                "El cifrado de extremo a extremo mantiene el contenido de sus mensajes y llamadas "
                "entre usted y sus interlocutores. Aprenda a configurar Signal de forma segura."
            ),
            pt=(
                "A cifragem ponta a ponta mantém o conteúdo das suas mensagens e chamadas entre si "
                "e as pessoas com quem fala. Aprenda a configurar o Signal em segurança."
            ),
            ru=(
                "Сквозное шифрование оставляет содержание ваших сообщений и звонков только между "
                "вами и собеседниками. Узнайте, как безопасно настроить Signal."
            ),
            ar=(
                "يُبقي التشفير من طرف إلى طرف محتوى رسائلك ومكالماتك بينك وبين من تتواصل معهم فقط. "
                "تعرّف على كيفية إعداد Signal بأمان."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What end-to-end encryption protects",
                    fr="Ce que protège le chiffrement de bout en bout",
                    es="Qué protege el cifrado de extremo a extremo",
                    pt="O que protege a cifragem ponta a ponta",
                    ru="От чего защищает сквозное шифрование",
                    ar="ما الذي يحميه التشفير من طرف إلى طرف",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "With end-to-end encryption, messages are encrypted on your device and can "
                        "only be read on the recipient's device. The service provider, your "
                        "internet provider and anyone watching the network see only scrambled "
                        "data. It does not protect messages on a phone that is unlocked, seized or "
                        "infected with spyware."
                    ),
                    fr=(
                        "Avec le chiffrement de bout en bout, les messages sont chiffrés sur votre "
                        "appareil et ne peuvent être lus que sur celui du destinataire. Le "
                        "fournisseur du service, votre fournisseur d’accès à Internet et quiconque "
                        "surveille le réseau ne voient que des données brouillées. Il ne protège "
                        "pas les messages sur un téléphone déverrouillé, saisi ou infecté par un "
                        "logiciel espion."
                    ),
                    es=(
                        "Con el cifrado de extremo a extremo, los mensajes se cifran en su "
                        "dispositivo y solo pueden leerse en el del destinatario. El proveedor del "
                        "servicio, su proveedor de internet y cualquiera que vigile la red solo "
                        "ven datos ilegibles. No protege los mensajes en un teléfono desbloqueado, "
                        "incautado o infectado con software espía."
                    ),
                    pt=(
                        "Com a cifragem ponta a ponta, as mensagens são cifradas no seu "
                        "dispositivo e só podem ser lidas no do destinatário. O fornecedor do "
                        "serviço, o seu fornecedor de internet e quem vigie a rede veem apenas "
                        "dados ilegíveis. Não protege as mensagens num telemóvel desbloqueado, "
                        "apreendido ou infetado com spyware."
                    ),
                    ru=(
                        "При сквозном шифровании сообщения шифруются на вашем устройстве, а "
                        "прочитать их можно только на устройстве получателя. Сервис, "
                        "интернет-провайдер и все, кто следит за сетью, видят лишь бессмысленный "
                        "набор данных. Однако шифрование не защищает сообщения на "
                        "разблокированном, изъятом или заражённом шпионской программой телефоне."
                    ),
                    ar=(
                        "مع التشفير من طرف إلى طرف، تُشفَّر الرسائل على جهازك ولا يمكن قراءتها إلا "
                        "على جهاز المستلم. ولا يرى مزوّد الخدمة ولا مزوّد الإنترنت ولا أي شخص "
                        "يراقب الشبكة سوى بيانات غير مفهومة. لكنه لا يحمي الرسائل الموجودة على "
                        "هاتف غير مقفل أو مصادَر أو مصاب ببرنامج تجسّس."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Setting up Signal safely",
                    fr="Configurer Signal en toute sécurité",
                    es="Configurar Signal de forma segura",
                    pt="Configurar o Signal em segurança",
                    ru="Безопасная настройка Signal",
                    ar="إعداد Signal بأمان",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Turn on the registration lock with a strong PIN.",
                        fr="Activez le verrou d’inscription avec un code PIN robuste.",
                        es="Active el bloqueo de registro con un PIN robusto.",
                        pt="Ative o bloqueio de registo com um PIN forte.",
                        ru="Включите блокировку регистрации с надёжным PIN-кодом.",
                        ar="فعّل قفل التسجيل باستخدام رمز PIN قوي.",
                    ),
                    t(
                        "Set disappearing messages as the default for new chats.",
                        fr=(
                            "Définissez les messages éphémères par défaut pour les nouvelles "
                            "conversations."
                        ),
                        es=(
                            "Configure los mensajes temporales como opción predeterminada para los "
                            "chats nuevos."
                        ),
                        pt=(
                            "Defina as mensagens temporárias como predefinição para novas "
                            "conversas."
                        ),
                        ru="Сделайте исчезающие сообщения настройкой по умолчанию для новых чатов.",
                        ar="اجعل الرسائل المختفية الخيار الافتراضي للمحادثات الجديدة.",
                    ),
                    t(
                        "Hide your phone number and create a username to share instead.",
                        fr=(
                            "Masquez votre numéro de téléphone et créez un nom d’utilisateur à "
                            "partager à la place."
                        ),
                        es=(
                            "Oculte su número de teléfono y cree un nombre de usuario para "
                            "compartirlo en su lugar."
                        ),
                        pt=(
                            "Oculte o seu número de telefone e crie um nome de utilizador para "
                            "partilhar em vez dele."
                        ),
                        ru=(
                            "Скройте номер телефона и создайте имя пользователя, которым можно "
                            "делиться вместо него."
                        ),
                        ar="أخفِ رقم هاتفك وأنشئ اسم مستخدم لتشاركه بدلًا منه.",
                    ),
                    t(
                        "Verify safety numbers with your closest contacts in person.",
                        fr=(
                            "Vérifiez en personne les numéros de sécurité avec vos contacts les "
                            "plus proches."
                        ),
                        es=(
                            "Verifique en persona los números de seguridad con sus contactos más "
                            "cercanos."
                        ),
                        pt=(
                            "Verifique pessoalmente os números de segurança com os seus contactos "
                            "mais próximos."
                        ),
                        ru="Сверьте коды безопасности с ближайшими контактами при личной встрече.",
                        ar="تحقّق من أرقام الأمان مع أقرب جهات اتصالك وجهًا لوجه.",
                    ),
                    t(
                        "Hide message content in notifications on the lock screen.",
                        fr=(
                            "Masquez le contenu des messages dans les notifications de l’écran de "
                            "verrouillage."
                        ),
                        es=(
                            "Oculte el contenido de los mensajes en las notificaciones de la "
                            "pantalla de bloqueo."
                        ),
                        pt="Oculte o conteúdo das mensagens nas notificações do ecrã de bloqueio.",
                        ru="Скройте текст сообщений в уведомлениях на экране блокировки.",
                        ar="أخفِ محتوى الرسائل في الإشعارات على شاشة القفل.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Create separate groups for separate purposes and remove people who no "
                        "longer need to be in them."
                    ),
                    fr=(
                        "Créez des groupes distincts selon les usages et retirez les personnes qui "
                        "n’ont plus besoin d’en faire partie."
                    ),
                    es=(
                        "Cree grupos distintos para fines distintos y elimine a las personas que "
                        "ya no necesiten estar en ellos."
                    ),
                    pt=(
                        "Crie grupos diferentes para fins diferentes e remova as pessoas que já "
                        "não precisam de estar neles."
                    ),
                    ru=(
                        "Создавайте отдельные группы для разных задач и удаляйте участников, "
                        "которым больше не нужно в них состоять."
                    ),
                    ar=(
                        "أنشئ مجموعات منفصلة لأغراض مختلفة وأزل منها الأشخاص الذين لم تعد هناك "
                        "حاجة إلى وجودهم فيها."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Linked devices and backups",
                    fr="Appareils associés et sauvegardes",
                    es="Dispositivos vinculados y copias de seguridad",
                    pt="Dispositivos associados e cópias de segurança",
                    ru="Связанные устройства и резервные копии",
                    ar="الأجهزة المرتبطة والنسخ الاحتياطية",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Check the list of linked devices regularly and remove any computer or "
                        "tablet you do not recognise. A desktop app linked to your account can "
                        "read new messages, so only link computers that are themselves encrypted "
                        "and locked. If you are at high risk, think twice before keeping a message "
                        "backup that could be found with your other files."
                    ),
                    fr=(
                        "Consultez régulièrement la liste des appareils associés et supprimez tout "
                        "ordinateur ou toute tablette que vous ne reconnaissez pas. Une "
                        "application de bureau associée à votre compte peut lire les nouveaux "
                        "messages : n’associez donc que des ordinateurs eux-mêmes chiffrés et "
                        "verrouillés. Si vous êtes très exposé, réfléchissez bien avant de "
                        "conserver une sauvegarde de vos messages qui pourrait être trouvée avec "
                        "vos autres fichiers."
                    ),
                    es=(
                        "Revise con regularidad la lista de dispositivos vinculados y elimine "
                        "cualquier ordenador o tableta que no reconozca. Una aplicación de "
                        "escritorio vinculada a su cuenta puede leer los mensajes nuevos, así que "
                        "vincule solo ordenadores que estén cifrados y bloqueados. Si corre un "
                        "riesgo alto, piénselo bien antes de guardar una copia de seguridad de sus "
                        "mensajes que podría encontrarse junto con sus otros archivos."
                    ),
                    pt=(
                        "Verifique regularmente a lista de dispositivos associados e remova "
                        "qualquer computador ou tablet que não reconheça. Uma aplicação de "
                        "computador associada à sua conta pode ler as mensagens novas, por isso "
                        "associe apenas computadores que estejam cifrados e bloqueados. Se corre "
                        "um risco elevado, pense bem antes de guardar uma cópia de segurança das "
                        "mensagens que possa ser encontrada com os seus outros ficheiros."
                    ),
                    ru=(
                        "Регулярно проверяйте список связанных устройств и удаляйте любые "
                        "компьютеры или планшеты, которые вы не узнаёте. Настольное приложение, "
                        "связанное с вашей учётной записью, может читать новые сообщения, поэтому "
                        "связывайте только зашифрованные и заблокированные компьютеры. Если вы в "
                        "группе высокого риска, хорошо подумайте, прежде чем хранить резервную "
                        "копию переписки, которую могут найти вместе с другими вашими файлами."
                    ),
                    ar=(
                        "راجع قائمة الأجهزة المرتبطة بانتظام وأزل أي حاسوب أو جهاز لوحي لا تعرفه. "
                        "ويستطيع تطبيق سطح المكتب المرتبط بحسابك قراءة الرسائل الجديدة، لذا لا "
                        "تربط إلا حواسيب مشفّرة ومقفلة. وإذا كنت معرّضًا لخطر كبير، ففكّر مليًّا "
                        "قبل الاحتفاظ بنسخة احتياطية من رسائلك قد يُعثر عليها مع ملفاتك الأخرى."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "ar"),
    ),
    DemoResource(
        key="securing-your-phone",
        topic="digital-security",
        format="checklist",
        level="beginner",
        reviewed="2026-05-20",
        interval=3,
        title=t(
            "Securing your phone in ten minutes",
            fr="Sécuriser votre téléphone en dix minutes",
            es="Proteger su teléfono en diez minutos",
            pt="Proteger o seu telemóvel em dez minutos",
            ru="Как защитить телефон за десять минут",
            ar="تأمين هاتفك في عشر دقائق",
        ),
        summary=t(
            (
                "Your phone holds your contacts, messages and location history. A few settings "
                "make it much harder to misuse if it is lost, stolen or taken."
            ),
            fr=(
                "Votre téléphone contient vos contacts, vos messages et l’historique de vos "
                "déplacements. Quelques réglages le rendent bien plus difficile à exploiter s’il "
                "est perdu, volé ou confisqué."
            ),
            es=(
                "Su teléfono guarda sus contactos, mensajes e historial de ubicaciones. Unos pocos "
                "ajustes hacen mucho más difícil su uso indebido si se pierde, se lo roban o se lo "
                "quitan."
            ),
            pt=(
                "O seu telemóvel guarda os seus contactos, mensagens e histórico de localização. "
                "Algumas definições tornam muito mais difícil o seu uso indevido se for perdido, "
                "roubado ou apreendido."
            ),
            ru=(
                "В телефоне хранятся ваши контакты, сообщения и история перемещений. Несколько "
                "настроек сильно затруднят злоупотребление им, если его потеряют, украдут или "
                "отберут."
            ),
            ar=(
                "يحتوي هاتفك على جهات اتصالك ورسائلك وسجلّ مواقعك. وتجعل بعض الإعدادات البسيطة "
                "إساءة استخدامه أصعب بكثير إذا فُقد أو سُرق أو صودر."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Lock screen and updates",
                    fr="Écran de verrouillage et mises à jour",
                    es="Pantalla de bloqueo y actualizaciones",
                    pt="Ecrã de bloqueio e atualizações",
                    ru="Экран блокировки и обновления",
                    ar="شاشة القفل والتحديثات",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "A long PIN or passphrase is the first barrier between your data and "
                        "anyone holding your phone. Modern phones encrypt their storage once a "
                        "screen lock is set, but the protection is only as strong as the code. "
                        "Security updates close holes that spyware uses, so install them as soon "
                        "as they arrive."
                    ),
                    fr=(
                        "Un code PIN long ou une phrase de passe est la première barrière entre "
                        "vos données et quiconque tient votre téléphone. Les téléphones récents "
                        "chiffrent leur stockage dès qu’un verrouillage d’écran est défini, mais "
                        "cette protection ne vaut que ce que vaut le code. Les mises à jour de "
                        "sécurité corrigent les failles qu’exploitent les logiciels espions : "
                        "installez-les dès leur arrivée."
                    ),
                    es=(
                        "Un PIN largo o una frase de contraseña es la primera barrera entre sus "
                        "datos y cualquiera que tenga su teléfono en la mano. Los teléfonos "
                        "modernos cifran su almacenamiento en cuanto se configura un bloqueo de "
                        "pantalla, pero la protección solo es tan fuerte como el código. Las "
                        "actualizaciones de seguridad cierran los fallos que aprovecha el software "
                        "espía, así que instálelas en cuanto lleguen."
                    ),
                    pt=(
                        "Um PIN longo ou uma frase-passe é a primeira barreira entre os seus dados "
                        "e quem tiver o seu telemóvel na mão. Os telemóveis modernos cifram o "
                        "armazenamento assim que se define um bloqueio de ecrã, mas a proteção só "
                        "é tão forte quanto o código. As atualizações de segurança corrigem as "
                        "falhas usadas pelo spyware, por isso instale-as assim que chegarem."
                    ),
                    ru=(
                        "Длинный PIN-код или парольная фраза — первый барьер между вашими данными "
                        "и тем, кто держит ваш телефон. Современные телефоны шифруют память, как "
                        "только установлена блокировка экрана, но защита надёжна лишь настолько, "
                        "насколько надёжен код. Обновления безопасности закрывают уязвимости, "
                        "которыми пользуются шпионские программы, поэтому устанавливайте их сразу "
                        "после выхода."
                    ),
                    ar=(
                        "يمثّل رمز PIN الطويل أو عبارة المرور الحاجز الأول بين بياناتك وأي شخص "
                        "يمسك بهاتفك. وتشفّر الهواتف الحديثة وحدة التخزين بمجرد ضبط قفل الشاشة، "
                        "لكن قوة هذه الحماية من قوة الرمز. وتسدّ التحديثات الأمنية الثغرات التي "
                        "تستغلها برامج التجسّس، لذا ثبّتها فور صدورها."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Settings to change today",
                    fr="Les réglages à modifier dès aujourd’hui",
                    es="Ajustes que debe cambiar hoy",
                    pt="Definições a alterar hoje",
                    ru="Настройки, которые стоит изменить сегодня",
                    ar="إعدادات ينبغي تغييرها اليوم",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Set a screen lock of at least six digits, or better a passphrase.",
                        fr=(
                            "Définissez un verrouillage d’écran d’au moins six chiffres, ou mieux "
                            "une phrase de passe."
                        ),
                        es=(
                            "Configure un bloqueo de pantalla de al menos seis dígitos o, mejor "
                            "aún, una frase de contraseña."
                        ),
                        pt=(
                            "Defina um bloqueio de ecrã com pelo menos seis dígitos ou, melhor "
                            "ainda, uma frase-passe."
                        ),
                        ru=(
                            "Установите блокировку экрана минимум из шести цифр, а лучше парольную "
                            "фразу."
                        ),
                        ar="اضبط قفلًا للشاشة من ستة أرقام على الأقل، ويُفضَّل أن يكون عبارة مرور.",
                    ),
                    t(
                        "Turn on automatic system and app updates.",
                        fr="Activez les mises à jour automatiques du système et des applications.",
                        es=(
                            "Active las actualizaciones automáticas del sistema y de las "
                            "aplicaciones."
                        ),
                        pt="Ative as atualizações automáticas do sistema e das aplicações.",
                        ru="Включите автоматическое обновление системы и приложений.",
                        ar="فعّل التحديثات التلقائية للنظام والتطبيقات.",
                    ),
                    t(
                        "Remove apps you no longer use.",
                        fr="Supprimez les applications que vous n’utilisez plus.",
                        es="Elimine las aplicaciones que ya no use.",
                        pt="Remova as aplicações que já não utiliza.",
                        ru="Удалите приложения, которыми больше не пользуетесь.",
                        ar="احذف التطبيقات التي لم تعد تستخدمها.",
                    ),
                    t(
                        "Review which apps can access your location, camera and microphone.",
                        fr=(
                            "Vérifiez quelles applications ont accès à votre position, à "
                            "l’appareil photo et au micro."
                        ),
                        es=(
                            "Revise qué aplicaciones pueden acceder a su ubicación, cámara y "
                            "micrófono."
                        ),
                        pt=(
                            "Verifique que aplicações podem aceder à sua localização, câmara e "
                            "microfone."
                        ),
                        ru=(
                            "Проверьте, каким приложениям разрешён доступ к геолокации, камере и "
                            "микрофону."
                        ),
                        ar="راجع التطبيقات التي يمكنها الوصول إلى موقعك والكاميرا والميكروفون.",
                    ),
                    t(
                        "Turn on the feature that lets you locate and erase the phone remotely.",
                        fr=(
                            "Activez la fonction permettant de localiser et d’effacer le téléphone "
                            "à distance."
                        ),
                        es=(
                            "Active la función que permite localizar y borrar el teléfono a "
                            "distancia."
                        ),
                        pt=(
                            "Ative a funcionalidade que permite localizar e apagar o telemóvel "
                            "remotamente."
                        ),
                        ru="Включите функцию удалённого поиска и стирания телефона.",
                        ar="فعّل الميزة التي تتيح تحديد موقع الهاتف ومسح بياناته عن بُعد.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Install apps only from the official store and be wary of any app that "
                        "asks for more permissions than it needs."
                    ),
                    fr=(
                        "N’installez des applications que depuis la boutique officielle et "
                        "méfiez-vous de toute application qui demande plus d’autorisations qu’il "
                        "ne lui en faut."
                    ),
                    es=(
                        "Instale aplicaciones solo desde la tienda oficial y desconfíe de "
                        "cualquier aplicación que pida más permisos de los que necesita."
                    ),
                    pt=(
                        "Instale aplicações apenas a partir da loja oficial e desconfie de "
                        "qualquer aplicação que peça mais permissões do que precisa."
                    ),
                    ru=(
                        "Устанавливайте приложения только из официального магазина и остерегайтесь "
                        "тех, что запрашивают больше разрешений, чем им нужно."
                    ),
                    ar=(
                        "لا تثبّت التطبيقات إلا من المتجر الرسمي، واحذر من أي تطبيق يطلب أذونات "
                        "أكثر مما يحتاج إليه."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Fingerprint and face unlock can be used against your will. Before a "
                        "protest, a border crossing or a risky meeting, switch them off and rely "
                        "on your PIN."
                    ),
                    fr=(
                        "Le déverrouillage par empreinte digitale ou par reconnaissance faciale "
                        "peut être utilisé contre votre gré. Avant une manifestation, un passage "
                        "de frontière ou une rencontre à risque, désactivez-les et utilisez votre "
                        "code PIN."
                    ),
                    es=(
                        "El desbloqueo por huella o por reconocimiento facial puede usarse contra "
                        "su voluntad. Antes de una protesta, un cruce de frontera o una reunión de "
                        "riesgo, desactívelos y use su PIN."
                    ),
                    pt=(
                        "O desbloqueio por impressão digital ou por reconhecimento facial pode ser "
                        "usado contra a sua vontade. Antes de uma manifestação, de uma passagem de "
                        "fronteira ou de uma reunião de risco, desative-os e use o seu PIN."
                    ),
                    ru=(
                        "Разблокировку по отпечатку пальца или по лицу могут применить против "
                        "вашей воли. Перед протестом, пересечением границы или рискованной "
                        "встречей отключите её и пользуйтесь PIN-кодом."
                    ),
                    ar=(
                        "يمكن استخدام فتح القفل بالبصمة أو بالتعرّف على الوجه رغمًا عنك. لذا "
                        "عطّلهما قبل أي احتجاج أو عبور للحدود أو اجتماع محفوف بالمخاطر، واعتمد على "
                        "رمز PIN."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es"),
        file_languages=("en",),
    ),
    DemoResource(
        key="safe-browsing-tor",
        topic="digital-security",
        format="video",
        level="intermediate",
        reviewed="2025-10-01",
        interval=24,
        title=t(
            "Safe browsing and Tor Browser",
            fr="Navigation sûre et Tor Browser",
            es="Navegación segura y Tor Browser",
            pt="Navegação segura e Tor Browser",
            ru="Безопасный просмотр сайтов и Tor Browser",
            ar="التصفّح الآمن ومتصفّح Tor",
        ),
        summary=t(
            (
                "This video explains what websites and networks can learn about you, and how Tor "
                "Browser hides your location and the sites you visit."
            ),
            fr=(
                "Cette vidéo explique ce que les sites web et les réseaux peuvent apprendre sur "
                "vous, et comment Tor Browser masque votre position et les sites que vous "
                "consultez."
            ),
            es=(
                "Este vídeo explica qué pueden saber de usted los sitios web y las redes, y cómo "
                "Tor Browser oculta su ubicación y los sitios que visita."
            ),
            pt=(
                "Este vídeo explica o que os sites e as redes podem saber sobre si e como o Tor "
                "Browser oculta a sua localização e os sites que visita."
            ),
            ru=(
                "В этом видео рассказывается, что сайты и сети могут узнать о вас и как Tor "
                "Browser скрывает ваше местоположение и посещаемые сайты."
            ),
            ar=(
                "يشرح هذا الفيديو ما يمكن للمواقع الإلكترونية والشبكات معرفته عنك، وكيف يخفي "
                "متصفّح Tor موقعك والمواقع التي تزورها."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What others can see when you browse",
                    fr="Ce que les autres voient quand vous naviguez",
                    es="Qué pueden ver otros cuando navega",
                    pt="O que os outros podem ver quando navega",
                    ru="Что видят другие, когда вы в интернете",
                    ar="ما يمكن للآخرين رؤيته أثناء تصفّحك",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Even on sites that use HTTPS, your internet provider and the network "
                        "owner can see which sites you connect to and when. The sites themselves "
                        "see your IP address, which can reveal your approximate location. On "
                        "public or office Wi-Fi, assume that the network operator keeps logs."
                    ),
                    fr=(
                        "Même sur les sites qui utilisent HTTPS, votre fournisseur d’accès et le "
                        "propriétaire du réseau peuvent voir à quels sites vous vous connectez et "
                        "à quel moment. Les sites eux-mêmes voient votre adresse IP, qui peut "
                        "révéler votre localisation approximative. Sur un Wi-Fi public ou de "
                        "bureau, partez du principe que l’opérateur du réseau conserve des "
                        "journaux."
                    ),
                    es=(
                        "Incluso en los sitios que usan HTTPS, su proveedor de internet y el dueño "
                        "de la red pueden ver a qué sitios se conecta y cuándo. Los propios sitios "
                        "ven su dirección IP, que puede revelar su ubicación aproximada. En una "
                        "red Wi-Fi pública o de oficina, dé por hecho que el operador de la red "
                        "guarda registros."
                    ),
                    pt=(
                        "Mesmo nos sites que usam HTTPS, o seu fornecedor de internet e o dono da "
                        "rede podem ver a que sites se liga e quando. Os próprios sites veem o seu "
                        "endereço IP, que pode revelar a sua localização aproximada. Numa rede "
                        "Wi-Fi pública ou de escritório, parta do princípio de que o operador da "
                        "rede guarda registos."
                    ),
                    ru=(
                        "Даже на сайтах с HTTPS ваш интернет-провайдер и владелец сети видят, к "
                        "каким сайтам и когда вы подключаетесь. Сами сайты видят ваш IP-адрес, по "
                        "которому можно примерно определить, где вы находитесь. В публичной или "
                        "офисной сети Wi-Fi исходите из того, что оператор сети ведёт журналы."
                    ),
                    ar=(
                        "حتى على المواقع التي تستخدم HTTPS، يستطيع مزوّد الإنترنت ومالك الشبكة "
                        "معرفة المواقع التي تتصل بها ووقت ذلك. وترى المواقع نفسها عنوان IP الخاص "
                        "بك، وقد يكشف ذلك موقعك التقريبي. وعلى شبكات Wi-Fi العامة أو شبكات "
                        "المكاتب، افترض أن مشغّل الشبكة يحتفظ بسجلات."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "How Tor Browser helps",
                    fr="Comment Tor Browser vous aide",
                    es="Cómo le ayuda Tor Browser",
                    pt="Como o Tor Browser ajuda",
                    ru="Чем помогает Tor Browser",
                    ar="كيف يساعدك متصفّح Tor",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Tor Browser sends your traffic through three volunteer-run relays, so no "
                        "single point knows both who you are and what you are visiting. It also "
                        "clears cookies and history when you close it. Browsing is slower, and "
                        "some sites block Tor, but it is one of the best free tools for reaching "
                        "blocked or sensitive sites."
                    ),
                    fr=(
                        "Tor Browser fait passer votre trafic par trois relais gérés par des "
                        "bénévoles, si bien qu’aucun point ne sait à la fois qui vous êtes et ce "
                        "que vous consultez. Il efface aussi les cookies et l’historique à sa "
                        "fermeture. La navigation est plus lente et certains sites bloquent Tor, "
                        "mais c’est l’un des meilleurs outils gratuits pour accéder à des sites "
                        "bloqués ou sensibles."
                    ),
                    es=(
                        "Tor Browser envía su tráfico a través de tres repetidores gestionados por "
                        "voluntarios, de modo que ningún punto sabe a la vez quién es usted y qué "
                        "visita. Además, borra las cookies y el historial al cerrarse. La "
                        "navegación es más lenta y algunos sitios bloquean Tor, pero es una de las "
                        "mejores herramientas gratuitas para acceder a sitios bloqueados o "
                        "sensibles."
                    ),
                    pt=(
                        "O Tor Browser encaminha o seu tráfego através de três retransmissores "
                        "geridos por voluntários, para que nenhum ponto saiba ao mesmo tempo quem "
                        "é e o que está a visitar. Também apaga os cookies e o histórico quando o "
                        "fecha. A navegação é mais lenta e alguns sites bloqueiam o Tor, mas é uma "
                        "das melhores ferramentas gratuitas para aceder a sites bloqueados ou "
                        "sensíveis."
                    ),
                    ru=(
                        "Tor Browser пропускает ваш трафик через три узла, которые поддерживают "
                        "добровольцы, поэтому ни одна точка не знает одновременно, кто вы и что вы "
                        "просматриваете. Кроме того, при закрытии он удаляет файлы cookie и "
                        "историю. Работает он медленнее, а некоторые сайты блокируют Tor, но это "
                        "один из лучших бесплатных инструментов для доступа к заблокированным или "
                        "чувствительным сайтам."
                    ),
                    ar=(
                        "يمرّر متصفّح Tor حركة بياناتك عبر ثلاث نقاط ترحيل يديرها متطوعون، فلا "
                        "توجد نقطة واحدة تعرف هويتك والمواقع التي تزورها معًا. كما يمسح ملفات "
                        "تعريف الارتباط وسجلّ التصفّح عند إغلاقه. والتصفّح به أبطأ، وبعض المواقع "
                        "تحجب Tor، لكنه من أفضل الأدوات المجانية للوصول إلى المواقع المحجوبة أو "
                        "الحساسة."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Download Tor Browser only from the official Tor Project website.",
                        fr=(
                            "Téléchargez Tor Browser uniquement depuis le site officiel du Tor "
                            "Project."
                        ),
                        es="Descargue Tor Browser solo desde el sitio oficial del Tor Project.",
                        pt=(
                            "Transfira o Tor Browser apenas a partir do site oficial do Tor "
                            "Project."
                        ),
                        ru="Скачивайте Tor Browser только с официального сайта Tor Project.",
                        ar="نزّل متصفّح Tor من الموقع الرسمي لمشروع Tor فقط.",
                    ),
                    t(
                        "Use a bridge if Tor is blocked in your country.",
                        fr="Utilisez un pont si Tor est bloqué dans votre pays.",
                        es="Use un puente si Tor está bloqueado en su país.",
                        pt="Use uma ponte se o Tor estiver bloqueado no seu país.",
                        ru="Используйте мост, если Tor заблокирован в вашей стране.",
                        ar="استخدم جسرًا إذا كان Tor محجوبًا في بلدك.",
                    ),
                    t(
                        (
                            "Do not log in to personal accounts in the same session as sensitive "
                            "research."
                        ),
                        fr=(
                            "Ne vous connectez pas à vos comptes personnels pendant la même "
                            "session qu’une recherche sensible."
                        ),
                        es=(
                            "No inicie sesión en sus cuentas personales en la misma sesión en que "
                            "hace una búsqueda sensible."
                        ),
                        pt=(
                            "Não inicie sessão nas suas contas pessoais na mesma sessão em que faz "
                            "uma pesquisa sensível."
                        ),
                        ru=(
                            "Не входите в личные аккаунты в том же сеансе, в котором ведёте "
                            "чувствительный поиск."
                        ),
                        ar=(
                            "لا تسجّل الدخول إلى حساباتك الشخصية في الجلسة نفسها التي تجري فيها "
                            "بحثًا حساسًا."
                        ),
                    ),
                    t(
                        "Keep Tor Browser updated and avoid installing add-ons.",
                        fr="Maintenez Tor Browser à jour et évitez d’installer des extensions.",
                        es="Mantenga Tor Browser actualizado y evite instalar complementos.",
                        pt="Mantenha o Tor Browser atualizado e evite instalar extras.",
                        ru="Своевременно обновляйте Tor Browser и не устанавливайте дополнения.",
                        ar="حدّث متصفّح Tor باستمرار وتجنّب تثبيت الإضافات.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Raise the security level in the settings when you visit unfamiliar sites; "
                        "it disables features that are often used in attacks."
                    ),
                    fr=(
                        "Augmentez le niveau de sécurité dans les paramètres lorsque vous "
                        "consultez des sites inconnus : cela désactive des fonctions souvent "
                        "utilisées dans les attaques."
                    ),
                    es=(
                        "Suba el nivel de seguridad en la configuración cuando visite sitios "
                        "desconocidos; así se desactivan funciones que a menudo se usan en ataques."
                    ),
                    pt=(
                        "Aumente o nível de segurança nas definições quando visitar sites "
                        "desconhecidos; isso desativa funcionalidades muitas vezes usadas em "
                        "ataques."
                    ),
                    ru=(
                        "Повышайте уровень безопасности в настройках, когда посещаете незнакомые "
                        "сайты: так отключаются функции, которые часто используются при атаках."
                    ),
                    ar=(
                        "ارفع مستوى الأمان من الإعدادات عند زيارة مواقع غير مألوفة، فذلك يعطّل "
                        "ميزات تُستخدم كثيرًا في الهجمات."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "In some countries, using Tor can itself draw attention. Assess your local "
                        "situation and use a bridge to make Tor traffic harder to recognise."
                    ),
                    fr=(
                        "Dans certains pays, le simple fait d’utiliser Tor peut attirer "
                        "l’attention. Évaluez la situation locale et utilisez un pont pour rendre "
                        "le trafic Tor plus difficile à reconnaître."
                    ),
                    es=(
                        "En algunos países, el mero uso de Tor puede llamar la atención. Evalúe su "
                        "situación local y use un puente para que el tráfico de Tor sea más "
                        "difícil de reconocer."
                    ),
                    pt=(
                        "Em alguns países, o simples uso do Tor pode chamar a atenção. Avalie a "
                        "sua situação local e use uma ponte para tornar o tráfego do Tor mais "
                        "difícil de reconhecer."
                    ),
                    ru=(
                        "В некоторых странах само использование Tor может привлечь внимание. "
                        "Оцените местную обстановку и используйте мост, чтобы трафик Tor было "
                        "труднее распознать."
                    ),
                    ar=(
                        "في بعض البلدان، قد يلفت استخدام Tor بحدّ ذاته الانتباه. قيّم وضعك المحلي "
                        "واستخدم جسرًا لتصعيب التعرّف على حركة بيانات Tor."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "ru"),
    ),
    DemoResource(
        key="backup-plan",
        topic="digital-security",
        format="template",
        level="beginner",
        reviewed="2026-02-14",
        interval=12,
        title=t(
            "A backup plan for your documentation",
            fr="Un plan de sauvegarde pour votre documentation",
            es="Un plan de copias de seguridad para su documentación",
            pt="Um plano de cópias de segurança para a sua documentação",
            ru="План резервного копирования для ваших материалов",
            ar="خطة نسخ احتياطي لوثائقك",
        ),
        summary=t(
            (
                "A fill-in template to decide what to back up, where and how often, so that a "
                "lost, broken or seized device does not wipe out years of work."
            ),
            fr=(
                "Un modèle à remplir pour décider quoi sauvegarder, où et à quelle fréquence, afin "
                "qu’un appareil perdu, cassé ou saisi n’efface pas des années de travail."
            ),
            es=(
                "Una plantilla para rellenar y decidir qué copiar, dónde y con qué frecuencia, "
                "para que un dispositivo perdido, averiado o incautado no borre años de trabajo."
            ),
            pt=(
                "Um modelo para preencher e decidir o que copiar, onde e com que frequência, para "
                "que um dispositivo perdido, avariado ou apreendido não apague anos de trabalho."
            ),
            ru=(
                "Шаблон для заполнения, который поможет решить, что, где и как часто копировать, "
                "чтобы потеря, поломка или изъятие устройства не уничтожили годы работы."
            ),
            ar=(
                "نموذج قابل للتعبئة يساعدك على تحديد ما تنسخه احتياطيًا وأين وكم مرة، حتى لا يؤدي "
                "فقدان جهاز أو تعطّله أو مصادرته إلى ضياع سنوات من العمل."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "The three-two-one rule",
                    fr="La règle du trois-deux-un",
                    es="La regla del tres-dos-uno",
                    pt="A regra três-dois-um",
                    ru="Правило «три-два-один»",
                    ar="قاعدة ثلاثة-اثنان-واحد",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Keep three copies of important files, on two different kinds of storage, "
                        "with one copy in another location. For defenders, the other location may "
                        "be a trusted colleague abroad or an encrypted cloud account. Evidence of "
                        "abuses, contact lists and case files deserve the most care."
                    ),
                    fr=(
                        "Conservez trois copies de vos fichiers importants, sur deux types de "
                        "supports différents, dont une copie dans un autre lieu. Pour les "
                        "défenseurs, cet autre lieu peut être un collègue de confiance à "
                        "l’étranger ou un compte en ligne chiffré. Les preuves d’abus, les listes "
                        "de contacts et les dossiers méritent le plus grand soin."
                    ),
                    es=(
                        "Guarde tres copias de sus archivos importantes, en dos tipos de "
                        "almacenamiento distintos, con una copia en otro lugar. Para las personas "
                        "defensoras, ese otro lugar puede ser un colega de confianza en el "
                        "extranjero o una cuenta cifrada en la nube. Las pruebas de abusos, las "
                        "listas de contactos y los expedientes merecen el máximo cuidado."
                    ),
                    pt=(
                        "Guarde três cópias dos ficheiros importantes, em dois tipos de "
                        "armazenamento diferentes, com uma cópia noutro local. Para os defensores, "
                        "esse outro local pode ser um colega de confiança no estrangeiro ou uma "
                        "conta cifrada na nuvem. As provas de abusos, as listas de contactos e os "
                        "processos merecem o maior cuidado."
                    ),
                    ru=(
                        "Храните три копии важных файлов на двух разных типах носителей, причём "
                        "одну из них — в другом месте. Для правозащитников таким местом может быть "
                        "доверенный коллега за рубежом или зашифрованное облачное хранилище. "
                        "Особой заботы требуют доказательства нарушений, списки контактов и "
                        "материалы дел."
                    ),
                    ar=(
                        "احتفظ بثلاث نسخ من ملفاتك المهمة، على نوعين مختلفين من وسائط التخزين، مع "
                        "نسخة واحدة في مكان آخر. وبالنسبة إلى المدافعين، قد يكون هذا المكان الآخر "
                        "زميلًا موثوقًا في الخارج أو حسابًا سحابيًا مشفّرًا. وتستحق أدلة "
                        "الانتهاكات وقوائم جهات الاتصال وملفات القضايا أكبر قدر من العناية."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Fill in your backup plan",
                    fr="Remplissez votre plan de sauvegarde",
                    es="Complete su plan de copias de seguridad",
                    pt="Preencha o seu plano de cópias de segurança",
                    ru="Заполните свой план резервного копирования",
                    ar="املأ خطة النسخ الاحتياطي الخاصة بك",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "List the folders and accounts you cannot afford to lose.",
                        fr=(
                            "Dressez la liste des dossiers et des comptes que vous ne pouvez pas "
                            "vous permettre de perdre."
                        ),
                        es="Enumere las carpetas y cuentas que no puede permitirse perder.",
                        pt="Enumere as pastas e contas que não se pode dar ao luxo de perder.",
                        ru=(
                            "Перечислите папки и учётные записи, потерять которые вы не можете "
                            "себе позволить."
                        ),
                        ar="اكتب قائمة بالمجلدات والحسابات التي لا يمكنك تحمّل خسارتها.",
                    ),
                    t(
                        "Choose where each copy will be kept and who can reach it.",
                        fr="Choisissez où chaque copie sera conservée et qui peut y accéder.",
                        es="Elija dónde se guardará cada copia y quién puede acceder a ella.",
                        pt="Escolha onde cada cópia será guardada e quem lhe pode aceder.",
                        ru="Решите, где будет храниться каждая копия и у кого будет к ней доступ.",
                        ar="حدّد مكان حفظ كل نسخة ومن يمكنه الوصول إليها.",
                    ),
                    t(
                        "Encrypt every backup drive, for example with VeraCrypt.",
                        fr="Chiffrez chaque disque de sauvegarde, par exemple avec VeraCrypt.",
                        es="Cifre cada disco de copia de seguridad, por ejemplo con VeraCrypt.",
                        pt="Cifre cada disco de cópia de segurança, por exemplo com o VeraCrypt.",
                        ru=(
                            "Зашифруйте каждый диск с резервными копиями, например с помощью "
                            "VeraCrypt."
                        ),
                        ar="شفّر كل قرص نسخ احتياطي، باستخدام VeraCrypt مثلًا.",
                    ),
                    t(
                        "Set a fixed day each week or month to update the copies.",
                        fr=(
                            "Fixez un jour précis chaque semaine ou chaque mois pour mettre à jour "
                            "les copies."
                        ),
                        es=(
                            "Fije un día concreto cada semana o cada mes para actualizar las "
                            "copias."
                        ),
                        pt="Defina um dia fixo por semana ou por mês para atualizar as cópias.",
                        ru="Назначьте постоянный день недели или месяца для обновления копий.",
                        ar="حدّد يومًا ثابتًا كل أسبوع أو كل شهر لتحديث النسخ.",
                    ),
                    t(
                        "Test a restore at least twice a year.",
                        fr="Testez une restauration au moins deux fois par an.",
                        es="Pruebe a restaurar una copia al menos dos veces al año.",
                        pt="Teste um restauro pelo menos duas vezes por ano.",
                        ru="Проверяйте восстановление из копии не реже двух раз в год.",
                        ar="اختبر استعادة البيانات مرتين في السنة على الأقل.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Label backup drives in a neutral way, so that a drive found in your bag "
                        "does not announce what it contains."
                    ),
                    fr=(
                        "Étiquetez vos disques de sauvegarde de façon neutre, pour qu’un disque "
                        "trouvé dans votre sac n’annonce pas son contenu."
                    ),
                    es=(
                        "Etiquete los discos de copia de seguridad de forma neutra, para que un "
                        "disco encontrado en su bolso no revele lo que contiene."
                    ),
                    pt=(
                        "Identifique os discos de cópia de segurança de forma neutra, para que um "
                        "disco encontrado na sua mala não revele o que contém."
                    ),
                    ru=(
                        "Подписывайте диски с копиями нейтрально, чтобы найденный в вашей сумке "
                        "диск не выдавал своего содержимого."
                    ),
                    ar=(
                        "ضع على أقراص النسخ الاحتياطي تسميات محايدة، حتى لا يكشف قرص يُعثر عليه في "
                        "حقيبتك عن محتواه."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "A backup that has never been restored may not work when you need it. Keep "
                        "at least one copy disconnected from your computer so that ransomware "
                        "cannot reach it."
                    ),
                    fr=(
                        "Une sauvegarde qui n’a jamais été restaurée risque de ne pas fonctionner "
                        "le jour où vous en aurez besoin. Gardez au moins une copie déconnectée de "
                        "votre ordinateur pour qu’un rançongiciel ne puisse pas l’atteindre."
                    ),
                    es=(
                        "Una copia de seguridad que nunca se ha restaurado puede fallar cuando la "
                        "necesite. Mantenga al menos una copia desconectada de su ordenador para "
                        "que el ransomware no pueda alcanzarla."
                    ),
                    pt=(
                        "Uma cópia de segurança que nunca foi restaurada pode não funcionar quando "
                        "precisar dela. Mantenha pelo menos uma cópia desligada do computador para "
                        "que o ransomware não a consiga atingir."
                    ),
                    ru=(
                        "Резервная копия, из которой ни разу не восстанавливали данные, может "
                        "подвести, когда понадобится. Храните хотя бы одну копию отключённой от "
                        "компьютера, чтобы до неё не добралась программа-вымогатель."
                    ),
                    ar=(
                        "قد لا تعمل نسخة احتياطية لم تُجرَّب استعادتها قطّ عندما تحتاج إليها. "
                        "احتفظ بنسخة واحدة على الأقل غير متصلة بحاسوبك حتى لا تصل إليها برامج "
                        "الفدية."
                    ),
                ),
            ),
        ],
        languages=("en", "ar", "ru"),
        file_languages=("en", "ar"),
    ),
    DemoResource(
        key="spotting-phishing",
        topic="digital-security",
        format="audio",
        level="beginner",
        reviewed="2024-08-05",
        interval=24,
        title=t(
            "Spotting phishing and targeted scams",
            fr="Repérer l’hameçonnage et les arnaques ciblées",
            es="Detectar el phishing y las estafas dirigidas",
            pt="Detetar phishing e burlas direcionadas",
            ru="Как распознать фишинг и целевые атаки",
            ar="كشف التصيّد الاحتيالي وعمليات الاحتيال الموجّهة",
        ),
        summary=t(
            (
                "An audio briefing on how attackers use fake messages to steal passwords or "
                "install spyware, and the habits that protect you."
            ),
            fr=(
                "Un briefing audio sur la façon dont les attaquants utilisent de faux messages "
                "pour voler des mots de passe ou installer des logiciels espions, et sur les "
                "habitudes qui vous protègent."
            ),
            es=(
                "Una sesión en audio sobre cómo los atacantes usan mensajes falsos para robar "
                "contraseñas o instalar software espía, y sobre los hábitos que le protegen."
            ),
            pt=(
                "Uma sessão em áudio sobre a forma como os atacantes usam mensagens falsas para "
                "roubar palavras-passe ou instalar spyware, e sobre os hábitos que o protegem."
            ),
            ru=(
                "Аудиобрифинг о том, как злоумышленники с помощью поддельных сообщений крадут "
                "пароли или устанавливают шпионские программы, и о привычках, которые вас защитят."
            ),
            ar=(
                "إحاطة صوتية حول كيفية استخدام المهاجمين رسائل مزيّفة لسرقة كلمات المرور أو تثبيت "
                "برامج التجسّس، والعادات التي تحميك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "How targeted phishing works",
                    fr="Comment fonctionne l’hameçonnage ciblé",
                    es="Cómo funciona el phishing dirigido",
                    pt="Como funciona o phishing direcionado",
                    ru="Как устроен целевой фишинг",
                    ar="كيف يعمل التصيّد الاحتيالي الموجّه",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Human rights defenders are often sent messages crafted just for them, "
                        "using the name of a journalist, a donor or a United Nations office. The "
                        "message creates urgency and asks you to open a document, click a link or "
                        "enter a password. Some links install spyware on a phone with a single tap."
                    ),
                    fr=(
                        "Les défenseurs des droits humains reçoivent souvent des messages conçus "
                        "spécialement pour eux, au nom d’un journaliste, d’un bailleur de fonds ou "
                        "d’un bureau des Nations unies. Le message crée un sentiment d’urgence et "
                        "vous demande d’ouvrir un document, de cliquer sur un lien ou de saisir un "
                        "mot de passe. Certains liens installent un logiciel espion sur un "
                        "téléphone d’un simple toucher."
                    ),
                    es=(
                        "Las personas defensoras de derechos humanos reciben a menudo mensajes "
                        "diseñados especialmente para ellas, en nombre de un periodista, un "
                        "donante o una oficina de las Naciones Unidas. El mensaje transmite "
                        "urgencia y le pide abrir un documento, hacer clic en un enlace o "
                        "introducir una contraseña. Algunos enlaces instalan software espía en un "
                        "teléfono con un solo toque."
                    ),
                    pt=(
                        "Os defensores de direitos humanos recebem muitas vezes mensagens feitas à "
                        "medida, em nome de um jornalista, de um financiador ou de um gabinete das "
                        "Nações Unidas. A mensagem cria um sentido de urgência e pede-lhe que abra "
                        "um documento, clique numa ligação ou introduza uma palavra-passe. Algumas "
                        "ligações instalam spyware num telemóvel com um único toque."
                    ),
                    ru=(
                        "Правозащитники часто получают сообщения, составленные специально для них, "
                        "от имени журналиста, донора или офиса ООН. Сообщение создаёт ощущение "
                        "срочности и просит открыть документ, перейти по ссылке или ввести пароль. "
                        "Некоторые ссылки устанавливают шпионскую программу на телефон одним "
                        "нажатием."
                    ),
                    ar=(
                        "كثيرًا ما يتلقى المدافعون عن حقوق الإنسان رسائل مصمّمة خصيصًا لهم، باسم "
                        "صحفي أو جهة مانحة أو مكتب تابع للأمم المتحدة. وتخلق الرسالة شعورًا "
                        "بالاستعجال وتطلب منك فتح مستند أو النقر على رابط أو إدخال كلمة مرور. وبعض "
                        "الروابط تثبّت برنامج تجسّس على الهاتف بلمسة واحدة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Signs of a suspicious message",
                    fr="Les signes d’un message suspect",
                    es="Señales de un mensaje sospechoso",
                    pt="Sinais de uma mensagem suspeita",
                    ru="Признаки подозрительного сообщения",
                    ar="علامات الرسالة المشبوهة",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Check the sender's full address, not just the display name.",
                        fr=(
                            "Vérifiez l’adresse complète de l’expéditeur, pas seulement le nom "
                            "affiché."
                        ),
                        es=(
                            "Compruebe la dirección completa del remitente, no solo el nombre que "
                            "aparece."
                        ),
                        pt=(
                            "Verifique o endereço completo do remetente, não apenas o nome "
                            "apresentado."
                        ),
                        ru="Проверяйте полный адрес отправителя, а не только отображаемое имя.",
                        ar="تحقّق من العنوان الكامل للمرسِل، لا من الاسم الظاهر فقط.",
                    ),
                    t(
                        "Hover over or long-press a link to see where it really leads.",
                        fr=(
                            "Survolez un lien ou appuyez longuement dessus pour voir où il mène "
                            "réellement."
                        ),
                        es=(
                            "Pase el cursor sobre un enlace o manténgalo pulsado para ver adónde "
                            "lleva realmente."
                        ),
                        pt=(
                            "Passe o cursor sobre uma ligação ou mantenha-a premida para ver para "
                            "onde leva realmente."
                        ),
                        ru=(
                            "Наведите курсор на ссылку или нажмите на неё и удерживайте, чтобы "
                            "увидеть, куда она ведёт на самом деле."
                        ),
                        ar="مرّر المؤشر فوق الرابط أو اضغط عليه مطوّلًا لترى وجهته الحقيقية.",
                    ),
                    t(
                        "Be wary of pressure to act immediately or keep a request secret.",
                        fr=(
                            "Méfiez-vous de toute pression pour agir immédiatement ou garder une "
                            "demande secrète."
                        ),
                        es=(
                            "Desconfíe de la presión para actuar de inmediato o mantener en "
                            "secreto una petición."
                        ),
                        pt=(
                            "Desconfie da pressão para agir de imediato ou manter um pedido em "
                            "segredo."
                        ),
                        ru=(
                            "Настораживайтесь, если на вас давят, требуя действовать немедленно "
                            "или сохранить просьбу в тайне."
                        ),
                        ar="احذر من الضغط عليك للتصرّف فورًا أو لإبقاء طلب ما سرًّا.",
                    ),
                    t(
                        "Confirm unexpected requests through another channel you already trust.",
                        fr=(
                            "Confirmez toute demande inattendue par un autre canal auquel vous "
                            "faites déjà confiance."
                        ),
                        es=(
                            "Confirme las peticiones inesperadas por otro canal en el que ya "
                            "confíe."
                        ),
                        pt="Confirme pedidos inesperados através de outro canal em que já confie.",
                        ru="Подтверждайте неожиданные просьбы по другому, уже проверенному каналу.",
                        ar="تأكّد من الطلبات غير المتوقعة عبر قناة أخرى تثق بها مسبقًا.",
                    ),
                    t(
                        "Do not open unexpected attachments until you have checked them.",
                        fr="N’ouvrez pas de pièce jointe inattendue avant de l’avoir vérifiée.",
                        es="No abra archivos adjuntos inesperados hasta haberlos comprobado.",
                        pt="Não abra anexos inesperados antes de os verificar.",
                        ru=(
                            "Не открывайте неожиданные вложения, пока не убедитесь в их "
                            "подлинности."
                        ),
                        ar="لا تفتح المرفقات غير المتوقعة قبل التحقّق منها.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "When in doubt, type the address of the website yourself instead of "
                        "following the link in the message."
                    ),
                    fr=(
                        "En cas de doute, saisissez vous-même l’adresse du site au lieu de suivre "
                        "le lien du message."
                    ),
                    es=(
                        "Si tiene dudas, escriba usted mismo la dirección del sitio en lugar de "
                        "seguir el enlace del mensaje."
                    ),
                    pt=(
                        "Em caso de dúvida, escreva o endereço do site em vez de seguir a ligação "
                        "da mensagem."
                    ),
                    ru=(
                        "Если сомневаетесь, введите адрес сайта вручную, а не переходите по ссылке "
                        "из сообщения."
                    ),
                    ar=(
                        "إذا راودك الشك، فاكتب عنوان الموقع بنفسك بدلًا من اتباع الرابط الوارد في "
                        "الرسالة."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "If you entered a password on a suspicious page, change it at once from a "
                        "trusted device and tell your organisation. Report any suspicious link "
                        "sent to your phone to a digital security helpline."
                    ),
                    fr=(
                        "Si vous avez saisi un mot de passe sur une page suspecte, changez-le "
                        "immédiatement depuis un appareil de confiance et prévenez votre "
                        "organisation. Signalez tout lien suspect reçu sur votre téléphone à une "
                        "ligne d’assistance en sécurité numérique."
                    ),
                    es=(
                        "Si introdujo una contraseña en una página sospechosa, cámbiela de "
                        "inmediato desde un dispositivo de confianza y avise a su organización. "
                        "Comunique cualquier enlace sospechoso recibido en su teléfono a una línea "
                        "de ayuda en seguridad digital."
                    ),
                    pt=(
                        "Se introduziu uma palavra-passe numa página suspeita, altere-a "
                        "imediatamente a partir de um dispositivo de confiança e avise a sua "
                        "organização. Comunique qualquer ligação suspeita recebida no telemóvel a "
                        "uma linha de apoio em segurança digital."
                    ),
                    ru=(
                        "Если вы ввели пароль на подозрительной странице, немедленно смените его с "
                        "доверенного устройства и сообщите об этом своей организации. О любой "
                        "подозрительной ссылке, пришедшей на телефон, сообщите на горячую линию по "
                        "цифровой безопасности."
                    ),
                    ar=(
                        "إذا أدخلت كلمة مرور في صفحة مشبوهة، فغيّرها فورًا من جهاز موثوق وأبلغ "
                        "منظمتك. وأبلغ خط مساعدة للأمان الرقمي عن أي رابط مشبوه يصل إلى هاتفك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "pt"),
    ),
    DemoResource(
        key="device-encryption",
        topic="digital-security",
        format="toolkit",
        level="advanced",
        reviewed="2026-10-12",
        interval=12,
        title=t(
            "Encrypting laptops and external drives",
            fr="Chiffrer ordinateurs portables et disques externes",
            es="Cifrar portátiles y discos externos",
            pt="Cifrar portáteis e discos externos",
            ru="Шифрование ноутбуков и внешних дисков",
            ar="تشفير الحواسيب المحمولة والأقراص الخارجية",
        ),
        summary=t(
            (
                "Tools and settings to encrypt whole disks and sensitive folders, so that a stolen "
                "or seized computer reveals nothing without your passphrase."
            ),
            fr=(
                "Outils et réglages pour chiffrer des disques entiers et des dossiers sensibles, "
                "afin qu’un ordinateur volé ou saisi ne révèle rien sans votre phrase de passe."
            ),
            es=(
                "Herramientas y ajustes para cifrar discos completos y carpetas sensibles, de modo "
                "que un ordenador robado o incautado no revele nada sin su frase de contraseña."
            ),
            pt=(
                "Ferramentas e definições para cifrar discos inteiros e pastas sensíveis, para que "
                "um computador roubado ou apreendido não revele nada sem a sua frase-passe."
            ),
            ru=(
                "Инструменты и настройки для шифрования целых дисков и важных папок, чтобы "
                "украденный или изъятый компьютер ничего не выдал без вашей парольной фразы."
            ),
            ar=(
                "أدوات وإعدادات لتشفير الأقراص بالكامل والمجلدات الحساسة، حتى لا يكشف حاسوب مسروق "
                "أو مصادَر أي شيء من دون عبارة مرورك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Full-disk encryption built into your system",
                    fr="Le chiffrement complet du disque intégré à votre système",
                    es="El cifrado de disco completo integrado en su sistema",
                    pt="A cifragem total do disco integrada no seu sistema",
                    ru="Встроенное полнодисковое шифрование",
                    ar="تشفير القرص بالكامل المدمج في نظامك",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Windows, macOS and most Linux distributions include full-disk encryption: "
                        "BitLocker or device encryption on Windows, FileVault on macOS, and LUKS "
                        "on Linux. Turn it on, choose a strong passphrase and store the recovery "
                        "key away from the computer. Encryption only fully protects data while the "
                        "computer is switched off, so shut it down rather than putting it to sleep "
                        "when you travel."
                    ),
                    fr=(
                        "Windows, macOS et la plupart des distributions Linux intègrent le "
                        "chiffrement complet du disque : BitLocker ou le chiffrement de l’appareil "
                        "sous Windows, FileVault sous macOS et LUKS sous Linux. Activez-le, "
                        "choisissez une phrase de passe robuste et rangez la clé de récupération "
                        "loin de l’ordinateur. Le chiffrement ne protège pleinement les données "
                        "que lorsque l’ordinateur est éteint : éteignez-le plutôt que de le mettre "
                        "en veille lorsque vous voyagez."
                    ),
                    es=(
                        "Windows, macOS y la mayoría de las distribuciones de Linux incluyen "
                        "cifrado de disco completo: BitLocker o el cifrado del dispositivo en "
                        "Windows, FileVault en macOS y LUKS en Linux. Actívelo, elija una frase de "
                        "contraseña robusta y guarde la clave de recuperación lejos del ordenador. "
                        "El cifrado solo protege plenamente los datos mientras el ordenador está "
                        "apagado, así que apáguelo en lugar de suspenderlo cuando viaje."
                    ),
                    pt=(
                        "O Windows, o macOS e a maioria das distribuições Linux incluem cifragem "
                        "total do disco: BitLocker ou encriptação do dispositivo no Windows, "
                        "FileVault no macOS e LUKS no Linux. Ative-a, escolha uma frase-passe "
                        "forte e guarde a chave de recuperação longe do computador. A cifragem só "
                        "protege plenamente os dados enquanto o computador está desligado, por "
                        "isso desligue-o em vez de o suspender quando viajar."
                    ),
                    ru=(
                        "В Windows, macOS и большинстве дистрибутивов Linux есть полнодисковое "
                        "шифрование: BitLocker или шифрование устройства в Windows, FileVault в "
                        "macOS и LUKS в Linux. Включите его, выберите надёжную парольную фразу и "
                        "храните ключ восстановления отдельно от компьютера. Шифрование полностью "
                        "защищает данные, только пока компьютер выключен, поэтому в поездках "
                        "выключайте его, а не переводите в спящий режим."
                    ),
                    ar=(
                        "تتضمن أنظمة Windows وmacOS ومعظم توزيعات Linux خاصية تشفير القرص بالكامل: "
                        "BitLocker أو تشفير الجهاز في Windows، وFileVault في macOS، وLUKS في "
                        "Linux. فعّل هذه الخاصية واختر عبارة مرور قوية واحفظ مفتاح الاسترداد "
                        "بعيدًا عن الحاسوب. ولا يحمي التشفير البيانات حمايةً كاملة إلا عندما يكون "
                        "الحاسوب مطفأً، لذا أطفئه بدلًا من وضعه في وضع السكون عند السفر."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Encrypted containers with VeraCrypt",
                    fr="Conteneurs chiffrés avec VeraCrypt",
                    es="Contenedores cifrados con VeraCrypt",
                    pt="Contentores cifrados com o VeraCrypt",
                    ru="Зашифрованные контейнеры VeraCrypt",
                    ar="الحاويات المشفّرة باستخدام VeraCrypt",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "VeraCrypt creates an encrypted file or drive that opens like a normal "
                        "disk once you enter the passphrase. It works on Windows, macOS and Linux, "
                        "which makes it useful for external drives shared within a team. Use it "
                        "for backups, evidence archives and anything you carry across borders."
                    ),
                    fr=(
                        "VeraCrypt crée un fichier ou un disque chiffré qui s’ouvre comme un "
                        "disque ordinaire une fois la phrase de passe saisie. Il fonctionne sous "
                        "Windows, macOS et Linux, ce qui le rend utile pour les disques externes "
                        "partagés au sein d’une équipe. Utilisez-le pour les sauvegardes, les "
                        "archives de preuves et tout ce que vous emportez lors d’un passage de "
                        "frontière."
                    ),
                    es=(
                        "VeraCrypt crea un archivo o un disco cifrado que se abre como un disco "
                        "normal una vez introducida la frase de contraseña. Funciona en Windows, "
                        "macOS y Linux, lo que lo hace útil para discos externos compartidos en un "
                        "equipo. Úselo para copias de seguridad, archivos de pruebas y todo lo que "
                        "lleve al cruzar fronteras."
                    ),
                    pt=(
                        "O VeraCrypt cria um ficheiro ou disco cifrado que se abre como um disco "
                        "normal depois de introduzida a frase-passe. Funciona em Windows, macOS e "
                        "Linux, o que o torna útil para discos externos partilhados numa equipa. "
                        "Use-o para cópias de segurança, arquivos de provas e tudo o que leve "
                        "consigo ao atravessar fronteiras."
                    ),
                    ru=(
                        "VeraCrypt создаёт зашифрованный файл или диск, который после ввода "
                        "парольной фразы открывается как обычный диск. Программа работает в "
                        "Windows, macOS и Linux, поэтому удобна для внешних дисков, которыми "
                        "пользуется вся команда. Используйте её для резервных копий, архивов "
                        "доказательств и всего, что вы везёте через границу."
                    ),
                    ar=(
                        "ينشئ VeraCrypt ملفًا أو قرصًا مشفّرًا يُفتح كأي قرص عادي بعد إدخال عبارة "
                        "المرور. ويعمل على Windows وmacOS وLinux، مما يجعله مفيدًا للأقراص "
                        "الخارجية التي يتشاركها أعضاء الفريق. استخدمه للنسخ الاحتياطية وأرشيفات "
                        "الأدلة وكل ما تحمله معك عند عبور الحدود."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Check whether full-disk encryption is already on in your system settings.",
                        fr=(
                            "Vérifiez dans les paramètres du système si le chiffrement complet du "
                            "disque est déjà activé."
                        ),
                        es=(
                            "Compruebe en la configuración del sistema si el cifrado de disco "
                            "completo ya está activado."
                        ),
                        pt=(
                            "Verifique nas definições do sistema se a cifragem total do disco já "
                            "está ativada."
                        ),
                        ru=(
                            "Проверьте в настройках системы, не включено ли уже полнодисковое "
                            "шифрование."
                        ),
                        ar=(
                            "تحقّق في إعدادات النظام مما إذا كان تشفير القرص بالكامل مفعّلًا على "
                            "جهازك بالفعل."
                        ),
                    ),
                    t(
                        "Back up your files before you encrypt a disk for the first time.",
                        fr=(
                            "Sauvegardez vos fichiers avant de chiffrer un disque pour la première "
                            "fois."
                        ),
                        es=(
                            "Haga una copia de seguridad de sus archivos antes de cifrar un disco "
                            "por primera vez."
                        ),
                        pt=(
                            "Faça uma cópia de segurança dos ficheiros antes de cifrar um disco "
                            "pela primeira vez."
                        ),
                        ru="Перед первым шифрованием диска сделайте резервную копию файлов.",
                        ar="انسخ ملفاتك احتياطيًا قبل تشفير أي قرص للمرة الأولى.",
                    ),
                    t(
                        (
                            "Store the recovery key on paper or in your password manager, not on "
                            "the same disk."
                        ),
                        fr=(
                            "Conservez la clé de récupération sur papier ou dans votre "
                            "gestionnaire de mots de passe, pas sur le même disque."
                        ),
                        es=(
                            "Guarde la clave de recuperación en papel o en su gestor de "
                            "contraseñas, no en el mismo disco."
                        ),
                        pt=(
                            "Guarde a chave de recuperação em papel ou no seu gestor de "
                            "palavras-passe, não no mesmo disco."
                        ),
                        ru=(
                            "Храните ключ восстановления на бумаге или в менеджере паролей, но не "
                            "на том же диске."
                        ),
                        ar=(
                            "احفظ مفتاح الاسترداد على ورق أو في مدير كلمات المرور، لا على القرص "
                            "نفسه."
                        ),
                    ),
                    t(
                        "Encrypt every USB stick and external drive that holds sensitive data.",
                        fr=(
                            "Chiffrez chaque clé USB et chaque disque externe contenant des "
                            "données sensibles."
                        ),
                        es=(
                            "Cifre cada memoria USB y cada disco externo que contenga datos "
                            "sensibles."
                        ),
                        pt="Cifre cada pen USB e cada disco externo que contenha dados sensíveis.",
                        ru=(
                            "Зашифруйте каждую флешку и каждый внешний диск с чувствительными "
                            "данными."
                        ),
                        ar="شفّر كل ذاكرة USB وكل قرص خارجي يحتوي على بيانات حساسة.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "If your organisation manages your laptop, ask who holds a copy of the "
                        "recovery key; it may be stored in an online account."
                    ),
                    fr=(
                        "Si votre organisation gère votre ordinateur portable, demandez qui "
                        "détient une copie de la clé de récupération : elle est peut-être "
                        "enregistrée dans un compte en ligne."
                    ),
                    es=(
                        "Si su organización gestiona su portátil, pregunte quién tiene una copia "
                        "de la clave de recuperación; puede estar guardada en una cuenta en línea."
                    ),
                    pt=(
                        "Se a sua organização gere o seu portátil, pergunte quem tem uma cópia da "
                        "chave de recuperação; pode estar guardada numa conta online."
                    ),
                    ru=(
                        "Если вашим ноутбуком управляет организация, узнайте, у кого хранится "
                        "копия ключа восстановления: она может быть сохранена в онлайн-аккаунте."
                    ),
                    ar=(
                        "إذا كانت منظمتك تدير حاسوبك المحمول، فاسأل عمّن يحتفظ بنسخة من مفتاح "
                        "الاسترداد، فقد تكون محفوظة في حساب على الإنترنت."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "In some countries you can be legally required to reveal passwords or "
                        "decryption keys. Seek legal advice on the rules where you live and where "
                        "you travel."
                    ),
                    fr=(
                        "Dans certains pays, la loi peut vous obliger à révéler vos mots de passe "
                        "ou vos clés de déchiffrement. Demandez un avis juridique sur les règles "
                        "en vigueur là où vous vivez et là où vous voyagez."
                    ),
                    es=(
                        "En algunos países la ley puede obligarle a revelar contraseñas o claves "
                        "de descifrado. Busque asesoramiento jurídico sobre las normas del lugar "
                        "donde vive y de los lugares a los que viaja."
                    ),
                    pt=(
                        "Em alguns países, a lei pode obrigá-lo a revelar palavras-passe ou chaves "
                        "de decifragem. Procure aconselhamento jurídico sobre as regras onde vive "
                        "e para onde viaja."
                    ),
                    ru=(
                        "В некоторых странах закон может обязать вас раскрыть пароли или ключи "
                        "расшифровки. Получите юридическую консультацию о правилах в стране "
                        "проживания и в странах, куда вы едете."
                    ),
                    ar=(
                        "في بعض البلدان قد يُلزمك القانون بالكشف عن كلمات المرور أو مفاتيح فك "
                        "التشفير. اطلب استشارة قانونية بشأن القواعد السارية حيث تعيش وحيث تسافر."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr", "es"),
    ),
    DemoResource(
        key="if-your-device-is-seized",
        topic="digital-security",
        format="guide",
        level="advanced",
        reviewed="2026-07-01",
        interval=6,
        title=t(
            "What to do if your device is seized",
            fr="Que faire si votre appareil est saisi",
            es="Qué hacer si le incautan un dispositivo",
            pt="O que fazer se o seu dispositivo for apreendido",
            ru="Что делать, если ваше устройство изъяли",
            ar="ماذا تفعل إذا صودر جهازك",
        ),
        summary=t(
            (
                "How to prepare before a raid or arrest, and the steps to take with your accounts "
                "and contacts once a phone or laptop is out of your hands."
            ),
            fr=(
                "Comment se préparer avant une perquisition ou une arrestation, et les mesures à "
                "prendre pour vos comptes et vos contacts dès qu’un téléphone ou un ordinateur "
                "vous échappe."
            ),
            es=(
                "Cómo prepararse antes de un allanamiento o una detención, y qué hacer con sus "
                "cuentas y contactos cuando un teléfono o un portátil ya no está en sus manos."
            ),
            pt=(
                "Como se preparar antes de uma busca ou detenção, e os passos a dar quanto às suas "
                "contas e contactos quando um telemóvel ou portátil deixa de estar nas suas mãos."
            ),
            ru=(
                "Как подготовиться к обыску или задержанию и что делать с учётными записями и "
                "контактами, когда телефон или ноутбук оказались не в ваших руках."
            ),
            ar=(
                "كيف تستعد قبل المداهمة أو الاعتقال، والخطوات التي ينبغي اتخاذها بشأن حساباتك "
                "وجهات اتصالك عندما يخرج هاتفك أو حاسوبك من يدك."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "Prepare before it happens",
                    fr="Se préparer avant que cela n’arrive",
                    es="Prepararse antes de que ocurra",
                    pt="Preparar-se antes que aconteça",
                    ru="Подготовьтесь заранее",
                    ar="استعدّ قبل وقوع ذلك",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "Assume that anything on your devices could one day be read by the "
                        "authorities. Keep as little sensitive data on your phone as you can, turn "
                        "on encryption and disappearing messages, and know which accounts you "
                        "would need to secure first. Agree with a trusted colleague on what they "
                        "will do if you go silent."
                    ),
                    fr=(
                        "Partez du principe que tout ce qui se trouve sur vos appareils pourrait "
                        "un jour être lu par les autorités. Gardez le moins possible de données "
                        "sensibles sur votre téléphone, activez le chiffrement et les messages "
                        "éphémères, et sachez quels comptes vous devriez sécuriser en priorité. "
                        "Convenez avec un collègue de confiance de ce qu’il fera si vous ne donnez "
                        "plus de nouvelles."
                    ),
                    es=(
                        "Dé por hecho que todo lo que hay en sus dispositivos podría ser leído "
                        "algún día por las autoridades. Guarde en su teléfono los menos datos "
                        "sensibles posibles, active el cifrado y los mensajes temporales, y sepa "
                        "qué cuentas tendría que proteger primero. Acuerde con un colega de "
                        "confianza qué hará si usted deja de dar señales de vida."
                    ),
                    pt=(
                        "Parta do princípio de que tudo o que está nos seus dispositivos pode um "
                        "dia ser lido pelas autoridades. Guarde o mínimo possível de dados "
                        "sensíveis no telemóvel, ative a cifragem e as mensagens temporárias, e "
                        "saiba que contas teria de proteger primeiro. Combine com um colega de "
                        "confiança o que ele fará se deixar de dar notícias."
                    ),
                    ru=(
                        "Исходите из того, что всё, что есть на ваших устройствах, однажды могут "
                        "прочитать власти. Храните на телефоне как можно меньше чувствительных "
                        "данных, включите шифрование и исчезающие сообщения и заранее определите, "
                        "какие учётные записи нужно защищать в первую очередь. Договоритесь с "
                        "доверенным коллегой, что он сделает, если вы перестанете выходить на "
                        "связь."
                    ),
                    ar=(
                        "افترض أن كل ما على أجهزتك قد تطّلع عليه السلطات يومًا ما. احتفظ بأقل قدر "
                        "ممكن من البيانات الحساسة على هاتفك، وفعّل التشفير والرسائل المختفية، "
                        "واعرف الحسابات التي يجب تأمينها أولًا. واتفق مع زميل موثوق على ما سيفعله "
                        "إذا انقطع اتصالك."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "In the first hours after a seizure",
                    fr="Dans les premières heures après une saisie",
                    es="En las primeras horas tras una incautación",
                    pt="Nas primeiras horas após uma apreensão",
                    ru="В первые часы после изъятия",
                    ar="في الساعات الأولى بعد المصادرة",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "From another device, sign out of all sessions on your key accounts.",
                        fr=(
                            "Depuis un autre appareil, déconnectez toutes les sessions de vos "
                            "comptes essentiels."
                        ),
                        es=(
                            "Desde otro dispositivo, cierre todas las sesiones de sus cuentas "
                            "clave."
                        ),
                        pt=(
                            "A partir de outro dispositivo, termine todas as sessões das suas "
                            "contas principais."
                        ),
                        ru="С другого устройства завершите все сеансы в основных учётных записях.",
                        ar="من جهاز آخر، سجّل الخروج من جميع الجلسات في حساباتك الأساسية.",
                    ),
                    t(
                        "Change passwords, starting with email and messaging.",
                        fr=(
                            "Changez vos mots de passe, en commençant par la messagerie "
                            "électronique et instantanée."
                        ),
                        es="Cambie las contraseñas, empezando por el correo y la mensajería.",
                        pt="Altere as palavras-passe, começando pelo e-mail e pelas mensagens.",
                        ru="Смените пароли, начиная с почты и мессенджеров.",
                        ar="غيّر كلمات المرور، بدءًا بالبريد الإلكتروني وتطبيقات المراسلة.",
                    ),
                    t(
                        "Remove the seized device from linked devices lists.",
                        fr="Retirez l’appareil saisi des listes d’appareils associés.",
                        es=(
                            "Elimine el dispositivo incautado de las listas de dispositivos "
                            "vinculados."
                        ),
                        pt="Remova o dispositivo apreendido das listas de dispositivos associados.",
                        ru="Удалите изъятое устройство из списков связанных устройств.",
                        ar="أزل الجهاز المصادَر من قوائم الأجهزة المرتبطة.",
                    ),
                    t(
                        "Warn contacts who may be exposed by what the device contains.",
                        fr=(
                            "Prévenez les contacts qui pourraient être exposés par le contenu de "
                            "l’appareil."
                        ),
                        es=(
                            "Avise a los contactos que puedan quedar expuestos por el contenido "
                            "del dispositivo."
                        ),
                        pt=(
                            "Avise os contactos que possam ficar expostos pelo conteúdo do "
                            "dispositivo."
                        ),
                        ru="Предупредите контакты, которых может подставить содержимое устройства.",
                        ar="حذّر جهات الاتصال التي قد يعرّضها محتوى الجهاز للخطر.",
                    ),
                    t(
                        "Write down when and how the device was taken, and by whom.",
                        fr="Notez quand, comment et par qui l’appareil a été pris.",
                        es="Anote cuándo, cómo y quién se llevó el dispositivo.",
                        pt="Anote quando, como e por quem o dispositivo foi levado.",
                        ru="Запишите, когда, как и кем было изъято устройство.",
                        ar="دوّن متى أُخذ الجهاز وكيف ومن أخذه.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Write the phone number of a lawyer on paper and memorise it, since you "
                        "may not have access to your contacts."
                    ),
                    fr=(
                        "Notez le numéro d’un avocat sur papier et apprenez-le par cœur, car vous "
                        "n’aurez peut-être pas accès à vos contacts."
                    ),
                    es=(
                        "Anote en papel el número de un abogado y apréndaselo de memoria, porque "
                        "quizá no tenga acceso a sus contactos."
                    ),
                    pt=(
                        "Escreva o número de um advogado em papel e memorize-o, pois pode não ter "
                        "acesso aos seus contactos."
                    ),
                    ru=(
                        "Запишите номер адвоката на бумаге и выучите его наизусть: у вас может не "
                        "оказаться доступа к контактам."
                    ),
                    ar=(
                        "اكتب رقم هاتف محامٍ على ورقة واحفظه عن ظهر قلب، فقد لا تتمكّن من الوصول "
                        "إلى جهات اتصالك."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "When the device comes back",
                    fr="Lorsque l’appareil vous est rendu",
                    es="Cuando le devuelvan el dispositivo",
                    pt="Quando o dispositivo lhe for devolvido",
                    ru="Когда устройство вернут",
                    ar="عندما يُعاد إليك الجهاز",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "A device that has been out of your control may have been copied or fitted "
                        "with spyware. Do not log back into your accounts on it until it has been "
                        "checked by a trusted digital security expert. If in doubt, back up only "
                        "your own documents, then reset it to factory settings or replace it."
                    ),
                    fr=(
                        "Un appareil qui a échappé à votre contrôle a pu être copié ou équipé d’un "
                        "logiciel espion. Ne vous reconnectez pas à vos comptes depuis cet "
                        "appareil avant qu’il ait été examiné par un expert en sécurité numérique "
                        "de confiance. En cas de doute, sauvegardez uniquement vos propres "
                        "documents, puis réinitialisez-le aux paramètres d’usine ou remplacez-le."
                    ),
                    es=(
                        "Un dispositivo que ha estado fuera de su control puede haber sido copiado "
                        "o haber recibido software espía. No vuelva a iniciar sesión en sus "
                        "cuentas desde él hasta que lo haya revisado un experto en seguridad "
                        "digital de confianza. Si tiene dudas, copie solo sus propios documentos y "
                        "después restablézcalo a los valores de fábrica o sustitúyalo."
                    ),
                    pt=(
                        "Um dispositivo que esteve fora do seu controlo pode ter sido copiado ou "
                        "ter recebido spyware. Não volte a iniciar sessão nas suas contas nesse "
                        "dispositivo até ser verificado por um especialista em segurança digital "
                        "de confiança. Em caso de dúvida, copie apenas os seus próprios documentos "
                        "e depois reponha as definições de fábrica ou substitua-o."
                    ),
                    ru=(
                        "Устройство, побывавшее вне вашего контроля, могли скопировать или "
                        "установить на него шпионскую программу. Не входите с него в свои учётные "
                        "записи, пока его не проверит доверенный специалист по цифровой "
                        "безопасности. Если сомневаетесь, сохраните только собственные документы, "
                        "а затем сбросьте устройство до заводских настроек или замените его."
                    ),
                    ar=(
                        "قد يكون الجهاز الذي خرج عن سيطرتك قد نُسخ أو زُرع فيه برنامج تجسّس. لا "
                        "تسجّل الدخول إلى حساباتك منه مجددًا حتى يفحصه خبير موثوق في الأمان "
                        "الرقمي. وإذا ساورك الشك، فانسخ مستنداتك الخاصة فقط، ثم أعِد ضبطه على "
                        "إعدادات المصنع أو استبدله."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Never try to destroy or hide a device while it is being seized: it can "
                        "put you in physical danger and lead to additional charges."
                    ),
                    fr=(
                        "N’essayez jamais de détruire ou de cacher un appareil au moment de sa "
                        "saisie : cela peut vous mettre physiquement en danger et entraîner des "
                        "poursuites supplémentaires."
                    ),
                    es=(
                        "Nunca intente destruir u ocultar un dispositivo mientras se lo están "
                        "incautando: puede ponerle en peligro físico y acarrear cargos adicionales."
                    ),
                    pt=(
                        "Nunca tente destruir ou esconder um dispositivo no momento da apreensão: "
                        "isso pode pô-lo em perigo físico e levar a acusações adicionais."
                    ),
                    ru=(
                        "Никогда не пытайтесь уничтожить или спрятать устройство во время изъятия: "
                        "это может подвергнуть вас физической опасности и повлечь дополнительные "
                        "обвинения."
                    ),
                    ar=(
                        "لا تحاول أبدًا إتلاف جهاز أو إخفاءه أثناء مصادرته، فقد يعرّضك ذلك لخطر "
                        "جسدي ويؤدي إلى توجيه تهم إضافية إليك."
                    ),
                ),
            ),
        ],
        languages=("en", "fr", "es", "pt", "ru", "ar"),
        file_languages=("en", "fr"),
    ),
    DemoResource(
        key="metadata-in-photos",
        topic="digital-security",
        format="toolkit",
        level="intermediate",
        reviewed="2026-08-28",
        interval=6,
        title=t(
            "Metadata in photos and documents",
            fr="Les métadonnées des photos et des documents",
            es="Metadatos en fotos y documentos",
            pt="Metadados em fotografias e documentos",
            ru="Метаданные в фотографиях и документах",
            ar="البيانات الوصفية في الصور والمستندات",
        ),
        summary=t(
            (
                "Files carry hidden information such as location, date and author. Learn when to "
                "remove it and when to keep it as evidence."
            ),
            fr=(
                "Les fichiers contiennent des informations cachées comme le lieu, la date et "
                "l’auteur. Apprenez quand les supprimer et quand les conserver comme preuves."
            ),
            es=(
                "Los archivos contienen información oculta como la ubicación, la fecha y el autor. "
                "Aprenda cuándo eliminarla y cuándo conservarla como prueba."
            ),
            pt=(
                "Os ficheiros contêm informação oculta como a localização, a data e o autor. Saiba "
                "quando a remover e quando a conservar como prova."
            ),
            ru=(
                "Файлы содержат скрытые сведения: место, дату и автора. Узнайте, когда их стоит "
                "удалять, а когда сохранять как доказательство."
            ),
            ar=(
                "تحمل الملفات معلومات مخفية مثل الموقع والتاريخ واسم المؤلف. تعرّف على متى تحذفها "
                "ومتى تحتفظ بها دليلًا."
            ),
        ),
        body=[
            (
                "heading",
                t(
                    "What metadata reveals",
                    fr="Ce que révèlent les métadonnées",
                    es="Qué revelan los metadatos",
                    pt="O que os metadados revelam",
                    ru="Что выдают метаданные",
                    ar="ما تكشفه البيانات الوصفية",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "A photo taken with a phone usually records the exact GPS position, the "
                        "time and the phone model. Office documents can store the author's name, "
                        "the organisation and earlier revisions. Published without care, these "
                        "details can identify a source, a victim or the place where you are "
                        "staying."
                    ),
                    fr=(
                        "Une photo prise avec un téléphone enregistre généralement la position GPS "
                        "exacte, l’heure et le modèle du téléphone. Les documents bureautiques "
                        "peuvent conserver le nom de l’auteur, l’organisation et des versions "
                        "antérieures. Publiés sans précaution, ces détails peuvent permettre "
                        "d’identifier une source, une victime ou le lieu où vous séjournez."
                    ),
                    es=(
                        "Una foto tomada con un teléfono suele registrar la posición GPS exacta, "
                        "la hora y el modelo del teléfono. Los documentos ofimáticos pueden "
                        "guardar el nombre del autor, la organización y versiones anteriores. "
                        "Publicados sin cuidado, estos datos pueden identificar a una fuente, a "
                        "una víctima o el lugar donde se aloja."
                    ),
                    pt=(
                        "Uma fotografia tirada com um telemóvel regista normalmente a posição GPS "
                        "exata, a hora e o modelo do telemóvel. Os documentos de escritório podem "
                        "guardar o nome do autor, a organização e versões anteriores. Publicados "
                        "sem cuidado, estes dados podem identificar uma fonte, uma vítima ou o "
                        "local onde está alojado."
                    ),
                    ru=(
                        "Фотография, сделанная телефоном, обычно содержит точные GPS-координаты, "
                        "время съёмки и модель телефона. Офисные документы могут хранить имя "
                        "автора, название организации и прежние редакции. Если опубликовать их без "
                        "проверки, эти сведения могут раскрыть источник, пострадавшего или место, "
                        "где вы живёте."
                    ),
                    ar=(
                        "عادةً ما تسجّل الصورة الملتقطة بالهاتف موقع GPS الدقيق والوقت وطراز "
                        "الهاتف. وقد تحفظ المستندات المكتبية اسم المؤلف والمنظمة والنسخ السابقة. "
                        "وإذا نُشرت هذه التفاصيل دون حذر، فقد تكشف هوية مصدر أو ضحية أو المكان "
                        "الذي تقيم فيه."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "Cleaning files before sharing",
                    fr="Nettoyer les fichiers avant de les partager",
                    es="Limpiar los archivos antes de compartirlos",
                    pt="Limpar os ficheiros antes de os partilhar",
                    ru="Очистка файлов перед отправкой",
                    ar="تنظيف الملفات قبل مشاركتها",
                ),
            ),
            (
                "checklist",
                [
                    t(
                        "Turn off location tagging in your camera app.",
                        fr="Désactivez la géolocalisation dans l’application appareil photo.",
                        es="Desactive el etiquetado de ubicación en la aplicación de cámara.",
                        pt="Desative a marcação de localização na aplicação da câmara.",
                        ru="Отключите геотеги в приложении камеры.",
                        ar="عطّل وسم الموقع في تطبيق الكاميرا.",
                    ),
                    t(
                        "Remove metadata with a dedicated tool before publishing a file.",
                        fr=(
                            "Supprimez les métadonnées avec un outil dédié avant de publier un "
                            "fichier."
                        ),
                        es=(
                            "Elimine los metadatos con una herramienta específica antes de "
                            "publicar un archivo."
                        ),
                        pt=(
                            "Remova os metadados com uma ferramenta própria antes de publicar um "
                            "ficheiro."
                        ),
                        ru="Перед публикацией файла удалите метаданные специальной программой.",
                        ar="احذف البيانات الوصفية بأداة مخصّصة قبل نشر أي ملف.",
                    ),
                    t(
                        "Export documents to PDF and check the document properties.",
                        fr="Exportez les documents en PDF et vérifiez leurs propriétés.",
                        es="Exporte los documentos a PDF y revise sus propiedades.",
                        pt="Exporte os documentos para PDF e verifique as respetivas propriedades.",
                        ru="Экспортируйте документы в PDF и проверьте их свойства.",
                        ar="صدّر المستندات بصيغة PDF وتحقّق من خصائصها.",
                    ),
                    t(
                        "Check faces, signs and reflections that could reveal a place or a person.",
                        fr=(
                            "Vérifiez les visages, les panneaux et les reflets qui pourraient "
                            "révéler un lieu ou une personne."
                        ),
                        es=(
                            "Revise rostros, carteles y reflejos que puedan revelar un lugar o una "
                            "persona."
                        ),
                        pt=(
                            "Verifique rostos, placas e reflexos que possam revelar um local ou "
                            "uma pessoa."
                        ),
                        ru=(
                            "Проверьте лица, вывески и отражения, по которым можно узнать место "
                            "или человека."
                        ),
                        ar="تحقّق من الوجوه واللافتات والانعكاسات التي قد تكشف مكانًا أو شخصًا.",
                    ),
                ],
            ),
            (
                "tip",
                t(
                    (
                        "Many messaging apps strip metadata from photos they send, but files sent "
                        "as documents often keep it intact."
                    ),
                    fr=(
                        "De nombreuses messageries suppriment les métadonnées des photos envoyées, "
                        "mais les fichiers envoyés comme documents les conservent souvent intactes."
                    ),
                    es=(
                        "Muchas aplicaciones de mensajería eliminan los metadatos de las fotos que "
                        "envían, pero los archivos enviados como documentos suelen conservarlos "
                        "intactos."
                    ),
                    pt=(
                        "Muitas aplicações de mensagens removem os metadados das fotografias "
                        "enviadas, mas os ficheiros enviados como documentos costumam mantê-los "
                        "intactos."
                    ),
                    ru=(
                        "Многие мессенджеры удаляют метаданные из отправляемых фотографий, но "
                        "файлы, отправленные как документы, часто сохраняют их полностью."
                    ),
                    ar=(
                        "تحذف كثير من تطبيقات المراسلة البيانات الوصفية من الصور التي ترسلها، لكن "
                        "الملفات المرسلة كمستندات كثيرًا ما تحتفظ بها كاملة."
                    ),
                ),
            ),
            (
                "heading",
                t(
                    "When metadata is evidence",
                    fr="Quand les métadonnées constituent une preuve",
                    es="Cuando los metadatos son una prueba",
                    pt="Quando os metadados são prova",
                    ru="Когда метаданные служат доказательством",
                    ar="عندما تكون البيانات الوصفية دليلًا",
                ),
            ),
            (
                "paragraph",
                t(
                    (
                        "If you are documenting abuses, the date and location in the original file "
                        "can help prove what happened. Keep an untouched original in a secure, "
                        "encrypted archive and share only cleaned copies. Record where and how "
                        "each file was obtained so that its origin can be verified later."
                    ),
                    fr=(
                        "Si vous documentez des abus, la date et le lieu contenus dans le fichier "
                        "d’origine peuvent aider à prouver ce qui s’est passé. Conservez un "
                        "original intact dans une archive chiffrée et sécurisée et ne partagez que "
                        "des copies nettoyées. Notez où et comment chaque fichier a été obtenu "
                        "afin que son origine puisse être vérifiée plus tard."
                    ),
                    es=(
                        "Si documenta abusos, la fecha y la ubicación del archivo original pueden "
                        "ayudar a demostrar lo ocurrido. Conserve un original intacto en un "
                        "archivo cifrado y seguro, y comparta solo copias limpias. Anote dónde y "
                        "cómo obtuvo cada archivo para que su origen pueda verificarse más "
                        "adelante."
                    ),
                    pt=(
                        "Se está a documentar abusos, a data e a localização do ficheiro original "
                        "podem ajudar a provar o que aconteceu. Guarde um original intacto num "
                        "arquivo seguro e cifrado e partilhe apenas cópias limpas. Registe onde e "
                        "como cada ficheiro foi obtido para que a sua origem possa ser verificada "
                        "mais tarde."
                    ),
                    ru=(
                        "Если вы документируете нарушения, дата и место в исходном файле могут "
                        "помочь доказать, что произошло. Храните нетронутый оригинал в надёжном "
                        "зашифрованном архиве, а делитесь только очищенными копиями. Записывайте, "
                        "где и как был получен каждый файл, чтобы позже можно было подтвердить его "
                        "происхождение."
                    ),
                    ar=(
                        "إذا كنت توثّق انتهاكات، فقد يساعد التاريخ والموقع المسجّلان في الملف "
                        "الأصلي على إثبات ما حدث. احتفظ بالنسخة الأصلية دون تعديل في أرشيف آمن "
                        "ومشفّر، ولا تشارك إلا نسخًا منظّفة. ودوّن أين حصلت على كل ملف وكيف، حتى "
                        "يمكن التحقق من مصدره لاحقًا."
                    ),
                ),
            ),
            (
                "warning",
                t(
                    (
                        "Removing metadata does not hide what is visible in the picture itself. A "
                        "street sign, a uniform or a distinctive window can be enough to locate a "
                        "photo."
                    ),
                    fr=(
                        "Supprimer les métadonnées ne masque pas ce qui est visible sur l’image "
                        "elle-même. Un panneau de rue, un uniforme ou une fenêtre reconnaissable "
                        "peuvent suffire à localiser une photo."
                    ),
                    es=(
                        "Eliminar los metadatos no oculta lo que se ve en la propia imagen. Un "
                        "letrero de calle, un uniforme o una ventana característica pueden bastar "
                        "para localizar una foto."
                    ),
                    pt=(
                        "Remover os metadados não oculta o que é visível na própria imagem. Uma "
                        "placa de rua, um uniforme ou uma janela característica podem bastar para "
                        "localizar uma fotografia."
                    ),
                    ru=(
                        "Удаление метаданных не скрывает того, что видно на самом снимке. Уличной "
                        "таблички, формы или приметного окна может хватить, чтобы определить, где "
                        "сделано фото."
                    ),
                    ar=(
                        "لا يُخفي حذف البيانات الوصفية ما يظهر في الصورة نفسها. فقد تكفي لافتة "
                        "شارع أو زيّ رسمي أو نافذة مميّزة لتحديد مكان التقاط الصورة."
                    ),
                ),
            ),
        ],
        languages=("en", "es", "pt"),
        file_languages=("en", "es"),
    ),
]
