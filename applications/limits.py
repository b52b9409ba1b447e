"""Floods of applications, held back without knowing who sends them: no IP address, cookie or
fingerprint is read or kept (README, "Applications", for what this does and does not stop).

- A global rate: at most `APPLICATIONS_PER_MINUTE` application POSTs in each minute, over the
  whole site (a counter per minute in the shared cache); beyond it, 429 and a message.
- A form token: each form carries a signed token naming its call, when it was made and a random
  nonce (`FormToken`). A POST without a valid one, or sent sooner than `MIN_SECONDS` after the
  form was made, or older than `APPLICATIONS_FORM_HOURS`, or already used, stores nothing.
- Sizes: the attachment's limit (`APPLICATIONS_ATTACHMENT_MAX_MB`, uploads.py), Django's limit
  on the other fields, and the web server's on the whole body (deploy/nginx).
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

MIN_SECONDS = 3  # nobody reads and fills the form faster
TOKEN_SALT = "applications.form-token"  # noqa: S105 (a namespace, not a secret)


def rate_key(now):
    return f"applications:rate:{int(now // 60)}"


def over_rate(now=None):
    """Count one application POST in this minute; True when it is one too many."""
    key = rate_key(time.time() if now is None else now)
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count > settings.APPLICATIONS_PER_MINUTE


def token_max_age():
    """How long a form's token is good for, in seconds (APPLICATIONS_FORM_HOURS)."""
    return settings.APPLICATIONS_FORM_HOURS * 60 * 60


def seconds_to_next_minute(now=None):
    now = time.time() if now is None else now
    return 60 - int(now % 60)


def token_signer():
    return signing.Signer(salt=TOKEN_SALT)  # reads SECRET_KEY (and its fallbacks) now


class TokenProblem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code  # "invalid", "expired", "too_fast", "used"


class FormToken:
    """The signed token of one form of one call: the call, when the form was made (the one
    clock both the too-fast and the expiry checks read) and a nonce."""

    @staticmethod
    def make(call_key, now=None):
        made = time.time() if now is None else now
        return token_signer().sign_object(
            {"call": str(call_key), "nonce": secrets.token_urlsafe(16), "made": made}
        )

    @staticmethod
    def check(token, call_key, now=None):
        """The token's nonce, when `token` is a valid unused token of this call's form; raises
        TokenProblem otherwise. Does not spend it (`spend`)."""
        now = time.time() if now is None else now
        try:
            value = token_signer().unsign_object(token or "")
            call, nonce, made = str(value["call"]), str(value["nonce"]), float(value["made"])
        except (signing.BadSignature, ValueError, TypeError, KeyError):
            raise TokenProblem("invalid") from None
        if call != str(call_key):
            raise TokenProblem("invalid")
        if now - made > token_max_age():
            raise TokenProblem("expired")
        if now - made < MIN_SECONDS:
            raise TokenProblem("too_fast")
        if cache.get(FormToken.nonce_key(nonce)):
            raise TokenProblem("used")
        return nonce

    @staticmethod
    def nonce_key(nonce):
        return f"applications:used:{nonce}"

    @staticmethod
    def spend(nonce):
        """Mark the nonce used; False if another request spent it first."""
        return cache.add(FormToken.nonce_key(nonce), 1, timeout=token_max_age() + 60)

    @staticmethod
    def unspend(nonce):
        cache.delete(FormToken.nonce_key(nonce))
