"""`make run`: DEBUG on, an SQLite file, a fixed development key, emails on the console."""

from .base import *  # noqa: F403
from .base import (
    APPLICATIONS_PUBLIC_KEY,
    BASE_DIR,
    MIRROR_SIGNING_KEY,
    MIRROR_SIGNING_KEY_FILE,
    env,
)

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
# Mirrors are signed out of the box: with neither MIRROR_SIGNING_KEY nor MIRROR_SIGNING_KEY_FILE
# set, with a key of this checkout's own that `manage.py setup_site` makes once (never publish a
# mirror signed with it: make a real key with `manage.py mirror_key generate`).
MIRROR_SIGNING_KEY_DEV_FILE = str(BASE_DIR / "var" / "dev-mirror-signing.key")
if not MIRROR_SIGNING_KEY and not MIRROR_SIGNING_KEY_FILE:
    MIRROR_SIGNING_KEY_FILE = MIRROR_SIGNING_KEY_DEV_FILE
# Applications are sealed out of the box: with APPLICATIONS_PUBLIC_KEY unset, to a key pair of
# this checkout's own that `setup_site` makes once (`manage.py applications_dev_key`), whose
# secret half lies beside it so a developer can try `python -m applications.offline decrypt`.
if not APPLICATIONS_PUBLIC_KEY:
    APPLICATIONS_PUBLIC_KEY_DEV_FILE = str(BASE_DIR / "var" / "dev-applications.pub")
# The library's facet index carries extra columns on PostgreSQL (resources/models/pages.py);
# SQLite has no such indexes and ignores them, which is all models.W040 says on every `make run`.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "models.W040"]  # noqa: F405
