"""Document uploads through the admin: what is accepted, what is refused and why, and that a
refused upload leaves nothing behind (no row, no file)."""

import hashlib
import io
import json

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection

from resources.models import ResourceDocument
from tests.accounts.helpers import sign_in

from .conftest import pdf_bytes, zip_bytes


def image_bytes(kind):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format=kind)
    return buffer.getvalue()


ACCEPTED = {
    "guide.pdf": lambda: pdf_bytes(pages=3),
    "book.epub": lambda: zip_bytes({"mimetype": "application/epub+zip", "content.opf": "<x/>"}),
    "letter.odt": lambda: zip_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}
    ),
    "plan.docx": lambda: zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"}),
    "talk.mp3": lambda: b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64,
    "film.mp4": lambda: b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64,
}

REFUSED = {
    # name: (content, words of the message)
    "photo.png": (lambda: image_bytes("PNG"), "image library"),
    "photo.jpg": (lambda: image_bytes("JPEG"), "image library"),
    "scan.pdf": (lambda: image_bytes("JPEG"), "image library"),  # a JPEG named .pdf
    "setup.pdf": (lambda: b"MZ\x90\x00" + b"\x00" * 200, "content is not a PDF"),
    "page.html": (lambda: b"<html><script>alert(1)</script></html>", "cannot be uploaded"),
    "tool.exe": (lambda: b"MZ\x90\x00" + b"\x00" * 200, "cannot be uploaded"),
    "fake.docx": (lambda: zip_bytes({"readme.txt": "hello"}), "content is not a DOCX"),
    "noextension": (lambda: pdf_bytes(), "cannot be uploaded"),
    "broken.pdf": (lambda: b"%PDF-1.4\n" + b"\x00garbage" * 50, "cannot be opened"),
}


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    return sign_in(client, user)


def stored_files():
    folder = settings.MEDIA_ROOT / "documents"
    return sorted(path.name for path in folder.glob("*")) if folder.exists() else []


def upload(client, name, content, language="fr"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": f"Upload {name}",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "language": language,
        },
    )


@pytest.mark.parametrize("name", ACCEPTED)
def test_each_allowed_kind_is_accepted_with_its_checksum(editor_client, name):
    content = ACCEPTED[name]()
    response = upload(editor_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = ResourceDocument.objects.get(title=f"Upload {name}")
    assert document.sha256 == hashlib.sha256(content).hexdigest()
    assert document.file_size == len(content)
    assert document.language == "fr"


def test_a_pdf_upload_records_its_pages_and_text(editor_client):
    upload(editor_client, "guide.pdf", pdf_bytes(pages=3, text="Encrypt your phone"))
    document = ResourceDocument.objects.get(title="Upload guide.pdf")
    assert document.page_count == 3
    assert "Encrypt your phone, page 2" in document.text


@pytest.mark.parametrize("name", REFUSED)
def test_each_refused_kind_gets_a_message_and_nothing_is_stored(editor_client, name):
    content, message = REFUSED[name]
    before_rows, before_files = ResourceDocument.objects.count(), stored_files()
    response = upload(editor_client, name, content())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert ResourceDocument.objects.count() == before_rows
    assert stored_files() == before_files


def test_a_file_over_the_size_limit_is_refused(editor_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1000
    content = pdf_bytes(pages=5)
    assert len(content) > 1000
    before_files = stored_files()
    response = upload(editor_client, "big.pdf", content)
    assert response.status_code == 200
    assert "files may be at most 1000" in response.content.decode()
    assert not ResourceDocument.objects.filter(title="Upload big.pdf").exists()
    assert stored_files() == before_files


def test_the_multiple_upload_refuses_the_same_way(editor_client):
    before_rows, before_files = ResourceDocument.objects.count(), stored_files()
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("photo.png", image_bytes("PNG"))},
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "image library" in json.dumps(answer)
    assert ResourceDocument.objects.count() == before_rows
    assert stored_files() == before_files


def test_replacing_a_file_on_edit_checks_the_new_one(editor_client):
    upload(editor_client, "guide.pdf", pdf_bytes())
    document = ResourceDocument.objects.get(title="Upload guide.pdf")
    name, checksum = document.file.name, document.sha256
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "file": SimpleUploadedFile("guide.pdf", image_bytes("PNG")),
            "collection": document.collection_id,
            "language": "fr",
        },
    )
    assert response.status_code == 200
    assert "image library" in response.content.decode()
    document.refresh_from_db()
    assert (document.file.name, document.sha256) == (name, checksum)
    assert document.file.storage.exists(name)
