"""Applications sealed to the programme's public key: libsodium sealed boxes (X25519 and
XSalsa20-Poly1305, through PyNaCl), which anyone may make with the public key and only the
holder of the secret key can open.

The web server seals; the selection team opens, on an offline machine, with
`python -m applications.offline`. This module reads no Django setting and imports nothing of
the site, so that the offline tool needs PyNaCl alone.

Key files are text: the public key is one line of base64 (what `APPLICATIONS_PUBLIC_KEY`
holds); the secret key file is a header line, then the secret key in base64.
"""

import base64
import binascii
import hashlib
import json
import re

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from applications import receipts

FORMAT = "sheltercity-application/1"
SECRET_KEY_HEADER = "SHELTER CITY APPLICATIONS SECRET KEY (keep offline)"  # noqa: S105
# A sealed application's size tells how long it is: every plaintext is padded to a multiple of
# this, so that the stored size says little about what was written or attached.
PAD_TO = 16 * 1024


class BadKey(ValueError):
    """The text is not a key of the kind expected."""


class CannotOpen(ValueError):
    """The sealed application cannot be opened with this key, or is damaged."""


def public_key_text(key):
    return base64.b64encode(bytes(key)).decode("ascii")


def fingerprint(public_key):
    """A short name of the public key to compare by eye: what the form shows and keygen prints,
    so the selection team can see that the site seals to their key."""
    digest = hashlib.sha256(bytes(public_key)).hexdigest().upper()[:16]
    return " ".join(digest[start : start + 4] for start in range(0, 16, 4))


def public_key_from_text(text):
    """The PublicKey in `text` (base64 of 32 bytes), or BadKey saying why not."""
    try:
        raw = base64.b64decode((text or "").strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BadKey("not base64") from None
    if len(raw) != PublicKey.SIZE:
        raise BadKey(f"{len(raw)} bytes, where a public key has {PublicKey.SIZE}")
    return PublicKey(raw)


def secret_key_text(key):
    return f"{SECRET_KEY_HEADER}\n{base64.b64encode(bytes(key)).decode('ascii')}\n"


def secret_key_from_text(text):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) != 2 or lines[0] != SECRET_KEY_HEADER:
        raise BadKey("not a Shelter City applications secret key file")
    try:
        raw = base64.b64decode(lines[1], validate=True)
    except (binascii.Error, ValueError):
        raise BadKey("the key line is not base64") from None
    if len(raw) != PrivateKey.SIZE:
        raise BadKey(f"{len(raw)} bytes, where a secret key has {PrivateKey.SIZE}")
    return PrivateKey(raw)


def generate():
    """A new key pair: (secret key, public key)."""
    secret = PrivateKey.generate()
    return secret, secret.public_key


def seal(public_key, application):
    """`application` (a dict that JSON can hold) as JSON, padded, sealed to `public_key`."""
    plaintext = json.dumps({"format": FORMAT, **application}, ensure_ascii=False).encode()
    plaintext += b" " * (-len(plaintext) % PAD_TO)  # JSON allows trailing whitespace
    return SealedBox(public_key).encrypt(plaintext)


def safe_file_name(name):
    """An attachment's name reduced to letters, digits, dots and dashes, with no folder: what
    the form seals and what the offline tool writes (anyone with the public key can seal, so
    the tool reduces it again)."""
    stem = re.sub(r"[^\w.-]+", "-", str(name).rsplit("/", 1)[-1].rsplit("\\", 1)[-1])
    return (stem.strip(".-") or "attachment")[:100]


def attachment(name, content, content_type="application/pdf"):
    """An attached file as an application holds it: its safe name, type, size and SHA-256, and
    its bytes in base64."""
    return {
        "name": safe_file_name(name),
        "content_type": content_type,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "data": base64.b64encode(content).decode("ascii"),
    }


def call_entry(title, key, opens_at, closes_at):
    """A call as an application and an archive name it: its title, translation key, and opening
    and closing times (ISO 8601, None when unknown)."""
    return {
        "title": title,
        "key": str(key),
        "opens_at": opens_at.isoformat() if opens_at else None,
        "closes_at": closes_at.isoformat() if closes_at else None,
    }


def application(call, answers, language, received_on, attachment=None):
    """An application as it is sealed, under a new receipt code (receipts.py): its `call`
    (`call_entry`), the day it was received (no time of day), the applicant's language, their
    `answers` ({name, label, value} each) and their `attachment` (`attachment`) or None."""
    return {
        "receipt": receipts.new_code(),
        "received_on": received_on.isoformat(),
        "language": language,
        "call": call,
        "answers": answers,
        "attachment": attachment,
    }


def open_sealed(secret_key, sealed):
    """The application dict in `sealed`, or CannotOpen."""
    try:
        plaintext = SealedBox(secret_key).decrypt(bytes(sealed))
    except CryptoError:
        raise CannotOpen("not sealed to this key, or damaged") from None
    try:
        application = json.loads(plaintext)
    except ValueError:
        raise CannotOpen("opened, but not an application") from None
    if not isinstance(application, dict) or application.get("format") != FORMAT:
        raise CannotOpen("opened, but not an application of this format")
    return application
