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

from home.text import strip_invisible
from resources.models import ResourceDocument

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
    client.force_login(user)
    return client


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


# --- Titles without bidi controls or invisible characters -------------------------------------

# Each character a title must lose: bidi marks, embeddings, overrides and isolates, the Arabic
# letter mark, zero-width characters, the byte order mark, a soft hyphen, a control character.
INVISIBLE = [
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u061c",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x1b",
]  # fmt: skip
SPOOFED = "Guide \u202eFDP.exe\u202c \u200bfor \u2067defenders\u2069"
CLEANED = "Guide FDP.exe for defenders"


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_strip_invisible_removes_each_character(char):
    assert strip_invisible(f"Safe{char} travel{char}") == "Safe travel"


def test_strip_invisible_keeps_every_script():
    for title in ("Sécurité numérique", "الأمن الرقمي", "Цифровая безопасность", "Guía: 2ª ed."):
        assert strip_invisible(f"  {title}\t") == title


def test_the_upload_form_cleans_the_title_as_the_file_name_is_cleaned(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": SPOOFED,
            "file": SimpleUploadedFile("guide\u202efdp.pdf", pdf_bytes()),
            "collection": Collection.get_first_root_node().pk,
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = ResourceDocument.objects.get(title=CLEANED)
    assert document.filename == "guidefdp.pdf"  # Django's get_valid_filename, already


def test_a_title_of_invisible_characters_only_is_refused(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "\u202e\u200b\u2066",
            "file": SimpleUploadedFile("invisible-title.pdf", pdf_bytes()),
            "collection": Collection.get_first_root_node().pk,
            "language": "en",
        },
    )
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not ResourceDocument.objects.filter(file__contains="invisible-title").exists()


def test_the_edit_form_cleans_the_title(editor_client):
    upload(editor_client, "guide.pdf", pdf_bytes())
    document = ResourceDocument.objects.get(title="Upload guide.pdf")
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": SPOOFED, "collection": document.collection_id, "language": "fr"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert document.title == CLEANED


def test_the_multiple_upload_cleans_the_title(editor_client):
    """The multiple uploader keeps the file first (the language is asked next), then saves the
    document with the title and language the editor gives it."""
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("plan\u202efdp.pdf", pdf_bytes()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    upload_id = json.loads(response.content)["uploaded_file_id"]
    prefix = f"uploaded-document-{upload_id}"
    response = editor_client.post(
        reverse("wagtaildocs:create_multiple_from_uploaded_document", args=[upload_id]),
        {
            f"{prefix}-title": SPOOFED,
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-language": "es",
        },
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is True, answer
    document = ResourceDocument.objects.get(pk=answer["doc_id"])
    assert (document.title, document.filename, document.language) == (CLEANED, "planfdp.pdf", "es")


def test_every_other_way_in_saves_a_clean_title(db):
    """The model cleans the title on save: the API, the shell, the demo loader..."""
    document = ResourceDocument(
        title=SPOOFED, collection=Collection.get_first_root_node(), file="documents/x.pdf"
    )
    document.save()
    document.refresh_from_db()
    assert document.title == CLEANED
