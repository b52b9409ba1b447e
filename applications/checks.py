"""System check: the application forms are closed without a valid public key."""

from django.conf import settings
from django.core import checks

from applications.keys import public_key_setting
from applications.sealing import BadKey, public_key_from_text


def check_public_key(app_configs=None, **kwargs):
    """applications.E001 for a malformed APPLICATIONS_PUBLIC_KEY; applications.W001 when none
    is set (the site runs, and every application form says applications are not taken here)."""
    text = public_key_setting()
    if not text:
        if getattr(settings, "APPLICATIONS_PUBLIC_KEY_DEV_FILE", ""):
            return []  # development: `setup_site` makes the key
        return [
            checks.Warning(
                "APPLICATIONS_PUBLIC_KEY is not set: the application forms are closed.",
                hint="Generate the key pair on an offline machine "
                "(`python -m applications.offline keygen`) and set the public key it prints.",
                id="applications.W001",
            )
        ]
    try:
        public_key_from_text(text)
    except BadKey as problem:
        return [
            checks.Error(
                f"APPLICATIONS_PUBLIC_KEY is not a public key ({problem}): the application "
                "forms are closed.",
                hint="Set the one line `python -m applications.offline keygen` printed.",
                id="applications.E001",
            )
        ]
    return []
