"""The archive of a call's sealed applications (applications/archive.py): what it holds, read
back as written, and a clear refusal of anything else."""

import datetime
import io
import json
import os
import zipfile

import pytest

from applications import archive

CALL = {
    "title": "Open call for spring 2027 stays",
    "key": "0b7e2f9e-4a53-4f1c-9d6e-3c1a2b4d5e6f",
    "opens_at": "2026-11-01T09:00:00+01:00",
    "closes_at": "2026-12-10T23:59:00+01:00",
}
EXPORTED = datetime.datetime(2026, 12, 11, 8, 30, tzinfo=datetime.UTC)


def items(count=3):
    return [
        (archive.sealed_name(datetime.date(2026, 12, day), day * 7), os.urandom(100 + day))
        for day in range(1, count + 1)
    ]


def test_an_archive_holds_the_call_a_readme_and_each_sealed_application(tmp_path):
    sealed = items()
    content = archive.write_archive(CALL, iter(sealed), exported_at=EXPORTED)
    with zipfile.ZipFile(io.BytesIO(content)) as opened:
        names = opened.namelist()
        call = json.loads(opened.read("call.json"))
        readme = opened.read("README.txt").decode()
        assert all(opened.getinfo(name).compress_type == zipfile.ZIP_STORED for name, _ in sealed)
    assert sorted(names) == sorted(
        [
            "call.json",
            "README.txt",
            "sealed/2026-12-01-7.sealed",
            "sealed/2026-12-02-14.sealed",
            "sealed/2026-12-03-21.sealed",
        ]
    )
    assert call == {
        "format": archive.FORMAT,
        **CALL,
        "exported_at": "2026-12-11T08:30:00+00:00",
        "count": 3,
    }
    assert CALL["title"] in readme
    assert "3 application(s)" in readme
    assert (
        "python3 -m applications.offline decrypt applications-0b7e2f9e-2026-12-11-0830.zip "
        "--key applications.key --out FOLDER" in readme
    )
    assert archive.archive_name(CALL, EXPORTED) == "applications-0b7e2f9e-2026-12-11-0830.zip"

    path = tmp_path / "archive.zip"
    path.write_bytes(content)
    call, read = archive.read_archive(path)
    assert call["title"] == CALL["title"] and call["count"] == 3
    assert list(read) == sorted(sealed)


def test_an_archive_of_no_application_is_still_an_archive(tmp_path):
    path = tmp_path / "empty.zip"
    path.write_bytes(archive.write_archive(CALL, [], exported_at=EXPORTED))
    call, read = archive.read_archive(path)
    assert call["count"] == 0
    assert list(read) == []


def test_a_sealed_item_must_be_named_as_sealed_name_says():
    for name in ("../evil.sealed", "sealed/x.sealed", "call.json", "sealed/2026-12-01-1.txt"):
        with pytest.raises(ValueError, match="sealed item"):
            archive.write_archive(CALL, [(name, b"x")])
    twice = archive.sealed_name("2026-12-01", 1)
    with pytest.raises(ValueError, match="sealed item"):
        archive.write_archive(CALL, [(twice, b"x"), (twice, b"y")])


def test_a_damaged_item_comes_back_as_none_and_the_others_intact(tmp_path):
    sealed = items()
    content = bytearray(archive.write_archive(CALL, sealed, exported_at=EXPORTED))
    # Flip a byte inside the second item's data (stored as it is, so found as it is).
    start = bytes(content).index(sealed[1][1])
    content[start + 10] ^= 0xFF
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(content))
    _call, read = archive.read_archive(path)
    assert list(read) == [sealed[0], (sealed[1][0], None), sealed[2]]


def test_read_archive_ignores_what_is_not_a_sealed_item(tmp_path):
    path = tmp_path / "extra.zip"
    path.write_bytes(archive.write_archive(CALL, items(1), exported_at=EXPORTED))
    with zipfile.ZipFile(path, "a") as opened:
        opened.writestr("sealed/../../escape.sealed", b"x")
        opened.writestr("notes.txt", b"x")
    _call, read = archive.read_archive(path)
    assert [name for name, _sealed in read] == ["sealed/2026-12-01-7.sealed"]


def zip_with(path, files):
    with zipfile.ZipFile(path, "w") as opened:
        for name, data in files.items():
            opened.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: path.write_text("name,country\n"), "not a ZIP file"),
        (lambda path: path.write_bytes(b""), "not a ZIP file"),
        (lambda path: zip_with(path, {"index.html": "<p>"}), "not an archive of applications"),
        (lambda path: zip_with(path, {"call.json": "{"}), "call.json is damaged"),
        (
            lambda path: zip_with(path, {"call.json": json.dumps({"format": "other/1"})}),
            "not of applications of this format",
        ),
        (lambda path: path.mkdir(), "a folder"),
        (lambda path: None, "no such file"),
    ],
    ids=["text", "empty", "other-zip", "bad-json", "other-format", "folder", "missing"],
)
def test_what_is_not_an_archive_of_applications_is_said_clearly(tmp_path, make, message):
    path = tmp_path / "download.zip"
    make(path)
    with pytest.raises(archive.NotAnArchive, match=message) as raised:
        archive.read_archive(path)
    assert str(path) in str(raised.value)
