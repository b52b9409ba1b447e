"""What a file really is, read from its content, and what a PDF holds.

Uploads are checked by extension and by content: a file must be one of the kinds in
`ALLOWED_KINDS`, and its first bytes (read by filetype; for a zip filetype cannot name, the
files inside it) must say the same. Images are refused: they belong in the image library,
which makes renditions.
"""

import zipfile
from dataclasses import dataclass

import filetype
from pypdf import PdfReader
from pypdf.errors import PyPdfError


@dataclass(frozen=True)
class Kind:
    extension: str
    mime: str
    label: str


ALLOWED_KINDS = {
    kind.extension: kind
    for kind in (
        Kind("pdf", "application/pdf", "PDF"),
        Kind("epub", "application/epub+zip", "EPUB"),
        Kind("odt", "application/vnd.oasis.opendocument.text", "ODT"),
        Kind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "DOCX",
        ),
        Kind("mp3", "audio/mpeg", "MP3"),
        Kind("mp4", "video/mp4", "MP4"),
    )
}
IMAGE_EXTENSIONS = {
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "svg",
    "bmp",
    "tif",
    "tiff",
    "heic",
    "avif",
}
IMAGE_MIMES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff"}


def _zip_mimetype(file):
    """The declared type of a zip-based document: EPUB and ODT name it in a `mimetype` entry,
    DOCX has `word/document.xml`. None when the file is not such a zip."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as entry:  # read 100 bytes, however big it claims
                    return entry.read(100).decode("ascii", "replace").strip()
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return ALLOWED_KINDS["docx"].mime
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, RuntimeError):
        return None
    return None


def sniff(file):
    """The MIME type the content says (filetype reads the first bytes), or None. A zip that
    filetype cannot name from its first bytes is looked into. Seeks back to the start."""
    file.seek(0)
    guess = filetype.guess(file.read(8192))
    file.seek(0)
    mime = guess.mime if guess else None
    if mime == "application/zip":
        mime = _zip_mimetype(file) or mime
        file.seek(0)
    return mime


# What pypdf may raise on a damaged or hostile file.
PDF_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError)


def pdf_page_count(file):
    """The number of pages of a PDF, or None when it cannot be opened (damaged, or encrypted)."""
    try:
        return len(PdfReader(file).pages)
    except PDF_ERRORS:
        return None


def read_pdf(file):
    """(page count, text) of a PDF, or (None, "") when it cannot be read."""
    try:
        reader = PdfReader(file)
        pages = len(reader.pages)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except PDF_ERRORS:
        return None, ""
    return pages, " ".join(text.split())
