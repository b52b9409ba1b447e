"""The programme's Ed25519 key that signs the static mirror and the offline libraries, in the
standard minisign format (https://jedisct1.github.io/minisign/), so that anyone can check a copy
with the `minisign` tool as well as with `manage.py verify_mirror`.

Settings hold the secret key only on the machine that exports: `MIRROR_SIGNING_KEY` (the
32-byte Ed25519 seed, base64) or `MIRROR_SIGNING_KEY_FILE` (a file holding it). The public key
is derived from it; the live site publishes it at /.well-known/sheltercity-mirror.pub and in
the footer.
"""

import base64
import binascii
import hashlib
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from nacl.signing import SigningKey

ALGORITHM = b"Ed"  # minisign's tag for an Ed25519 key


def _seed_from_settings():
    text = getattr(settings, "MIRROR_SIGNING_KEY", "") or ""
    path = getattr(settings, "MIRROR_SIGNING_KEY_FILE", "") or ""
    if not text and path:
        try:
            text = Path(path).read_text().strip()
        except OSError as error:
            raise ImproperlyConfigured(
                f"MIRROR_SIGNING_KEY_FILE={path} cannot be read: {error.strerror}."
            ) from None
    if not text:
        return None
    try:
        seed = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        seed = b""
    if len(seed) != 32:
        raise ImproperlyConfigured(
            "The mirror signing key is not a base64 Ed25519 seed of 32 bytes: make one with "
            "`manage.py mirror_key generate`."
        )
    return seed


def signing_key():
    """The site's SigningKey from the settings, or None when none is set."""
    seed = _seed_from_settings()
    return SigningKey(seed) if seed is not None else None


def key_id(verify_key_bytes):
    """minisign's 8-byte key id: here derived from the public key, so it never changes."""
    return hashlib.blake2b(verify_key_bytes, digest_size=8).digest()


def public_key_text(key=None):
    """The public key as minisign writes it (what `minisign -P` takes), or None without a key."""
    key = key if key is not None else signing_key()
    if key is None:
        return None
    public = bytes(key.verify_key)
    return base64.b64encode(ALGORITHM + key_id(public) + public).decode("ascii")


def key_id_text(key=None):
    """The key id as minisign prints it (16 hex digits), or None without a key."""
    key = key if key is not None else signing_key()
    if key is None:
        return None
    return key_id(bytes(key.verify_key))[::-1].hex().upper()
