"""Signing in as the admin requires it: the password, then the second factor."""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def give_second_factor(user):
    """A confirmed authenticator app for `user` (the one they have, if any)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)


def code_for(key, steps_ahead=0):
    """The code an authenticator app shows for `key` (bytes), `steps_ahead` periods of 30 s
    from now. A code is accepted once: a second sign-in in the same period uses the next."""
    totp = TOTP(key, step=30, t0=0, digits=6)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def sign_in(client, user):
    """`client` signed in as `user` with both factors, as after the verification step."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = give_second_factor(user).persistent_id
    session.save()
    return client
