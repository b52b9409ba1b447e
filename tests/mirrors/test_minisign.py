"""Our signatures and the reference tool agree both ways: `minisign -V` accepts what we sign,
and what `minisign -S` signs verifies here. CI installs Debian's minisign (.ci/run)."""

import shutil
import subprocess

import pytest

from mirrors import manifest, signing
from tests.mirrors.helpers import key, make_mirror

MINISIGN = shutil.which("minisign")


def minisign(*arguments, cwd, check=True):
    assert MINISIGN, "minisign is not installed: apt-get install minisign (.ci/run does)"
    return subprocess.run(
        [MINISIGN, *arguments], cwd=cwd, capture_output=True, text=True, check=check
    )


@pytest.fixture
def minisign_key(tmp_path):
    """A key pair minisign made, its secret key unencrypted (-W)."""
    folder = tmp_path / "keys"
    folder.mkdir()
    minisign("-G", "-W", "-p", "minisign.pub", "-s", "minisign.key", cwd=folder)
    return folder / "minisign.pub", folder / "minisign.key"


def test_minisign_verifies_our_signed_manifest(tmp_path):
    folder = make_mirror(tmp_path / "mirror")
    manifest.write_manifest(folder, key(), "Shelter City, https://sheltercity.example.org/")
    result = minisign("-Vm", "MANIFEST", "-P", signing.public_key_text(key()), cwd=folder)
    assert "Signature and comment signature verified" in result.stdout
    assert "Trusted comment: Shelter City, https://sheltercity.example.org/\tsigned:" in (
        result.stdout
    )
    # Prehashed, so `-H` (refuse legacy signatures) accepts it; the .pub file works too.
    minisign("-Vm", "MANIFEST", "-p", "sheltercity-mirror.pub", "-H", cwd=folder)


def test_minisign_refuses_a_changed_manifest_and_another_key(tmp_path):
    folder = make_mirror(tmp_path / "mirror")
    manifest.write_manifest(folder, key(), "Shelter City")
    with open(folder / "MANIFEST", "a") as file:
        file.write("# one more line\n")
    changed = minisign(
        "-Vm", "MANIFEST", "-P", signing.public_key_text(key()), cwd=folder, check=False
    )
    assert changed.returncode != 0
    assert "Signature verification failed" in changed.stderr
    manifest.write_manifest(folder, key(), "Shelter City")
    other = signing.public_key_text(key("someone else"))
    wrong = minisign("-Vm", "MANIFEST", "-P", other, cwd=folder, check=False)
    assert wrong.returncode != 0
    assert signing.key_id_text(key()) in wrong.stderr


def test_our_key_id_is_the_one_minisign_prints(tmp_path, minisign_key):
    public, _secret = minisign_key
    comment, line = public.read_text().splitlines()
    number, _verify_key = signing.parse_public_key(line)
    assert comment == f"untrusted comment: minisign public key {signing.key_id_hex(number)}"


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_we_verify_what_minisign_signs(tmp_path, minisign_key, legacy):
    public, secret = minisign_key
    data = tmp_path / "guide.pdf"
    data.write_bytes("Guide de sécurité numérique — دليل\n".encode() * 100)
    options = ["-l"] if legacy else []
    minisign(
        "-S", *options, "-s", str(secret), "-m", "guide.pdf", "-t", "from minisign", cwd=tmp_path
    )
    signature = (tmp_path / "guide.pdf.minisig").read_text()
    assert signing.verify(data.read_bytes(), signature, public.read_text()) == "from minisign"
    with pytest.raises(signing.InvalidSignature):
        signing.verify(data.read_bytes() + b"x", signature, public.read_text())
    with pytest.raises(signing.WrongKey):
        signing.verify(data.read_bytes(), signature, signing.public_key_text(key()))


def test_a_mirror_signed_by_minisign_verifies_here(tmp_path, minisign_key):
    """A partner who re-signs a mirror with their own minisign key can check it here too."""
    public, secret = minisign_key
    folder = make_mirror(tmp_path / "mirror")
    manifest.write_manifest(folder, key(), "Shelter City")
    (folder / "MANIFEST.minisig").unlink()
    minisign("-S", "-s", str(secret), "-m", "MANIFEST", cwd=folder)
    result = manifest.check_directory(folder, public.read_text())
    assert result.problems == []
    assert "\tfile:MANIFEST" in result.trusted_comment  # minisign's own trusted comment
