"""The programme's public key, from the settings: the only key the web server ever holds.

`APPLICATIONS_PUBLIC_KEY` (base64, what `python -m applications.offline keygen` prints), or in
development settings the key `manage.py applications_dev_key` makes under var/ when it is unset.
No key, or a malformed one: `public_key()` is None and every application form says applications
are not taken on this site (`checks.py` says why at start).
"""

from pathlib import Path

from django.conf import settings

from applications.sealing import BadKey, public_key_from_text


def public_key_setting():
    """The public key's text from the settings (or the development key file), or ""."""
    text = getattr(settings, "APPLICATIONS_PUBLIC_KEY", "")
    dev_file = getattr(settings, "APPLICATIONS_PUBLIC_KEY_DEV_FILE", "")
    if not text and dev_file and Path(dev_file).is_file():
        text = Path(dev_file).read_text()
    return text.strip()


def public_key():
    """The PublicKey applications are sealed to, or None when none (or no valid one) is set."""
    text = public_key_setting()
    if not text:
        return None
    try:
        return public_key_from_text(text)
    except BadKey:
        return None
