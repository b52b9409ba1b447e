"""minisign signatures made and checked with PyNaCl (mirrors/signing.py). The tool itself is
in test_minisign.py."""

import base64
import hashlib
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured

from mirrors import signing
from tests.mirrors.helpers import key

DATA = "Shelter City — مدينة الملاذ\n".encode()


def test_a_signature_verifies_and_returns_its_trusted_comment():
    text = signing.sign(DATA, "Shelter City\tsigned:2026-12-01", key())
    lines = text.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("untrusted comment: ")
    assert lines[2] == "trusted comment: Shelter City\tsigned:2026-12-01"
    assert base64.b64decode(lines[1])[:2] == b"ED"  # prehashed, minisign's default
    public = signing.public_key_text(key())
    assert signing.verify(DATA, text, public) == "Shelter City\tsigned:2026-12-01"
    # The whole .pub file is accepted as well as the key's line.
    assert signing.verify(DATA, text, signing.public_key_file_text(key())) == (
        "Shelter City\tsigned:2026-12-01"
    )


def test_the_public_key_file_is_minisigns():
    first, second = signing.public_key_file_text(key()).splitlines()
    assert first == f"untrusted comment: minisign public key {signing.key_id_text(key())}"
    assert second == signing.public_key_text(key())
    decoded = base64.b64decode(second)
    assert decoded[:2] == b"Ed"
    assert decoded[10:] == bytes(key().verify_key)
    assert signing.key_id_hex(decoded[2:10]) == signing.key_id_text(key())


def test_a_key_id_is_written_without_leading_zeros_as_minisign_writes_it():
    # minisign prints the id with `%" PRIX64 "`: one key in sixteen starts with a zero digit.
    assert signing.key_id_hex(bytes.fromhex("2763a706583afb09")) == "9FB3A5806A76327"
    assert signing.key_id_hex(bytes.fromhex("2763a706583afbf9")) == "F9FB3A5806A76327"


def test_changed_data_is_refused():
    text = signing.sign(DATA, "comment", key())
    with pytest.raises(signing.InvalidSignature, match="does not match the data"):
        signing.verify(DATA + b" ", text, signing.public_key_text(key()))


def test_a_changed_trusted_comment_is_refused():
    text = signing.sign(DATA, "signed:2026-12-01", key())
    forged = text.replace("signed:2026-12-01", "signed:2027-12-01")
    with pytest.raises(signing.InvalidSignature, match="trusted comment"):
        signing.verify(DATA, forged, signing.public_key_text(key()))


def test_another_key_is_named_by_its_key_id():
    text = signing.sign(DATA, "comment", key("attacker"))
    with pytest.raises(signing.WrongKey) as raised:
        signing.verify(DATA, text, signing.public_key_text(key()))
    assert signing.key_id_text(key("attacker")) in str(raised.value)
    assert signing.key_id_text(key()) in str(raised.value)


def test_a_key_id_copied_onto_another_keys_signature_does_not_help():
    """The key id is only a label: the signature is still checked with the key."""
    text = signing.sign(DATA, "comment", key("attacker"))
    lines = text.splitlines()
    raw = base64.b64decode(lines[1])
    ours = base64.b64decode(signing.public_key_text(key()))[2:10]
    lines[1] = base64.b64encode(raw[:2] + ours + raw[10:]).decode()
    with pytest.raises(signing.InvalidSignature):
        signing.verify(DATA, "\n".join(lines), signing.public_key_text(key()))


def test_a_legacy_signature_of_the_data_itself_is_accepted():
    """minisign -l: algorithm "Ed", the Ed25519 signature of the data, not of its hash."""
    signer = key()
    signature = signer.sign(DATA).signature
    number = base64.b64decode(signing.public_key_text(signer))[2:10]
    comment = "legacy"
    text = (
        "untrusted comment: legacy\n"
        f"{base64.b64encode(b'Ed' + number + signature).decode()}\n"
        f"trusted comment: {comment}\n"
        f"{base64.b64encode(signer.sign(signature + comment.encode()).signature).decode()}\n"
    )
    assert signing.verify(DATA, text, signing.public_key_text(signer)) == "legacy"
    with pytest.raises(signing.InvalidSignature):
        signing.verify(DATA + b"!", text, signing.public_key_text(signer))


def good_lines():
    return signing.sign(DATA, "comment", key()).splitlines()


def replaced(index, value):
    lines = good_lines()
    lines[index] = value
    return "\n".join(lines)


def with_algorithm(algorithm):
    raw = base64.b64decode(good_lines()[1])
    return replaced(1, base64.b64encode(algorithm + raw[2:]).decode())


MALFORMED = {
    "empty": "",
    "three lines": "\n".join(good_lines()[:3]),
    "five lines": "\n".join([*good_lines(), "extra"]),
    "no untrusted comment prefix": replaced(0, "comment: x"),
    "no trusted comment prefix": replaced(2, "comment"),
    "signature not base64": replaced(1, "not base64 at all!"),
    "signature too short": replaced(1, base64.b64encode(b"ED" + bytes(40)).decode()),
    "unknown algorithm": with_algorithm(b"XX"),
    "global signature too short": replaced(3, base64.b64encode(bytes(10)).decode()),
}


@pytest.mark.parametrize("text", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_signature_file_is_refused_with_a_reason(text):
    with pytest.raises(signing.MalformedSignature):
        signing.verify(DATA, text, signing.public_key_text(key()))


def test_crlf_line_ends_and_trailing_blank_lines_are_read():
    text = signing.sign(DATA, "comment", key()).replace("\n", "\r\n") + "\r\n\r\n"
    assert signing.verify(DATA, text, signing.public_key_text(key())) == "comment"


MALFORMED_KEYS = {
    "empty": "",
    "not base64": "RW not a key",
    "too short": base64.b64encode(b"Ed" + bytes(20)).decode(),
    "not Ed25519": base64.b64encode(b"XX" + bytes(40)).decode(),
    "two key lines": "\n".join([signing.public_key_text(key())] * 2),
}


@pytest.mark.parametrize("text", MALFORMED_KEYS.values(), ids=MALFORMED_KEYS.keys())
def test_a_malformed_public_key_is_refused(text):
    signature = signing.sign(DATA, "comment", key())
    with pytest.raises(signing.MalformedPublicKey):
        signing.verify(DATA, signature, text)


def test_a_trusted_comment_is_one_line():
    with pytest.raises(ValueError, match="one line"):
        signing.sign(DATA, "two\nlines", key())


def test_the_key_comes_from_the_settings(settings, tmp_path):
    seed = hashlib.sha256(b"settings").digest()
    settings.MIRROR_SIGNING_KEY = base64.b64encode(seed).decode()
    assert bytes(signing.signing_key()) == seed
    path = tmp_path / "key"
    path.write_text(base64.b64encode(seed).decode() + "\n")
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = str(path)
    assert bytes(signing.signing_key()) == seed
    text = signing.sign(DATA, "from the settings")  # no key given: the settings' key
    assert signing.verify(DATA, text, signing.public_key_text()) == "from the settings"


def test_the_test_settings_hold_a_key():
    assert django_settings.MIRROR_SIGNING_KEY
    assert signing.signing_key() is not None


@pytest.mark.parametrize("value", ["not base64!", base64.b64encode(bytes(16)).decode()])
def test_a_bad_key_in_the_settings_says_how_to_make_one(settings, value):
    settings.MIRROR_SIGNING_KEY = value
    with pytest.raises(ImproperlyConfigured, match="mirror_key generate"):
        signing.signing_key()


def test_an_unreadable_key_file_is_named(settings, tmp_path):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = str(tmp_path / "missing.key")
    with pytest.raises(ImproperlyConfigured, match=r"missing\.key"):
        signing.signing_key()


def test_without_a_key_signing_says_what_to_set(settings):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    assert signing.signing_key() is None
    assert signing.public_key_file_text() is None
    with pytest.raises(signing.NoSigningKey, match="MIRROR_SIGNING_KEY"):
        signing.sign(DATA, "comment")


def test_verification_needs_pynacl_only(tmp_path):
    """A partner can check a mirror with mirrors/signing.py and manifest.py without Django."""
    program = """
import sys
sys.modules["django"] = None  # any import of Django fails
from mirrors import manifest, signing
from tests.mirrors.helpers import key, make_mirror
from pathlib import Path
folder = make_mirror(Path(sys.argv[1]))
manifest.write_manifest(folder, key(), "Shelter City")
assert manifest.verify_directory(folder, signing.public_key_text(key())) == []
(folder / "index.html").write_text("changed")
print(manifest.verify_directory(folder, signing.public_key_text(key())))
"""
    result = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    )
    assert "index.html: changed" in result.stdout
