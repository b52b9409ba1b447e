"""The signed MANIFEST of a mirror (mirrors/manifest.py): written, checked, and what a
changed, missing, added or hostile file or manifest gives."""

import hashlib
import os
import subprocess
from datetime import UTC, datetime

import pytest

from mirrors import manifest, signing
from tests.mirrors.helpers import FILES, key, make_mirror

PUBLIC = signing.public_key_text(key())


@pytest.fixture
def mirror(tmp_path):
    folder = make_mirror(tmp_path / "mirror")
    manifest.write_manifest(folder, key(), "Shelter City, https://sheltercity.example.org/")
    return folder


def entries(folder):
    text = (folder / "MANIFEST").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def resign(folder, text):
    """Replace MANIFEST with `text`, signed with the right key: what a hostile manifest
    could only be if the key were stolen, checked all the same."""
    (folder / "MANIFEST").write_text(text, encoding="utf-8")
    signature = signing.sign(text.encode(), "re-signed", key())
    (folder / "MANIFEST.minisig").write_text(signature, encoding="utf-8")


def test_every_file_is_listed_with_its_hash_and_size_sorted_by_path(mirror):
    listed = entries(mirror)
    paths = [path for _digest, _size, path in listed]
    assert paths == sorted([*FILES, "sheltercity-mirror.pub"])
    assert "MANIFEST" not in paths
    assert "MANIFEST.minisig" not in paths
    for digest, size, path in listed:
        data = (mirror / path).read_bytes()
        assert digest == hashlib.sha256(data).hexdigest()
        assert int(size) == len(data)


def test_the_header_says_what_it_is_when_and_how_to_check_it(tmp_path):
    folder = make_mirror(tmp_path)
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    manifest.write_manifest(folder, key(), "Shelter City, https://example.org/", now=when)
    header = [
        line for line in (folder / "MANIFEST").read_text().splitlines() if line.startswith("#")
    ]
    text = "\n".join(header)
    assert "Shelter City, https://example.org/" in text
    assert "2026-12-01T09:30:00Z" in text
    assert "minisign -Vm MANIFEST -P" in text
    assert "sha256sum" in text
    trusted = signing.verify(
        (folder / "MANIFEST").read_bytes(), (folder / "MANIFEST.minisig").read_text(), PUBLIC
    )
    assert (
        trusted == "Shelter City, https://example.org/\tsigned:2026-12-01T09:30:00Z\tfile:MANIFEST"
    )


def test_the_public_key_file_is_written_and_listed(mirror):
    assert (mirror / "sheltercity-mirror.pub").read_text() == signing.public_key_file_text(key())


def test_a_faithful_copy_has_no_problem(mirror):
    result = manifest.check_directory(mirror, PUBLIC)
    assert result.problems == []
    assert result.files == len(FILES) + 1
    assert result.key_id == signing.key_id_text(key())
    assert result.trusted_comment.startswith("Shelter City, https://sheltercity.example.org/")


def test_a_copy_moved_elsewhere_still_verifies(mirror, tmp_path):
    moved = tmp_path / "usb stick" / "shelter"
    moved.parent.mkdir()
    mirror.rename(moved)
    assert manifest.verify_directory(moved, PUBLIC) == []


@pytest.mark.parametrize("path", [*FILES, "sheltercity-mirror.pub"])
def test_one_flipped_byte_fails_and_names_the_file(mirror, path):
    target = mirror / path
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    assert manifest.verify_directory(mirror, PUBLIC) == [
        f"{path}: changed (its SHA-256 differs from the manifest's)."
    ]


def test_a_file_of_another_size_is_named(mirror):
    (mirror / "index.html").write_text("short")
    (problem,) = manifest.verify_directory(mirror, PUBLIC)
    assert problem.startswith("index.html: changed (5 bytes, listed ")


def test_a_missing_file_is_named(mirror):
    (mirror / "documents" / "self care guide.pdf").unlink()
    assert manifest.verify_directory(mirror, PUBLIC) == ["documents/self care guide.pdf: missing."]


def test_an_added_file_is_named(mirror):
    (mirror / "en" / "extra.html").write_text("<script src=https://evil.example/x.js></script>")
    assert manifest.verify_directory(mirror, PUBLIC) == ["en/extra.html: not in MANIFEST (added)."]


def test_an_edited_manifest_fails_its_signature(mirror):
    text = (mirror / "MANIFEST").read_text()
    (mirror / "index.html").write_text("tampered")
    digest = hashlib.sha256(b"tampered").hexdigest()
    lines = [
        f"{digest}\t8\tindex.html" if line.endswith("\tindex.html") else line
        for line in text.splitlines()
    ]
    (mirror / "MANIFEST").write_text("\n".join(lines) + "\n")
    problems = manifest.verify_directory(mirror, PUBLIC)
    assert problems == [
        "MANIFEST.minisig: The signature does not match the data "
        + f"(key ID {signing.key_id_text(key())})."
    ]


def test_a_missing_signature_is_named(mirror):
    (mirror / "MANIFEST.minisig").unlink()
    assert manifest.verify_directory(mirror, PUBLIC) == [
        "MANIFEST.minisig: missing or unreadable; MANIFEST is not signed."
    ]


def test_a_missing_manifest_is_named(mirror):
    (mirror / "MANIFEST").unlink()
    (problem,) = manifest.verify_directory(mirror, PUBLIC)
    assert problem.startswith("MANIFEST: cannot be read")


def test_a_mirror_signed_with_another_key_is_refused(tmp_path):
    folder = make_mirror(tmp_path)
    manifest.write_manifest(folder, key("attacker"), "Shelter City")
    (problem,) = manifest.verify_directory(folder, PUBLIC)
    assert problem.startswith("MANIFEST.minisig: The signature was made with key ID ")
    assert signing.key_id_text(key("attacker")) in problem


def test_a_malformed_signature_file_is_named(mirror):
    (mirror / "MANIFEST.minisig").write_text("untrusted comment: x\nnot a signature\n")
    (problem,) = manifest.verify_directory(mirror, PUBLIC)
    assert problem.startswith("MANIFEST.minisig: The signature file has 2 lines")


def test_a_malformed_public_key_raises(mirror):
    with pytest.raises(signing.MalformedPublicKey):
        manifest.verify_directory(mirror, "RWnot-a-key")


HOSTILE_PATHS = [
    "../outside.txt",
    "/etc/hostname",
    "en/../../outside.txt",
    "./index.html",
    "en//x",
    "en\\..\\..\\outside.txt",
    "",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_hostile_path_is_never_read_even_when_signed(tmp_path, path):
    """A manifest that lists a file outside the folder is reported; the file is not opened."""
    folder = make_mirror(tmp_path / "mirror")
    (tmp_path / "outside.txt").write_text("secret")
    manifest.write_manifest(folder, key(), "Shelter City")
    digest = hashlib.sha256(b"secret").hexdigest()
    text = (folder / "MANIFEST").read_text() + f"{digest}\t6\t{path}\n"
    resign(folder, text)
    problems = manifest.verify_directory(folder, PUBLIC)
    name = path or "(an empty path)"
    assert problems == [
        f"{name}: a path outside the mirror (line {len(text.splitlines())}), not read."
    ]


def test_a_symbolic_link_in_the_mirror_is_reported_not_followed(mirror, tmp_path):
    (tmp_path / "outside.txt").write_text("secret")
    os.symlink(tmp_path / "outside.txt", mirror / "en" / "link.txt")
    os.symlink("/dev/zero", mirror / "zero")  # would never end if read
    os.symlink(tmp_path, mirror / "folder")
    problems = manifest.verify_directory(mirror, PUBLIC)
    assert problems == [
        "en/link.txt: not a regular file (a link or a special file).",
        "folder: not a regular file (a link or a special file).",
        "zero: not a regular file (a link or a special file).",
    ]


def test_a_listed_path_that_became_a_link_is_not_read(mirror):
    (mirror / "index.html").unlink()
    os.symlink("/dev/zero", mirror / "index.html")
    assert manifest.verify_directory(mirror, PUBLIC) == [
        "index.html: not a regular file (a link or a special file)."
    ]


def test_writing_refuses_what_it_cannot_list(tmp_path):
    folder = make_mirror(tmp_path / "a")
    os.symlink("/etc/hostname", folder / "link")
    with pytest.raises(ValueError, match="link"):
        manifest.write_manifest(folder, key(), "Shelter City")
    folder = make_mirror(tmp_path / "b")
    (folder / "tab\tname.html").write_text("x")
    with pytest.raises(ValueError, match="tab"):
        manifest.write_manifest(folder, key(), "Shelter City")
    folder = make_mirror(tmp_path / "c")
    (folder / "back\\slash.html").write_text("x")
    with pytest.raises(ValueError, match="backslash"):
        manifest.write_manifest(folder, key(), "Shelter City")
    folder = make_mirror(tmp_path / "d")
    (folder / os.fsdecode(b"latin1-\xe9t\xe9.html")).write_text("x")
    with pytest.raises(ValueError, match="UTF-8"):
        manifest.write_manifest(folder, key(), "Shelter City")


def test_without_a_key_writing_says_what_to_set(tmp_path, settings):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    with pytest.raises(signing.NoSigningKey, match="MIRROR_SIGNING_KEY"):
        manifest.write_manifest(make_mirror(tmp_path), None, "Shelter City")
    assert not (tmp_path / "MANIFEST").exists()


MALFORMED_LINES = [
    "not a line",
    "abc\t1\tindex.html",
    f"{'0' * 64}\tten\tindex.html",
    f"{'0' * 64}\t1",
    f"{'G' * 64}\t1\tindex.html",
]


@pytest.mark.parametrize("line", MALFORMED_LINES)
def test_a_malformed_line_is_named_by_its_number(mirror, line):
    text = (mirror / "MANIFEST").read_text() + line + "\n"
    resign(mirror, text)
    number = len(text.splitlines())
    assert manifest.verify_directory(mirror, PUBLIC) == [
        f"MANIFEST: line {number} is not sha256<TAB>size<TAB>path."
    ]


def test_a_path_listed_twice_is_named(mirror):
    text = (mirror / "MANIFEST").read_text()
    line = next(line for line in text.splitlines() if line.endswith("\tindex.html"))
    resign(mirror, text + line + "\n")
    (problem,) = manifest.verify_directory(mirror, PUBLIC)
    assert problem.startswith("index.html: listed twice in MANIFEST")


def test_a_manifest_not_in_utf8_is_named(mirror):
    resign(mirror, "")
    (mirror / "MANIFEST").write_bytes(b"\xff\xfe")
    problems = manifest.verify_directory(mirror, PUBLIC)
    assert problems[-1] == "MANIFEST: not UTF-8 text."


def test_the_standard_tools_check_the_files(mirror):
    """The line the header and the README give: grep + awk + sha256sum."""
    command = "grep -v '^#' MANIFEST | awk -F '\\t' '{print $1 \"  \" $3}' | sha256sum -c --quiet"
    assert subprocess.run(command, shell=True, cwd=mirror, check=False).returncode == 0  # noqa: S602
    (mirror / "ar" / "resources" / "index.html").write_text("changed")
    result = subprocess.run(  # noqa: S602
        command, shell=True, cwd=mirror, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "ar/resources/index.html: FAILED" in result.stdout


def test_a_large_file_is_hashed(tmp_path):
    folder = tmp_path
    chunk = os.urandom(1024 * 1024)
    with open(folder / "big.zip", "wb") as file:
        for _ in range(3):
            file.write(chunk)
    manifest.write_manifest(folder, key(), "Shelter City")
    ((digest, size, _path),) = [entry for entry in entries(folder) if entry[2] == "big.zip"]
    assert digest == hashlib.sha256(chunk * 3).hexdigest()
    assert int(size) == 3 * 1024 * 1024
    assert manifest.verify_directory(folder, PUBLIC) == []
