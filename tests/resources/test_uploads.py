"""Document uploads through the admin: what is accepted, what is refused and why, and that a
refused upload leaves nothing behind (no row, no file). Hostile files (PDFs with active content,
zip bombs, damaged zips) are built here, in memory."""

import hashlib
import io
import json
import zipfile
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from wagtail.models import Collection

from home.lists import text_list
from home.text import strip_invisible
from resources.files import ZipProblem, check_zip, inspect_pdf
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


def assert_refused_and_nothing_stored(editor_client, name, content, message):
    """The upload form answers with `message` and neither a row nor a file is left behind."""
    before_rows, before_files = ResourceDocument.objects.count(), stored_files()
    response = upload(editor_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert ResourceDocument.objects.count() == before_rows
    assert stored_files() == before_files


@pytest.mark.parametrize("name", REFUSED)
def test_each_refused_kind_gets_a_message_and_nothing_is_stored(editor_client, name):
    content, message = REFUSED[name]
    assert_refused_and_nothing_stored(editor_client, name, content(), message)


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


# --- PDFs with active content -----------------------------------------------------------------


def noise(size, seed):
    """`size` bytes that do not compress, the same every run."""
    return hashlib.shake_256(seed.to_bytes(4, "big")).digest(size)


def name(value):
    return NameObject(value)


def action(kind, **entries):
    """An action dictionary: /S `kind`, and the other entries given (`F="x"` is /F (x))."""
    values = {name("/S"): name(kind)}
    values.update({name(f"/{key}"): TextStringObject(value) for key, value in entries.items()})
    return DictionaryObject(values)


def written(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with(catalog=None, page=None, attachment=None):
    """A one-page PDF written by pypdf with `catalog` and `page` entries added (name: object)
    and, given `attachment` (bytes), an embedded file."""
    writer = PdfWriter()
    blank = writer.add_blank_page(200, 200)
    for key, value in (catalog or {}).items():
        writer.root_object[name(key)] = value
    for key, value in (page or {}).items():
        blank[name(key)] = value
    if attachment is not None:
        writer.add_attachment("notes.exe", attachment)
    return written(writer)


def pdf_with_object_stream(
    open_action=b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>", damage=False
):
    """A PDF 1.5 whose catalog, pages and open action all live in one compressed object stream,
    listed by a cross-reference stream: no name of them is in the file's bytes as written.
    `damage` breaks the compressed data."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        open_action,
    ]
    offsets, body = [], b""
    for number, data in enumerate(objects, start=1):
        offsets.append(b"%d %d" % (number, len(body)))
        body += data + b"\n"
    header = b" ".join(offsets) + b"\n"
    packed = zlib.compress(header + body)
    if damage:
        packed = packed[:10] + b"\x00" * 8 + packed[18:]
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    stream_at = len(out)
    out += (
        b"5 0 obj\n<< /Type /ObjStm /N 4 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(header), len(packed))
        + packed
        + b"\nendstream\nendobj\n"
    )
    xref_at = len(out)

    def row(kind, field, index):  # a cross-reference stream entry, /W [1 4 2]
        return bytes([kind]) + field.to_bytes(4, "big") + index.to_bytes(2, "big")

    table = b"".join(
        [row(0, 0, 65535)]
        + [row(2, 5, index) for index in range(len(objects))]  # in object stream 5
        + [row(1, stream_at, 0), row(1, xref_at, 0)]
    )
    out += (
        b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % len(table)
        + table
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    )
    return out


ACTIVE_PDFS = {
    # name: (content, what the message names)
    "open-action-javascript.pdf": (
        lambda: pdf_with(catalog={"/OpenAction": action("/JavaScript", JS="app.alert(1)")}),
        ["/JS", "/JavaScript", "/OpenAction"],
    ),
    "javascript-in-object-stream.pdf": (
        pdf_with_object_stream,
        ["/JS", "/JavaScript", "/OpenAction"],
    ),
    "embedded-file.pdf": (
        lambda: pdf_with(attachment=b"MZ\x90\x00" + b"\x00" * 64),
        ["/EF", "/EmbeddedFile", "/EmbeddedFiles"],
    ),
    "launch-on-page-open.pdf": (
        lambda: pdf_with(page={"/AA": DictionaryObject({name("/O"): action("/Launch", F="cmd")})}),
        ["/AA", "/Launch"],
    ),
    "submit-form.pdf": (
        lambda: pdf_with(
            catalog={"/OpenAction": action("/SubmitForm", F="https://example.net/collect")}
        ),
        ["/OpenAction", "/SubmitForm"],
    ),
}


def test_the_object_stream_pdf_hides_its_javascript_from_a_byte_search():
    content = pdf_with_object_stream()
    assert b"/JavaScript" not in content and b"/OpenAction" not in content
    assert inspect_pdf(io.BytesIO(content)) == (1, ["/JS", "/JavaScript", "/OpenAction"])


@pytest.mark.parametrize("filename", ACTIVE_PDFS)
def test_a_pdf_with_active_content_is_refused_naming_what_it_holds(editor_client, filename):
    content, found = ACTIVE_PDFS[filename]
    before_rows, before_files = ResourceDocument.objects.count(), stored_files()
    response = upload(editor_client, filename, content())
    assert response.status_code == 200
    page = response.content.decode()
    assert f"This PDF contains active content ({text_list(found)})" in page
    assert ResourceDocument.objects.count() == before_rows
    assert stored_files() == before_files


@pytest.mark.parametrize(
    ("entries", "found"),
    [
        ({"/Names": DictionaryObject({name("/JavaScript"): DictionaryObject()})}, ["/JavaScript"]),
        ({"/OpenAction": action("/GoToR", F="other.pdf")}, ["/GoToR", "/OpenAction"]),
        ({"/OpenAction": action("/ImportData", F="data.fdf")}, ["/ImportData", "/OpenAction"]),
        ({"/OpenAction": action("/URI", URI="https://example.net/opened")}, ["/OpenAction"]),
        ({"/AcroForm": DictionaryObject({name("/XFA"): ArrayObject()})}, ["/XFA"]),
        (
            {"/Rich": DictionaryObject({name("/Subtype"): name("/RichMedia")})},
            ["/RichMedia"],
        ),
        # Opening at a page is a view setting, not active content (fpdf2 writes one).
        ({"/OpenAction": ArrayObject([name("/Fit")])}, []),
        ({"/OpenAction": action("/GoTo", D="first")}, []),
    ],
)
def test_what_counts_as_active_content(entries, found):
    assert inspect_pdf(io.BytesIO(pdf_with(catalog=entries))) == (1, found)


@pytest.mark.parametrize(
    "content",
    [
        pdf_with_object_stream(damage=True),  # the object stream cannot be decompressed
        pdf_bytes()[:300],  # cut short
        b"%PDF-1.7\n%%EOF\n",  # a header and nothing else
    ],
    ids=["damaged-object-stream", "truncated", "empty"],
)
def test_a_pdf_pypdf_cannot_read_is_refused_with_a_message(editor_client, content):
    before_rows, before_files = ResourceDocument.objects.count(), stored_files()
    response = upload(editor_client, "damaged.pdf", content)
    assert response.status_code == 200
    assert "This PDF cannot be opened" in response.content.decode()
    assert ResourceDocument.objects.count() == before_rows
    assert stored_files() == before_files


def test_no_damaged_pdf_makes_the_check_fail():
    """Flipped bytes anywhere in a PDF: an answer every time, never an exception."""
    original = pdf_bytes(pages=2)
    for attempt in range(200):
        damaged = bytearray(original)
        changes = noise(24, attempt)  # up to 8 (position, value) pairs
        for change in range(1 + changes[0] % 8):
            position = int.from_bytes(changes[1 + 2 * change : 3 + 2 * change], "big")
            damaged[position % len(damaged)] = changes[17 + change % 7]
        answer = inspect_pdf(io.BytesIO(bytes(damaged)))  # the form refuses None and 0 pages
        assert answer is None or (answer[0] >= 0 and isinstance(answer[1], list))
    assert inspect_pdf(io.BytesIO(original)) == (2, [])


# --- Zip bombs and damaged zips (DOCX, ODT, EPUB) ------------------------------------------------

DOCX_PARTS = {"[Content_Types].xml": "<Types/>"}


def docx_bytes(document, compression=zipfile.ZIP_DEFLATED):
    """A DOCX (a zip with the parts DOCX needs) whose word/document.xml is `document`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for part, data in DOCX_PARTS.items():
            archive.writestr(part, data)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def zip_bomb_docx():
    """60 MB of one repeated byte, deflated to about 60 KB: a thousand times its size."""
    return docx_bytes(b"<w:t>" + b"A" * (60 * 1024 * 1024) + b"</w:t>")


def damaged_entry_docx():
    """A sound zip directory over damaged data: only reading the entry finds it out."""
    content = bytearray(docx_bytes(noise(20_000, 1), zipfile.ZIP_STORED))
    content[content.index(b"word/document.xml") + 100] ^= 0xFF  # inside the stored data
    return bytes(content)


def encrypted_docx():
    """A DOCX whose entries say they are encrypted (bit 0 of their flags)."""
    content = bytearray(docx_bytes("<w:document/>"))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = content.find(signature)
        while start != -1:
            content[start + flags_at] |= 0x01
            start = content.find(signature, start + 4)
    return bytes(content)


REFUSED_ZIPS = {
    # name: (content, words of the message)
    "bomb.docx": (zip_bomb_docx, "looks like a “zip bomb”"),
    "truncated.docx": (lambda: docx_bytes("<w:document/>")[:-30], "the ZIP archive it is made of"),
    "damaged-entry.docx": (damaged_entry_docx, "the ZIP archive it is made of"),
    "locked.docx": (encrypted_docx, "protected by a password"),
    "truncated.odt": (
        lambda: zip_bytes(
            {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}
        )[:-30],
        "This ODT file is damaged",
    ),
}


@pytest.mark.parametrize("filename", REFUSED_ZIPS)
def test_a_zip_bomb_or_a_damaged_zip_is_refused_with_a_message(editor_client, filename):
    content, message = REFUSED_ZIPS[filename]
    assert_refused_and_nothing_stored(editor_client, filename, content(), message)


def test_a_docx_over_the_unpacked_limit_is_refused(editor_client, settings):
    settings.DOCUMENT_MAX_UNPACKED_SIZE = 1024 * 1024
    content = docx_bytes(noise(2 * 1024 * 1024, 2))  # does not compress
    response = upload(editor_client, "large.docx", content)
    assert response.status_code == 200
    assert "files may unpack to at most 1.0" in response.content.decode()
    assert not ResourceDocument.objects.filter(title="Upload large.docx").exists()


def test_the_ratio_limit_is_a_setting_and_small_files_are_not_held_to_it():
    repetitive = docx_bytes(b"A" * (2 * 1024 * 1024))  # about 1,000 times smaller packed
    with pytest.raises(ZipProblem, match="ratio"):
        check_zip(io.BytesIO(repetitive), max_unpacked=10 * 1024 * 1024, max_ratio=100)
    check_zip(io.BytesIO(repetitive), max_unpacked=10 * 1024 * 1024, max_ratio=5000)
    small = docx_bytes(b"A" * 500_000)  # as repetitive, but under 1 MB unpacked
    check_zip(io.BytesIO(small), max_unpacked=10 * 1024 * 1024, max_ratio=100)


def test_a_real_sized_docx_is_accepted(editor_client):
    """XML that compresses like a real document's, and an image that does not compress."""
    paragraphs = "".join(
        f"<w:p><w:t>Paragraph {n}: stay safe online.</w:t></w:p>" for n in range(5000)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", paragraphs)
        archive.writestr("word/media/image1.png", image_bytes("PNG") + noise(300_000, 3))
    response = upload(editor_client, "report.docx", buffer.getvalue())
    assert response.status_code == 302, response.content.decode()[:2000]


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
