"""Test helpers: a small mirror folder to sign and check, and keys made from fixed seeds. Only
PyNaCl: a test runs them with Django made unimportable (tests/mirrors/test_signing.py)."""

import hashlib

from nacl.signing import SigningKey


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
