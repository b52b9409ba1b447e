"""Settings shared by every environment.

Everything that varies between deployments is read from the environment here, once; `dev`,
`test` and `production` only change defaults. `.env.example` and the README list every variable.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # the repository root

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional; real environment variables win

# --- Core -------------------------------------------------------------------------------------

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default=None)  # required in production, see production.py
# The site's v3 onion service, as an origin: http://<56 characters>.onion (mirrors/onion.py,
# mirrors/README-onion.md). Set, pages send `Onion-Location` for it and its host is served.
ONION_LOCATION = env.str("ONION_LOCATION", default="").rstrip("/")
_onion_host = urlsplit(ONION_LOCATION).hostname if ONION_LOCATION else None
ONION_HOSTS = [_onion_host] if _onion_host else []  # its host is in ALLOWED_HOSTS (every file)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"]) + ONION_HOSTS
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "cities",
    "opencall",
    "resources",
    "search",
    "mirrors",
    "applications",
    "editorial",
    "accounts",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_countries",  # its translations of country names
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the sitemap.xml template Wagtail's sitemap renders
]

MIDDLEWARE = [
    # Django's, except for requests through the onion address: no https redirect, no HSTS there.
    "mirrors.middleware.SecurityMiddleware",
    # `Onion-Location` when ONION_LOCATION is set (mirrors/onion.py), on redirects and 404s too.
    "mirrors.middleware.onion_location_middleware",
    # Outermost, so that redirects made by LocaleMiddleware and 400s get the header too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "sheltercity.middleware.admin_referrer_policy_middleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "sheltercity.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Sessions and CSRF: Django's, without a Set-Cookie for a reader's unusable cookie.
    "sheltercity.middleware.SessionMiddleware",
    "sheltercity.middleware.unreadable_csrf_cookie_middleware",
    # Outside the admin, uploads stay in memory (an application's attachment is plaintext until
    # sealed): before anything reads a POST body.
    "applications.uploads.public_uploads_in_memory_middleware",
    "sheltercity.middleware.LocaleMiddleware",
    "sheltercity.middleware.RejectMalformedInputMiddleware",
    # A view that cannot reach the database answers 503 (handler500 does it for middleware).
    "sheltercity.middleware.DatabaseUnavailableMiddleware",
    "opencall.middleware.call_status_cache_middleware",
    "django.middleware.common.CommonMiddleware",
    "sheltercity.middleware.shared_site_middleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AdminAccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "sheltercity.urls"
WSGI_APPLICATION = "sheltercity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mirrors.context_processors.mirror",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------------

# Unset: an SQLite file in the repository (the embedded default `make run` uses).
# Production: postgres://user:password@host:5432/name
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
# A kept connection is checked before a request reuses it: after PostgreSQL restarts, the first
# request of each worker reconnects instead of failing.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# How long browsers and proxies may keep a public page, in seconds; never past the moment a call
# opens or closes (opencall.middleware), since every page shows the call's status.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# Unset: a per-process memory cache. Production: a shared cache, e.g. redis://host:6379/0.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

# The front cache in front of gunicorn, purged when pages change (home/frontend_cache.py):
# Varnish (deploy/varnish/default.vcl) at FRONTEND_CACHE_URL, e.g. http://127.0.0.1:6081; or
# Cloudflare (CLOUDFLARE_ZONE_ID and CLOUDFLARE_BEARER_TOKEN); or CloudFront
# (CLOUDFRONT_DISTRIBUTION_ID, needs `boto3` and AWS credentials). None set: nothing is purged.
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
CLOUDFLARE_ZONE_ID = env.str("CLOUDFLARE_ZONE_ID", default="")
CLOUDFRONT_DISTRIBUTION_ID = env.str("CLOUDFRONT_DISTRIBUTION_ID", default="")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "home.frontend_cache.VarnishBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
if CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
    }
if CLOUDFRONT_DISTRIBUTION_ID:
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": CLOUDFRONT_DISTRIBUTION_ID,
    }
# Each translation has its own URL: purge the URLs given, not one per language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Languages --------------------------------------------------------------------------------
# The one place languages are defined. To add one: add a line here, run
# `manage.py sync_locale_trees`, and add its interface translations (README, "Add a language").
# Right-to-left scripts are recognised by Django (LANGUAGES_BIDI), so `dir` follows by itself.

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["sheltercity.formats"]  # English dates in European order
LANGUAGE_COOKIE_NAME = "sheltercity_language"  # read if present; the site never sets it

# The languages a Shelter City's host may work in (a city's "working languages"): codes Django
# knows, so their names come translated. The site's own languages, plus those hosts use.
CITY_WORKING_LANGUAGES = env.list(
    "CITY_WORKING_LANGUAGES",
    default=[code for code, _name in LANGUAGES] + ["nl", "de", "ka", "sw", "mn", "ne", "ms"],
)

TIME_ZONE = env.str("TIME_ZONE", default="Europe/Amsterdam")  # the programme's time zone
USE_TZ = True

# --- Static files and media -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# `manage.py backup` (home/backups.py): where archives go without --output, and how many of
# them are kept there (older ones are removed; 0 keeps all).
BACKUP_DIR = Path(env.str("BACKUP_DIR", default=str(BASE_DIR / "var" / "backups")))
BACKUP_KEEP = env.int("BACKUP_KEEP", default=14)
# The static mirror and offline libraries are signed with this Ed25519 key (mirrors/signing.py):
# the 32-byte seed in base64, or a file holding it (`manage.py mirror_key generate`). Only the
# machine that exports needs it; unset, the live site publishes no key and exports are refused.
MIRROR_SIGNING_KEY = env.str("MIRROR_SIGNING_KEY", default="")
MIRROR_SIGNING_KEY_FILE = env.str("MIRROR_SIGNING_KEY_FILE", default="")
# On a web server that does not hold the signing key (the export runs elsewhere): the public key
# it publishes (/.well-known/sheltercity-mirror.pub, the footer), as `mirror_key show` prints it.
MIRROR_PUBLIC_KEY = env.str("MIRROR_PUBLIC_KEY", default="")
# Development settings only: a key of the checkout's own that `setup_site` makes when neither
# variable is set (`mirror_key dev-key`), so `make run` can export a mirror out of the box.
MIRROR_SIGNING_KEY_DEV_FILE = ""

# --- Applications (applications/, README "Applications") ------------------------------------
# The programme's public key (base64, from `python -m applications.offline keygen` run on an
# offline machine): every application is sealed to it as it arrives. Unset, the forms are closed.
APPLICATIONS_PUBLIC_KEY = env.str("APPLICATIONS_PUBLIC_KEY", default="")
# Development settings only: the key `setup_site` makes under var/ when the variable is unset.
APPLICATIONS_PUBLIC_KEY_DEV_FILE = ""
# Applications are deleted this many days after their call closes (`purge_applications`).
APPLICATIONS_RETENTION_DAYS = env.int("APPLICATIONS_RETENTION_DAYS", default=90)
# The optional PDF an applicant attaches: at most this many megabytes, kept in memory only.
APPLICATIONS_ATTACHMENT_MAX_SIZE = env.int("APPLICATIONS_ATTACHMENT_MAX_MB", default=10) * 1024**2
# At most this many application POSTs per minute over the whole site; beyond, 429.
APPLICATIONS_PER_MINUTE = env.int("APPLICATIONS_PER_MINUTE", default=30)
# How long a form may stay open before it must be sent again (its signed token expires).
APPLICATIONS_FORM_HOURS = env.int("APPLICATIONS_FORM_HOURS", default=12)
# Django's refusal of a form without its CSRF cookie, in the reader's language.
CSRF_FAILURE_VIEW = "applications.views.csrf_failure"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Shelter City"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png", "webp": "webp"}
# A page restricted to signed-in users sends readers to the admin's sign-in (under /admin/, the
# one place a reader's browser may get a cookie), not to a sign-in form under /<lang>/.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # downloads go through Django, never a public media URL
WAGTAILDOCS_DOCUMENT_MODEL = "resources.ResourceDocument"  # language, SHA-256, PDF pages and text
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.forms.ResourceDocumentForm"  # allowlist and size limit
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]  # every other file is an attachment
# The largest document editors may upload, in megabytes.
DOCUMENT_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_MB", default=50) * 1024 * 1024
# A zip-based document (DOCX, ODT, EPUB) may unpack to at most this many megabytes, and to at
# most this many times its compressed size (above 1 MB unpacked): larger is a zip bomb.
DOCUMENT_MAX_UNPACKED_SIZE = env.int("DOCUMENT_MAX_UNPACKED_MB", default=200) * 1024 * 1024
DOCUMENT_MAX_COMPRESSION_RATIO = env.int("DOCUMENT_MAX_COMPRESSION_RATIO", default=100)
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_FINDERS = []  # embeds would load third-party content: none are allowed
# Editors are watched too: their browsers contact no one but this site.
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no request to releases.wagtail.org
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar images from gravatar.com

# Search (search/backends): unset, Wagtail's database backend, stemming each language on
# PostgreSQL (no stemming on SQLite); set, Elasticsearch 9 with an analyzer per language.
# A cluster: several URLs, comma-separated, each with its port, the same `user:password@` in
# each if the cluster wants a password; or an API key. https URLs are verified against the
# system's certificate authorities, or ELASTICSEARCH_CA_CERTS (a PEM file) when it is set.
ELASTICSEARCH_URLS = env.list("ELASTICSEARCH_URL", default=[])
ELASTICSEARCH_URL = ",".join(ELASTICSEARCH_URLS)
if ELASTICSEARCH_URLS:
    _elasticsearch_options = {}
    if env.str("ELASTICSEARCH_API_KEY", default=""):
        _elasticsearch_options["api_key"] = env.str("ELASTICSEARCH_API_KEY")
    if env.str("ELASTICSEARCH_CA_CERTS", default=""):
        _elasticsearch_options["ca_certs"] = env.str("ELASTICSEARCH_CA_CERTS")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch9",
            "URLS": ELASTICSEARCH_URLS,
            # Index names start with it: `sheltercity_wagtailcore_page`...
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX", default="sheltercity") + "_",
            "TIMEOUT": 5,
            # update_index builds a new index and then moves the alias to it (Wagtail's
            # default, said here because the README promises a rebuild without downtime).
            "ATOMIC_REBUILD": True,
            "OPTIONS": _elasticsearch_options,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
# Count each search query per day (no IP, user agent, cookie or time of day) for the editors'
# "popular searches" and promoted results; set to false to keep no query at all.
SEARCH_QUERY_STATS = env.bool("SEARCH_QUERY_STATS", default=True)

# A page sent for translation gets a draft in each language, live only once its reviewers
# approve it (editorial/): never the source text published under another language's address.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: off unless a DeepL key is given. What it
# proposes is a draft like any other: only the language's reviewers publish it (editorial/).
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
    if DEEPL_API_KEY
    else None
)

# --- Email ------------------------------------------------------------------------------------

# Unset: messages are written to the console. Production: smtp+tls://user:password@host:587
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "")
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
# Where to report a vulnerability (/.well-known/security.txt, RFC 9116): `mailto:` or `https:`
# addresses, comma-separated; unset, the default language's contact email (site settings).
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=[])
SECURITY_ENCRYPTION = env.str("SECURITY_ENCRYPTION", default="")  # https: address of a key
SECURITY_POLICY = env.str("SECURITY_POLICY", default="")  # https: address of the policy

DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Shelter City <noreply@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Security: what a reader's browser gets ---------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# The CSRF cookie is the one cookie a reader may get, from an application form (issue 19): a
# browser-session cookie (no Max-Age or Expires), gone when the browser closes, not a year-long
# trace on a defender's device that they visited the form. An editor's admin gets the same.
CSRF_COOKIE_AGE = None

# Public pages: nothing but this origin, no inline script or style. The admin is given the
# relaxations Wagtail's editor still needs (sheltercity.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "media-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
    },
}
# Django's SecurityMiddleware is in MIDDLEWARE as mirrors.middleware.SecurityMiddleware (the
# onion address is served over plain HTTP): Django's warning that its own class is missing is
# silenced, and mirrors/checks.py runs Django's checks of its settings with the subclass instead.
SILENCED_SYSTEM_CHECKS = ["security.W001"]
ADMIN_URL_PREFIXES = ("/admin/",)
# Paths outside the language prefixes: a 404 there stays a 404 (no redirect into a language).
UNLOCALIZED_URL_PREFIXES = (
    *ADMIN_URL_PREFIXES,
    "/documents/",
    "/static/",
    "/media/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
)
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {
    # Wagtail 8 still initialises choosers and date pickers with inline scripts.
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
    "frame-src": [SELF],  # the live preview panel
}
ADMIN_CONTENT_SECURITY_POLICY_REPLACE = {
    "frame-ancestors": [SELF],  # the preview is framed by the editor, on this origin only
}

PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Logging ----------------------------------------------------------------------------------
# Errors only, to stderr. Nothing here records a reader's IP address, user agent or referrer:
# every handler drops the request Django attaches to a record, and the traceback of a 4xx (bad
# input is answered, not a fault) (sheltercity.logfilters). Django's own "django" logger is
# configured again here so that its error email handler has the filter too.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "no_reader_details": {"()": "sheltercity.logfilters.NoReaderDetails"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_reader_details"]},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "no_reader_details"],
        },
    },
    "loggers": {"django": {"handlers": ["mail_admins"], "level": "INFO"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# --- Accounts (accounts/): only editors sign in ------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# A second factor (authenticator app, recovery codes) is required of everyone who can publish
# (accounts/policy.py); true: of every admin user.
ADMIN_2FA_REQUIRED_FOR_ALL = env.bool("ADMIN_2FA_REQUIRED_FOR_ALL", default=False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name authenticator apps show
# Wagtail's sign-in form, with the lock after repeated wrong passwords (accounts/throttle.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.ThrottledLoginForm"
LOGIN_THROTTLE_FAILURES = env.int("LOGIN_THROTTLE_FAILURES", default=5)
LOGIN_THROTTLE_LOCK_MINUTES = env.int("LOGIN_THROTTLE_LOCK_MINUTES", default=15)
# An admin session ends after this many hours without admin activity (a working day); every
# admin response restarts the clock (accounts.middleware). Readers never get a session.
SESSION_COOKIE_AGE = env.int("ADMIN_SESSION_IDLE_HOURS", default=9) * 60 * 60
