"""Backups that restore (home/backups.py): `manage.py backup` writes one archive of the demo,
`manage.py restore` puts it into a new database and a new media folder, and a separate process
on that copy serves the same page and the same document as the original. A damaged or foreign
archive, or a target that is not empty, is refused with a message and nothing changes."""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.core.signals import request_finished
from django.db import close_old_connections, connection

from home import backups
from resources.models import ResourceDocument

PAGE = "/fr/about/"


@pytest.fixture(scope="module")
def archive(tmp_path_factory, django_db_setup, django_db_blocker):
    """The demo, backed up once for this module."""
    path = tmp_path_factory.mktemp("backups") / "demo.tar"
    with django_db_blocker.unblock():
        call_command("backup", output=str(path), stdout=io.StringIO())
    return path


@pytest.fixture
def new_database(db, django_db_blocker):
    """The URL of a new, empty database on the same PostgreSQL cluster, dropped afterwards."""
    config = connection.settings_dict
    name = f"restored_{uuid.uuid4().hex[:8]}"
    quoted = connection.ops.quote_name(name)
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {quoted}")
    password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
    yield f"postgres://{config['USER']}{password}@{config['HOST']}:{config['PORT']}/{name}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


def on_copy(database_url, media_root, *arguments):
    """Run tests/home/restored_site.py in a new process on the copy."""
    environment = {**os.environ, "DATABASE_URL": database_url}
    environment["DJANGO_SETTINGS_MODULE"] = "sheltercity.settings.test"
    return subprocess.run(
        [sys.executable, "-m", "tests.home.restored_site", str(media_root), *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def served(client, path):
    response = client.get(path)
    if not response.streaming:
        return response, response.content
    body = b"".join(response.streaming_content)
    # Close the file served, as the test client closes other responses: without the
    # request_finished signal, which would close the test's database connection.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return response, body


def test_the_archive_lists_every_member_with_its_checksum(archive):
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("MANIFEST.json"))
    assert names[0] == "database.dump" and names[-1] == "MANIFEST.json"
    assert {entry["path"] for entry in manifest["members"]} == set(names) - {"MANIFEST.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["members"])
    assert manifest["postgresql"]["server"]
    assert "wagtailcore.0001_initial" in manifest["migrations"]
    media = [name for name in names if name.startswith("media/")]
    assert any(name.startswith("media/documents/") for name in media)
    assert any(name.startswith("media/original_images/") for name in media)
    assert not any(name.startswith("media/images/") for name in media), "renditions are left out"
    assert oct(archive.stat().st_mode & 0o777) == "0o600"


def test_round_trip_serves_the_same_page_and_document(archive, new_database, tmp_path, client):
    document = ResourceDocument.objects.order_by("pk").first()
    paths = [PAGE, document.url]
    original = {path: served(client, path) for path in paths}

    # A media folder with a file in it: refused, and the empty database stays empty.
    cluttered = tmp_path / "cluttered"
    (cluttered / "documents").mkdir(parents=True)
    (cluttered / "documents" / "left-over.pdf").write_bytes(b"%PDF-1.4")
    refused = on_copy(new_database, cluttered, "restore", str(archive))
    assert refused.returncode == 1, refused.stderr
    assert f"The media folder {cluttered} is not empty" in refused.stdout
    assert "Traceback" not in refused.stdout + refused.stderr

    media_root = tmp_path / "media"
    restored = on_copy(new_database, media_root, "restore", str(archive))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Restored the database and" in restored.stdout
    with document.file.open("rb") as original_file:
        assert (media_root / document.file.name).read_bytes() == original_file.read()

    result = on_copy(new_database, media_root, "get", *paths)
    assert result.returncode == 0, result.stderr
    answers = {answer["path"]: answer for answer in map(json.loads, result.stdout.splitlines())}
    for path, (response, body) in original.items():
        answer = answers[path]
        assert answer["status"] == response.status_code == 200
        assert answer["type"] == response["Content-Type"]
        if "text/html" in answer["type"]:
            assert answer["body"] == body.decode()
        else:
            assert answer["sha256"] == backups.hashlib.sha256(body).hexdigest()


def test_a_restore_into_a_database_with_tables_is_refused(archive, db):
    before = sorted(str(path) for path in Path(settings.MEDIA_ROOT).rglob("*"))
    pages = ResourceDocument.objects.count()
    with pytest.raises(CommandError, match=r"The database \S+ is not empty \(\d+ tables\)"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert ResourceDocument.objects.count() == pages
    assert sorted(str(path) for path in Path(settings.MEDIA_ROOT).rglob("*")) == before


def flip_a_byte(source, target, member_name):
    data = bytearray(source.read_bytes())
    with tarfile.open(source) as tar:
        member = tar.getmember(member_name)
        data[member.offset_data + member.size // 2] ^= 0xFF
    target.write_bytes(bytes(data))


@pytest.mark.parametrize("member", ["database.dump", "media"])
def test_a_flipped_byte_is_refused_naming_the_member(archive, tmp_path, member, db):
    if member == "media":
        with tarfile.open(archive) as tar:
            member = next(name for name in tar.getnames() if name.startswith("media/documents/"))
    tampered = tmp_path / "tampered.tar"
    flip_a_byte(archive, tampered, member)
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(tampered), stdout=io.StringIO())
    assert f"{member} does not match its checksum in MANIFEST.json" in str(refused.value)
    assert "Nothing was restored" in str(refused.value)


def test_check_only_verifies(archive):
    output = io.StringIO()
    call_command("restore", str(archive), check=True, stdout=output)
    assert "every member matches the manifest" in output.getvalue()


def write_tar(path, members):
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def manifest_bytes(**fields):
    return json.dumps({"format": "sheltercity-backup", "format_version": 1, **fields}).encode()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path, archive: None, "no such file"),
        (lambda path, archive: path.write_bytes(b"not a tar at all" * 100), "not a tar file"),
        (
            lambda path, archive: path.write_bytes(
                archive.read_bytes()[: archive.stat().st_size // 2]
            ),
            "damaged or truncated|not in the archive",
        ),
        (
            lambda path, archive: write_tar(path, {"notes.txt": b"hello"}),
            "MANIFEST.json is missing",
        ),
        (
            lambda path, archive: write_tar(path, {"MANIFEST.json": b"{not json"}),
            "MANIFEST.json is not valid JSON",
        ),
        (
            lambda path, archive: write_tar(path, {"MANIFEST.json": b'{"format": "other"}'}),
            "not the manifest of a Shelter City backup",
        ),
        (
            lambda path, archive: write_tar(
                path, {"MANIFEST.json": manifest_bytes(members=[{"path": "media/x"}])}
            ),
            "lists its members wrongly",
        ),
        (
            lambda path, archive: write_tar(
                path,
                {
                    "../outside": b"x",
                    "MANIFEST.json": manifest_bytes(
                        members=[
                            {"path": "database.dump", "size": 1, "sha256": "0" * 64},
                            {"path": "../outside", "size": 1, "sha256": "0" * 64},
                        ]
                    ),
                },
            ),
            "outside the archive's folders",
        ),
    ],
    ids=[
        "missing",
        "not-tar",
        "truncated",
        "no-manifest",
        "bad-json",
        "foreign",
        "bad-list",
        "escape",
    ],
)
def test_bad_archives_are_refused_with_a_message(archive, tmp_path, make, message):
    path = tmp_path / "bad.tar"
    make(path, archive)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), stdout=io.StringIO())


def test_backup_dir_keeps_the_newest_archives(settings, tmp_path, db):
    settings.BACKUP_DIR = tmp_path
    settings.BACKUP_KEEP = 2
    for stamp in ("20240101-030000", "20240102-030000"):
        (tmp_path / f"sheltercity-{stamp}.tar").write_bytes(b"old")
    (tmp_path / "notes.txt").write_text("not an archive: kept")
    output = io.StringIO()
    call_command("backup", stdout=output)
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert len(kept) == 3 and "notes.txt" in kept and "sheltercity-20240102-030000.tar" in kept
    assert "Removed" in output.getvalue() and "20240101" in output.getvalue()
    assert backups.verify(tmp_path / kept[-1])["members"], "the new one is a whole archive"


def test_sqlite_gets_a_clear_message(monkeypatch, tmp_path, db):
    monkeypatch.setattr(connection, "vendor", "sqlite")
    with pytest.raises(CommandError, match="Backups are made of PostgreSQL databases"):
        call_command("backup", output=str(tmp_path / "x.tar"), stdout=io.StringIO())
    assert not (tmp_path / "x.tar").exists()
