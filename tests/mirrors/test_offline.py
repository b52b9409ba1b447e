"""Offline libraries (mirrors/offline.py): one ZIP per language, marked out of date on publish
and rebuilt by `build_offline_libraries`, offered by the library page."""

import hashlib
import html
import io
import posixpath
import re
import zipfile
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from mirrors import manifest, offline, signing
from mirrors.models import OfflineLibrary
from resources.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db


class Links(HTMLParser):
    def __init__(self, text):
        super().__init__()
        self.links = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (name in ("href", "src") and value and tag != "link") or (
                tag == "link" and name == "href" and ("rel", "stylesheet") in attrs
            ):
                self.links.append(value)


@pytest.fixture
def built(request):
    """French's archive, built once for the test and removed from storage after it."""
    row = offline.build("fr", key=signing.signing_key())
    yield row
    for stored in OfflineLibrary.objects.exclude(file="").values_list("file", flat=True):
        default_storage.delete(stored)


def archive_of(row):
    with default_storage.open(row.file, "rb") as opened:
        return zipfile.ZipFile(io.BytesIO(opened.read()))


def test_an_archive_holds_every_resource_of_its_language_with_working_links(built):
    archive = archive_of(built)
    names = set(archive.namelist())
    folder = "shelter-city-library-fr/"
    assert all(name.startswith(folder) for name in names)
    index = html.unescape(archive.read(folder + "index.html").decode())
    resources = list(
        ResourcePage.objects.published().filter(locale__language_code="fr").order_by("title")
    )
    assert built.resource_count == len(resources) > 0
    for resource in resources:
        assert resource.title in index
        assert folder + resource.url.lstrip("/") + "index.html" in names
    # Every relative link of every page of the archive leads to a file in it.
    broken = []
    for name in names:
        if not name.endswith(".html"):
            continue
        for link in Links(archive.read(name).decode()).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            folder_of = posixpath.dirname(name)
            target = posixpath.normpath(posixpath.join(folder_of, unquote(parts.path)))
            if target not in names:
                broken.append((name, link))
    assert broken == []


def test_each_document_in_the_archive_has_the_checksum_its_page_shows(built):
    archive = archive_of(built)
    checked = 0
    for name in archive.namelist():
        if not name.endswith("/index.html") or "/fr/" not in name:
            continue
        text = archive.read(name).decode()
        for link, shown in re.findall(
            r'<a dir="auto" href="([^"]+)".*?'
            r'<code class="checksum" dir="ltr">([0-9a-f]{64})</code>',
            text,
            re.S,
        ):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(link)))
            assert hashlib.sha256(archive.read(target)).hexdigest() == shown
            checked += 1
    assert checked > 0


def test_the_row_says_the_archive_size_and_checksum(built):
    with default_storage.open(built.file, "rb") as opened:
        data = opened.read()
    assert built.size == len(data)
    assert built.sha256 == hashlib.sha256(data).hexdigest()
    assert not built.is_out_of_date
    assert offline.stale_languages() == ["en", "es", "pt", "ru", "ar"]


def test_publishing_a_resource_marks_only_its_language_and_builds_nothing(built):
    resource = ResourcePage.objects.published().filter(locale__language_code="fr").first()
    resource.title = "Nouveau titre"
    resource.save_revision().publish()
    built.refresh_from_db()
    assert built.is_out_of_date
    assert built.file == OfflineLibrary.objects.get(language="fr").file  # nothing rebuilt
    assert "fr" in offline.stale_languages()
    rebuilt = offline.build_stale(languages=["fr"])
    assert rebuilt[0].file != built.file
    assert not default_storage.exists(built.file)  # the old archive is gone
    assert (
        "Nouveau titre"
        in archive_of(rebuilt[0]).read("shelter-city-library-fr/index.html").decode()
    )
    assert not rebuilt[0].is_out_of_date


def test_a_change_made_while_building_stays_out_of_date(built):
    later = timezone.now() + timedelta(minutes=1)
    OfflineLibrary.objects.filter(language="fr").update(changed_at=later)
    row = offline.build("fr", made_at=timezone.now())
    assert row.is_out_of_date


def test_an_unpublished_library_removes_its_archive(built):
    ResourceIndexPage.objects.get(locale__language_code="fr").unpublish()
    assert offline.build("fr") is None
    assert not default_storage.exists(built.file)
    assert OfflineLibrary.objects.get(language="fr").file == ""


def test_the_archive_is_served_as_a_download(client, built):
    response = client.get(f"/offline/{built.filename}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment")
    assert "Set-Cookie" not in response
    assert hashlib.sha256(b"".join(response.streaming_content)).hexdigest() == built.sha256


def test_an_older_name_leads_to_the_newest_archive(client, built):
    response = client.get("/offline/shelter-city-library-fr-20200101-000000.zip")
    assert response.status_code == 302
    assert response["Location"] == f"/offline/{built.filename}"


@pytest.mark.parametrize(
    "path",
    [
        "/offline/nothing.zip",
        "/offline/shelter-city-library-xx-20200101-000000.zip",
        "/offline/..%2F..%2Fsettings.zip",
        "/offline/shelter-city-library-fr.txt",
    ],
)
def test_unknown_archives_are_404(client, built, path):
    assert client.get(path).status_code == 404


def test_only_get_and_head(client, built):
    assert client.post(f"/offline/{built.filename}").status_code == 405


def test_the_library_page_offers_the_archive(client, built):
    text = client.get(ResourceIndexPage.objects.get(locale__language_code="fr").url).text
    assert f'href="/offline/{built.filename}"' in text
    assert built.sha256 in text
    assert "Go" in text or "Mo" in text or "ko" in text  # the size, in French units
    OfflineLibrary.objects.filter(language="fr").update(changed_at=timezone.now())
    from django.core.cache import cache

    cache.clear()
    text = client.get(ResourceIndexPage.objects.get(locale__language_code="fr").url).text
    assert "offline-library" in text and 'class="notice"' in text


def test_the_command_rebuilds_what_is_out_of_date(built):
    out = io.StringIO()
    call_command("build_offline_libraries", "--language", "fr", stdout=out, stderr=io.StringIO())
    assert out.getvalue().startswith("fr: shelter-city-library-fr-")
    out = io.StringIO()
    for code in ("en", "es", "pt", "ru", "ar"):
        OfflineLibrary.objects.update_or_create(
            language=code, defaults={"file": "x", "made_at": timezone.now(), "changed_at": None}
        )
    call_command("build_offline_libraries", stdout=out, stderr=io.StringIO())
    assert "Every offline library is up to date." in out.getvalue()


def test_an_archive_carries_a_signed_manifest_of_its_files(built, tmp_path):
    archive_of(built).extractall(tmp_path)
    folder = tmp_path / "shelter-city-library-fr"
    assert manifest.verify_directory(folder, signing.public_key_text()) == []
    index = folder / "index.html"
    index.write_bytes(index.read_bytes().replace(b"<h1>", b"<h1>X", 1))
    problems = manifest.verify_directory(folder, signing.public_key_text())
    assert len(problems) == 1 and problems[0].startswith("index.html: changed")
