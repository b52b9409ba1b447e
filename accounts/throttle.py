"""Sign-in throttling by account: after `LOGIN_THROTTLE_FAILURES` wrong passwords for one
username, that username is locked for `LOGIN_THROTTLE_LOCK_MINUTES`; each further wrong
password after a lock runs out doubles the next lock, up to a day. A right password clears it.

Keyed by the username as typed (a keyed hash, see models.LoginThrottle), never by IP address:
readers never sign in, and the site keeps no address of anyone. A lock applies whether or not
the account exists, so the message says nothing about which usernames are real.

Why not django-axes: its AccessAttempt, AccessFailureLog and AccessLog models all have an
`ip_address` column that its handlers fill on every attempt (and keep the user agent too); a
configuration that locks by username only still writes them. This keeps three values per
username and forgets them (`forget_expired`, run on every sign-in attempt and by
`manage.py purge_login_throttles`).
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import LoginThrottle

LONGEST_LOCK = timedelta(days=1)
# A record whose lock has run out is deleted after this long without a new failure.
FORGET_AFTER = timedelta(days=1)


def key_for(username):
    """The stored key of a username: case and surrounding spaces do not make a new counter."""
    normalised = str(username).strip().casefold().encode("utf-8", "surrogatepass")
    secret = f"login-throttle:{settings.SECRET_KEY}".encode()
    return hmac.new(secret, normalised, hashlib.sha256).hexdigest()


def lock_length(failures):
    """How long `failures` wrong passwords in a row lock a username for (None: not locked)."""
    over = failures - settings.LOGIN_THROTTLE_FAILURES
    if over < 0:
        return None
    first = timedelta(minutes=settings.LOGIN_THROTTLE_LOCK_MINUTES)
    return min(first * 2 ** min(over, 20), LONGEST_LOCK)


def locked_until(username, now=None):
    """When the username's lock ends, or None if it is not locked."""
    now = now or timezone.now()
    until = (
        LoginThrottle.objects.filter(key=key_for(username), locked_until__gt=now)
        .values_list("locked_until", flat=True)
        .first()
    )
    return until


def locks_of(usernames, now=None):
    """{username: when its lock ends} for those of `usernames` that are locked (one query)."""
    now = now or timezone.now()
    keys = {key_for(username): username for username in usernames}
    locked = LoginThrottle.objects.filter(key__in=keys, locked_until__gt=now)
    return {keys[key]: until for key, until in locked.values_list("key", "locked_until")}


def record_failure(username, now=None):
    """Count a wrong password; returns the end of the lock this failure starts, if any."""
    now = now or timezone.now()
    with transaction.atomic():
        record, _created = LoginThrottle.objects.select_for_update().get_or_create(
            key=key_for(username), defaults={"updated_at": now}
        )
        record.failures += 1
        record.updated_at = now
        length = lock_length(record.failures)
        record.locked_until = now + length if length else None
        record.save()
    return record.locked_until


def record_success(username):
    LoginThrottle.objects.filter(key=key_for(username)).delete()


def unlock(username):
    """Lift a username's lock and forget its failures; True if there was anything to forget."""
    deleted, _ = LoginThrottle.objects.filter(key=key_for(username)).delete()
    return bool(deleted)


def forget_expired(now=None):
    """Delete the records no lock needs any more; returns how many."""
    now = now or timezone.now()
    deleted, _ = (
        LoginThrottle.objects.filter(updated_at__lt=now - FORGET_AFTER)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now))
        .delete()
    )
    return deleted
