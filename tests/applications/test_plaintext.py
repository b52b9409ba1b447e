"""Nothing an applicant typed or attached is kept anywhere the server can read: not in the
database (a dump of it is searched for each value), the logs, the cache, the media folder or
the temporary folder; not even when the submission fails half way, which the applicant is told.

These tests commit (transaction=True), so `pg_dump` sees what the site stored."""

import contextlib
import glob
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection

from applications import models
from applications.models import SealedApplication

from .conftest import TYPED, pdf_bytes, valid_answers

pytestmark = pytest.mark.django_db(transaction=True)

ATTACHED = "Confidential letter of support-Q7"


def pg_dump():
    found = shutil.which("pg_dump") or sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))[-1]
    database = connection.settings_dict
    environment = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    return subprocess.run(
        [
            found,
            "--data-only",
            "--host", database["HOST"] or "127.0.0.1",
            "--port", str(database["PORT"] or 5432),
            "--username", database["USER"],
            database["NAME"],
        ],
        check=True,
        capture_output=True,
        env=environment,
    ).stdout  # fmt: skip


def files_under(folder):
    """The contents of the files under `folder`."""
    for root, _folders, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            with contextlib.suppress(OSError):  # gone meanwhile
                yield path, path.read_bytes()


@pytest.fixture
def temporary_folder(tmp_path, monkeypatch, settings):
    """A temporary folder of its own for everything this process writes to one (Python's
    tempfile, Django's uploads), searched whole afterwards."""
    folder = tmp_path / "process-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    settings.FILE_UPLOAD_TEMP_DIR = str(folder)
    return folder


def cache_contents():
    cache = caches["default"]
    return b"".join(
        str(key).encode() + (value if isinstance(value, bytes) else str(value).encode())
        for key, value in getattr(cache, "_cache", {}).items()
    )


def assert_nowhere(values, temporary_folder, caplog, capsys):
    captured = capsys.readouterr()
    places = {
        "database": pg_dump(),
        "logs": (caplog.text + captured.out + captured.err).encode(),
        "cache": cache_contents(),
    }
    for folder in (settings.MEDIA_ROOT, temporary_folder):
        for path, content in files_under(folder):
            places[str(path)] = content
    for value in values:
        for encoded in {value.encode(), value.encode("utf-16-le"), value.lower().encode()}:
            for place, content in places.items():
                assert encoded not in content, f"{value!r} found in {place}"


def application(call):
    data = valid_answers(call)
    data["attachment"] = SimpleUploadedFile("support.pdf", pdf_bytes(ATTACHED), "application/pdf")
    return data


def test_nothing_typed_or_attached_is_kept_in_plaintext(
    client, open_call, caplog, capsys, temporary_folder
):
    caplog.set_level(logging.DEBUG)
    call = open_call["en"]
    response = client.post(call.url + "apply/", application(call))
    assert response.status_code == 200
    code = views_receipt(response)
    assert SealedApplication.objects.count() == 1
    assert ATTACHED.encode() in pdf_bytes(ATTACHED)  # the search below can find it
    assert_nowhere([*TYPED, ATTACHED, code], temporary_folder, caplog, capsys)


def views_receipt(response):
    html = response.content.decode()
    start = html.index("receipt__code")
    return html[start:].split("<strong>")[1].split("</strong>")[0]


@pytest.mark.parametrize("failure", ["sealing", "database"])
def test_a_failure_keeps_nothing_and_tells_the_applicant(
    client, open_call, caplog, capsys, monkeypatch, failure, temporary_folder
):
    caplog.set_level(logging.DEBUG)
    call = open_call["en"]

    def fail(*args, **kwargs):
        # An error whose text and frames hold the answers: neither may reach a log.
        raise RuntimeError(f"failed with {args!r} {kwargs!r}")

    if failure == "sealing":
        monkeypatch.setattr(models, "seal", fail)
    else:

        def refuse(*args, **kwargs):
            raise IntegrityError(f"refused {kwargs!r}")

        monkeypatch.setattr(models.SealedApplicationQuerySet, "create", refuse)
    data = application(call)
    response = client.post(call.url + "apply/", data)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Your application was not received." in html
    assert "nothing you sent was kept" in html
    assert "Two arrests and a raid on our office-Q7" in html  # the answers, to send again
    assert not SealedApplication.objects.exists()
    assert "An application could not be received" in caplog.text
    assert_nowhere([*TYPED, ATTACHED], temporary_folder, caplog, capsys)
    # The same form can be sent again once the fault is gone.
    monkeypatch.undo()
    data["attachment"].seek(0)
    assert client.post(call.url + "apply/", data).status_code == 200
    assert SealedApplication.objects.count() == 1
