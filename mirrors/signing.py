"""The programme's Ed25519 key that signs the static mirror and the offline libraries, in the
standard minisign format (https://jedisct1.github.io/minisign/), so that anyone can check a copy
with the `minisign` tool as well as with `manage.py verify_mirror`.

Settings hold the secret key only on the machine that exports: `MIRROR_SIGNING_KEY` (the
32-byte Ed25519 seed, base64) or `MIRROR_SIGNING_KEY_FILE` (a file holding it). The public key
is derived from it; the live site publishes it at /.well-known/sheltercity-mirror.pub and in
the footer.

The formats, as minisign 0.11 reads and writes them (src/minisign.c):

- public key: base64 of "Ed" + key id (8 bytes) + Ed25519 public key (32 bytes); the `.pub`
  file is an "untrusted comment: " line, then that line.
- signature (`.minisig`), four lines: "untrusted comment: ...", base64 of algorithm (2 bytes)
  + key id + Ed25519 signature (64 bytes), "trusted comment: ...", base64 of the global
  signature (64 bytes) of the signature followed by the trusted comment's bytes. The algorithm
  "ED" signs the BLAKE2b-512 hash of the data (what minisign makes since 0.10, and what we
  make); "Ed" the data itself (minisign's legacy format, `-l`; still accepted here).

Only the key loading reads Django's settings (imported there): a partner can verify a mirror
with this module, `manifest.py` and PyNaCl alone.
"""

import base64
import binascii
import hashlib
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

ALGORITHM = b"Ed"  # minisign's tag for an Ed25519 key
PREHASHED = b"ED"  # a signature of the data's BLAKE2b-512 hash
LEGACY = b"Ed"  # a signature of the data itself
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign refuses longer lines (COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES)
COMMENT_MAX_BYTES = 1024
TRUSTED_COMMENT_MAX_BYTES = 8192


class NoSigningKey(Exception):
    """Signing was asked for with no key given and none in the settings."""


class BadSignature(ValueError):
    """The data cannot be trusted: the base of every reason `verify` gives."""


class MalformedSignature(BadSignature):
    """The `.minisig` text is not a minisign signature."""


class MalformedPublicKey(BadSignature):
    """The public key is not a minisign Ed25519 public key."""


class WrongKey(BadSignature):
    """The signature names another key than the one it is checked with."""


class InvalidSignature(BadSignature):
    """The signature does not match the data or its trusted comment."""


def _seed_from_settings():
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

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


def seed_text(key):
    """The secret key as the settings hold it: its Ed25519 seed in base64."""
    return base64.b64encode(bytes(key)).decode("ascii")


def key_id(verify_key_bytes):
    """minisign's 8-byte key id: here derived from the public key, so it never changes."""
    return hashlib.blake2b(verify_key_bytes, digest_size=8).digest()


def key_id_hex(key_id_bytes):
    """A key id as minisign prints it: the 8 bytes as a little-endian number in upper-case hex,
    without leading zeros (minisign's `%" PRIX64 "`), so it matches minisign's messages."""
    return format(int.from_bytes(key_id_bytes, "little"), "X")


def _published(key=None):
    """(key id, public key bytes) of `key`, else of the settings: the signing key, or, on a
    web server that does not hold it, `MIRROR_PUBLIC_KEY` (the public key the exporting machine
    printed); None when neither is set."""
    key = key if key is not None else signing_key()
    if key is not None:
        public = bytes(key.verify_key)
        return key_id(public), public
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    text = getattr(settings, "MIRROR_PUBLIC_KEY", "") or ""
    if not text:
        return None
    try:
        identifier, verify_key = parse_public_key(text)
    except BadSignature as error:
        raise ImproperlyConfigured(f"MIRROR_PUBLIC_KEY: {error}") from None
    return identifier, bytes(verify_key)


def public_key_text(key=None):
    """The public key as minisign writes it (what `minisign -P` takes), or None without a key."""
    published = _published(key)
    if published is None:
        return None
    identifier, public = published
    return base64.b64encode(ALGORITHM + identifier + public).decode("ascii")


def key_id_text(key=None):
    """The key id as minisign prints it (up to 16 hex digits), or None without a key."""
    published = _published(key)
    return key_id_hex(published[0]) if published is not None else None


def public_key_file_text(key=None):
    """The `.pub` file minisign writes for the key (`minisign -p FILE` reads it), or None
    without a key."""
    text = public_key_text(key)
    if text is None:
        return None
    return f"{UNTRUSTED_PREFIX}minisign public key {key_id_text(key)}\n{text}\n"


def _one_line(text, what, limit):
    if "\n" in text or "\r" in text:
        raise ValueError(f"The {what} must be one line.")
    if len(text.encode()) > limit:
        raise ValueError(f"The {what} is longer than minisign accepts ({limit} bytes).")
    return text


def required_key(key=None):
    """`key`, else the settings' key; NoSigningKey when there is neither."""
    key = key if key is not None else signing_key()
    if key is None:
        raise NoSigningKey(
            "No signing key: set MIRROR_SIGNING_KEY or MIRROR_SIGNING_KEY_FILE (make one with "
            "`manage.py mirror_key generate`)."
        )
    return key


def sign(data: bytes, trusted_comment: str, key=None) -> str:
    """The text of a `.minisig` file for `data`, in minisign's prehashed format, signed with
    `key` (a SigningKey; the settings' key by default)."""
    key = required_key(key)
    comment = _one_line(trusted_comment, "trusted comment", TRUSTED_COMMENT_MAX_BYTES)
    number = key_id(bytes(key.verify_key))
    signature = key.sign(hashlib.blake2b(data, digest_size=64).digest()).signature
    global_signature = key.sign(signature + comment.encode()).signature
    return (
        f"{UNTRUSTED_PREFIX}signature from the Shelter City mirror key {key_id_hex(number)}\n"
        f"{base64.b64encode(PREHASHED + number + signature).decode('ascii')}\n"
        f"{TRUSTED_PREFIX}{comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def _base64(text, length, error, what):
    try:
        decoded = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise error(f"{what} is not base64.") from None
    if len(decoded) != length:
        raise error(f"{what} has {len(decoded)} bytes instead of {length}.")
    return decoded


def parse_public_key(public_key_text: str):
    """(key id, VerifyKey) from a minisign public key: the base64 line alone (what
    `minisign -P` takes) or the whole `.pub` file."""
    lines = [line.strip() for line in public_key_text.splitlines() if line.strip()]
    if lines and lines[0].startswith(UNTRUSTED_PREFIX.strip()):
        lines = lines[1:]
    if len(lines) != 1:
        raise MalformedPublicKey(
            "The public key is not a minisign public key (one base64 line, after an optional "
            "untrusted comment line)."
        )
    decoded = _base64(lines[0], 42, MalformedPublicKey, "The public key")
    if decoded[:2] != ALGORITHM:
        raise MalformedPublicKey("The public key is not an Ed25519 minisign key.")
    return decoded[2:10], VerifyKey(decoded[10:])


def verify(data: bytes, minisig_text: str, public_key_text: str) -> str:
    """Check the `.minisig` text for `data` with the public key (as `parse_public_key` takes
    it), the way `minisign -V` does; return the trusted comment. Raise a BadSignature that
    says why otherwise: MalformedSignature, MalformedPublicKey, WrongKey or InvalidSignature."""
    number, verify_key = parse_public_key(public_key_text)
    lines = minisig_text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) != 4:
        raise MalformedSignature(
            f"The signature file has {len(lines)} lines instead of 4 (untrusted comment, "
            "signature, trusted comment, global signature)."
        )
    untrusted, signature_line, trusted, global_line = (line.rstrip("\r") for line in lines)
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise MalformedSignature(
            f"The signature file's first line does not start with {UNTRUSTED_PREFIX!r}."
        )
    if not trusted.startswith(TRUSTED_PREFIX):
        raise MalformedSignature(
            f"The signature file's third line does not start with {TRUSTED_PREFIX!r}."
        )
    decoded = _base64(signature_line, 74, MalformedSignature, "The signature")
    algorithm, signed_by, signature = decoded[:2], decoded[2:10], decoded[10:]
    if algorithm not in (PREHASHED, LEGACY):
        raise MalformedSignature(
            f"The signature's algorithm {algorithm!r} is not one minisign makes (ED or Ed)."
        )
    if signed_by != number:
        raise WrongKey(
            f"The signature was made with key ID {key_id_hex(signed_by)}, not with this public key "
            f"(key ID {key_id_hex(number)})."
        )
    global_signature = _base64(global_line, 64, MalformedSignature, "The global signature")
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == PREHASHED else data
    try:
        verify_key.verify(message, signature)
    except BadSignatureError:
        raise InvalidSignature(
            f"The signature does not match the data (key ID {key_id_hex(number)})."
        ) from None
    comment = trusted[len(TRUSTED_PREFIX) :]
    try:
        verify_key.verify(signature + comment.encode(), global_signature)
    except BadSignatureError:
        raise InvalidSignature(
            "The trusted comment does not match its signature: it was changed."
        ) from None
    return comment
