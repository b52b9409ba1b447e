"""`make run`: DEBUG on, an SQLite file, a fixed development key, emails on the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Editors check their changes at once: browsers keep no page (set it to try the production value).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
