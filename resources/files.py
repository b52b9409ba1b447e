"""What a file really is, read from its content, and what a PDF or a zip holds.

Uploads are checked by extension and by content: a file must be one of the kinds in
`ALLOWED_KINDS`, and its first bytes (read by filetype; for a zip filetype cannot name, the
files inside it) must say the same. Images are refused: they belong in the image library,
which makes renditions. A PDF's parsed objects are searched for active content
(`pdf_active_content`); a zip-based file's directory is checked for a zip bomb and its entries
are read through once, bounded, for damage (`check_zip`).
"""

import zipfile
import zlib
from dataclasses import dataclass

import filetype
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NullObject

from resources.choices import RECORDED_FORMATS


@dataclass(frozen=True)
class Kind:
    extension: str
    mime: str
    label: str
    zip: bool = False  # a ZIP container (EPUB, ODT, DOCX): checked by `check_zip`


ALLOWED_KINDS = {
    kind.extension: kind
    for kind in (
        Kind("pdf", "application/pdf", "PDF"),
        Kind("epub", "application/epub+zip", "EPUB", zip=True),
        Kind("odt", "application/vnd.oasis.opendocument.text", "ODT", zip=True),
        Kind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "DOCX",
            zip=True,
        ),
        Kind("mp3", "audio/mpeg", "MP3"),
        Kind("mp4", "video/mp4", "MP4"),
    )
}


def media_type(extension):
    """ "audio", "video" or "application" (a document) for a file ending in `extension`, from
    the kinds that may be uploaded; None for any other."""
    kind = ALLOWED_KINDS.get(extension.lower().lstrip("."))
    return kind.mime.split("/")[0] if kind else None


def format_has_its_files(format, extensions):
    """Whether files ending in `extensions` fit a resource in `format`: an audio or video
    resource has a file of that kind; a written one (guide, checklist...) may have no file, but
    its files are not all recordings."""
    types = [media_type(extension) for extension in extensions]
    if format in RECORDED_FORMATS:
        return RECORDED_FORMATS[format] in types
    return not types or any(kind not in set(RECORDED_FORMATS.values()) for kind in types)


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


# What pypdf may raise on a damaged or hostile file (it checks some structures with `assert`).
PDF_ERRORS = (
    PyPdfError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    ArithmeticError,
    OSError,
    RuntimeError,  # RecursionError; a table changed while it was walked
)


def read_pdf(file):
    """(page count, text) of a PDF, or (None, "") when it cannot be read."""
    try:
        reader = PdfReader(file)
        pages = len(reader.pages)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except PDF_ERRORS:
        return None, ""
    return pages, " ".join(text.split())


# Active content in a PDF: what makes a reader's PDF viewer run code, open or send something.
# Dictionary keys that are active content wherever they appear:
ACTIVE_KEYS = {
    "/JavaScript",  # the document's JavaScript name tree
    "/JS",  # the script of a JavaScript action
    "/AA",  # "additional actions": run when a page, field or the document is opened, closed...
    "/EmbeddedFiles",  # the document's attached files
    "/EF",  # the embedded file of a file specification (an attachment annotation, a Launch)
    "/RichMediaContent",  # Flash and other rich media
    "/XFA",  # XML forms, which carry scripts of their own
}
# Action types (the /S of an action dictionary) that run code, open another file or program,
# send the form or read data in:
ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToR",  # go to another (remote) file
    "/GoToE",  # go to an embedded file
    "/RichMediaExecute",
}
# Object types (/Type or /Subtype) that are active content:
ACTIVE_TYPES = {"/EmbeddedFile", "/RichMedia", "/FileAttachment"}
# An /OpenAction that only opens the document at a page (a destination array, or a /GoTo
# action) is a view setting that many tools write (fpdf2, Acrobat's "initial view"); any other
# one is active content.
HARMLESS_OPEN_ACTIONS = {"/GoTo"}


def _listed_object(reader, number, generation):
    """An object the cross-reference table lists. pypdf answers null for one it cannot read
    (an object stream it cannot decompress, an offset pointing nowhere): since what is in it
    cannot be checked, the file is taken as unreadable."""
    item = reader.get_object(IndirectObject(number, generation, reader))
    if item is None or isinstance(item, NullObject):
        raise PdfReadError(f"object {number} {generation} cannot be read")
    return item


def _indirect_objects(reader):
    """Every object the file's cross-reference tables list, those inside compressed object
    streams included (a byte search never sees those), then the trailer. The tables are
    copied first: pypdf repairs them while it reads."""
    for generation, numbers in list(reader.xref.items()):
        free = reader.xref_free_entry.get(generation, {})
        for number in list(numbers):
            if not free.get(number):
                yield _listed_object(reader, number, generation)
    for number in list(reader.xref_objStm):
        yield _listed_object(reader, number, 0)
    yield reader.trailer


def _value(dictionary, key):
    """`dictionary[key]`, read through an indirect reference, or None."""
    value = dict.get(dictionary, key)
    return value.get_object() if isinstance(value, IndirectObject) else value


def _active_names(dictionary):
    """The names of the active content one dictionary holds itself (not in its children)."""
    found = {str(key) for key in dictionary if key in ACTIVE_KEYS}
    action = _value(dictionary, "/S")
    if action in ACTIVE_ACTIONS:
        found.add(str(action))
    for key in ("/Type", "/Subtype"):
        kind = _value(dictionary, key)
        if kind in ACTIVE_TYPES:
            found.add(str(kind))
    if "/OpenAction" in dictionary:
        opening = _value(dictionary, "/OpenAction")
        harmless = isinstance(opening, ArrayObject) or (
            isinstance(opening, DictionaryObject)
            and _value(opening, "/S") in HARMLESS_OPEN_ACTIONS
            and "/Next" not in opening  # a chained action could be anything
        )
        if not harmless:
            found.add("/OpenAction")
    return found


def pdf_active_content(reader):
    """The sorted names of the active content (`ACTIVE_*`) in the PDF `reader` reads, or [].

    Every parsed object is walked, without following references (each referenced object is
    in the cross-reference table and walked in its turn), with a stack rather than recursion,
    so a deeply nested file cannot exhaust Python's stack. Raises one of `PDF_ERRORS` when an
    object cannot be parsed."""
    found = set()
    for top in _indirect_objects(reader):
        stack = [top]
        while stack:
            item = stack.pop()
            if isinstance(item, DictionaryObject):  # stream dictionaries too
                found |= _active_names(item)
                stack.extend(dict.values(item))  # references stay references
            elif isinstance(item, ArrayObject):
                stack.extend(list.__iter__(item))
    return sorted(found)


def inspect_pdf(file):
    """(page count, sorted names of active content) of a PDF, or None when pypdf cannot read
    it (damaged, hostile, or encrypted). Seeks back to the start."""
    file.seek(0)
    try:
        reader = PdfReader(file)
        pages = len(reader.pages)
        active = pdf_active_content(reader)
    except PDF_ERRORS:
        return None
    finally:
        file.seek(0)
    return pages, active


# What Python's zipfile (and zlib under it) may raise on a damaged or hostile archive.
ZIP_ERRORS = (
    zipfile.BadZipFile,  # no directory, bad CRC, truncated...
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,  # the compressed data ends early
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # an encrypted entry
    ValueError,
    OSError,
)
MAX_ZIP_ENTRIES = 10_000  # a DOCX holds tens of files, a large EPUB a few thousand
# Below this many unpacked bytes a high compression ratio is harmless (a small, repetitive XML
# file): the ratio is only checked above it.
RATIO_CHECKED_ABOVE = 1024 * 1024


class ZipProblem(Exception):
    """Why a zip cannot be accepted: `code` is "damaged", "encrypted", "entries", "unpacked" or
    "ratio"; `unpacked` the total size it declares, in bytes."""

    def __init__(self, code, unpacked=0):
        super().__init__(code)
        self.code = code
        self.unpacked = unpacked


def check_zip(file, max_unpacked, max_ratio):
    """Raise ZipProblem unless `file` is a sound zip that unpacks to at most `max_unpacked`
    bytes and at most `max_ratio` times its compressed size. Seeks back to the start.

    The sizes come from the zip's directory, checked before anything is decompressed. Then
    every entry is read through once, in chunks, and thrown away: zipfile stops each entry at
    the size the directory declares and checks its CRC, so a directory that lies about the
    sizes, or damaged data, is refused too, and no more than `max_unpacked` bytes are ever
    decompressed."""
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise ZipProblem("entries")
            if any(entry.flag_bits & 0x1 for entry in entries):
                raise ZipProblem("encrypted")
            unpacked = sum(entry.file_size for entry in entries)
            packed = sum(entry.compress_size for entry in entries)
            if unpacked > max_unpacked:
                raise ZipProblem("unpacked", unpacked)
            if unpacked > RATIO_CHECKED_ABOVE and unpacked > max_ratio * max(packed, 1):
                raise ZipProblem("ratio", unpacked)
            for entry in entries:
                with archive.open(entry) as data:
                    while data.read(1024 * 1024):
                        pass
    except ZIP_ERRORS as error:
        raise ZipProblem("damaged") from error
    finally:
        file.seek(0)
