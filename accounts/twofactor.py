"""The second factor, on django-otp's devices: one authenticator app (a TOTP device) and a set
of single-use recovery codes (a static device) per user.

Why not wagtail-2fa (1.8.0): it has no recovery codes, makes the second factor required for
everyone or no one (not by who can publish), and declares Wagtail 2 to 4 in its classifiers
while only asking for "Wagtail>=7.0"; what it adds to django-otp is small enough to keep here.
"""

import base64

import segno
from django.db import transaction
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def has_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def users_with_device(users):
    """The ids of those of `users` who have set up an authenticator app (one query)."""
    return set(
        TOTPDevice.objects.filter(user__in=users, confirmed=True).values_list("user_id", flat=True)
    )


def pending_app_device(user):
    """The authenticator app being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The otpauth:// address as an inline SVG QR code (no script, no image request)."""
    # Black on white with the standard quiet zone, whatever the admin theme (dark included).
    return segno.make(device.config_url, error="m").svg_inline(
        scale=4, border=4, dark="#000", light="#fff"
    )


def new_recovery_codes(user):
    """Replace the user's recovery codes with new ones; the codes are returned once, to show."""
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def confirm_app(device, code):
    """Confirm a pending authenticator app with a code it shows; True if it was right."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not device.verify_token(code):
            return False
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return True


def check_code(user, code):
    """The device that accepts `code` (six digits: the app; otherwise a recovery code, which is
    used up), or None. Returns (device, throttled): throttled is True when a device refused to
    check because of too many wrong codes in a row (django-otp's growing delay)."""
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    throttled = False
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if not isinstance(device, model):
                continue
            allowed, _info = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(code):
                return device, False
    return None, throttled


def complete_sign_in(request, device):
    """Mark the session as verified by `device`, under a new session key."""
    request.session.cycle_key()
    otp_login(request, device)


def reset(user):
    """Remove every second factor of a user (they are asked to set one up again if required)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
