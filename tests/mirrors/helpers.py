"""Test helpers: a small mirror folder to sign and check, keys made from fixed seeds, and onion
addresses (real v3 addresses, their checksums right, of made-up keys)."""

import hashlib

from nacl.signing import SigningKey

from mirrors.onion import v3_address


def key(name="partner"):
    """A signing key of its own for each name, the same every run."""
    return SigningKey(hashlib.sha256(name.encode()).digest())


FILES = {
    "index.html": "<!doctype html><title>Shelter City</title>",
    "en/resources/digital-security/index.html": "<p>Encrypt your phone.</p>",
    "ar/resources/index.html": "<p dir='rtl'>مكتبة</p>",
    "documents/self care guide.pdf": "%PDF-1.7 not really",
    "static/css/site.css": "body { margin-inline: 1rem; }",
}


def make_mirror(directory, files=FILES):
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return directory


ONION_HOST = v3_address(bytes(range(32)))
ONION = f"http://{ONION_HOST}"
OTHER_ONION_HOST = v3_address(bytes(range(1, 33)))
# One character changed: the checksum no longer matches.
MISTYPED_ONION_HOST = ONION_HOST[:10] + ("a" if ONION_HOST[10] != "a" else "b") + ONION_HOST[11:]
