"""`make test`: the database comes from DATABASE_URL (a throwaway PostgreSQL cluster)."""

import base64
import hashlib
import tempfile

from nacl.public import PrivateKey

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1", *ONION_HOSTS]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images and documents go to a temporary folder of their own per run, never to the
# repository's var/media.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sheltercity-test-media-"))  # noqa: F405
# The mirror is signed with a fixed test-only key (tests set "" to see the site without one).
MIRROR_SIGNING_KEY = base64.b64encode(
    hashlib.sha256(b"sheltercity test mirror key").digest()
).decode()
MIRROR_SIGNING_KEY_FILE = ""
# Applications are sealed to a fixed test-only key pair (tests/applications/helpers.py holds its
# secret half; tests set "" to see the site without one).
APPLICATIONS_TEST_SECRET_SEED = b"sheltercity test applications key"
APPLICATIONS_PUBLIC_KEY = base64.b64encode(
    bytes(PrivateKey(hashlib.sha256(APPLICATIONS_TEST_SECRET_SEED).digest()).public_key)
).decode()
