"""The document upload form: an allowlist of file kinds checked by extension and by content, a
size limit, PDFs without active content, zips that are neither bombs nor damaged, and titles
without invisible characters. A refused file gets a message saying why and what to do; nothing
is stored. The form is Wagtail's base document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), so the
upload, edit and multiple-upload views all use it."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.lists import text_list
from home.text import strip_invisible
from resources.files import (
    ALLOWED_KINDS,
    IMAGE_EXTENSIONS,
    IMAGE_MIMES,
    ZipProblem,
    check_zip,
    sniff,
)
from resources.validators import check_pdf


def allowed_labels():
    return text_list((kind.label for kind in ALLOWED_KINDS.values()), style="or")


def check_upload(file):
    """Raise a ValidationError saying why `file` (an uploaded file) cannot be a document."""
    extension = os.path.splitext(file.name)[1][1:].lower()
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if file.size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    content = sniff(file)
    if extension in IMAGE_EXTENSIONS or content in IMAGE_MIMES:
        raise ValidationError(
            _("Images go in the image library (Images in the menu), not among documents."),
            code="image",
        )
    kind = ALLOWED_KINDS.get(extension)
    if kind is None:
        raise ValidationError(
            _("Files ending in “.%(extension)s” cannot be uploaded. Allowed: %(allowed)s."),
            code="extension",
            params={"extension": extension or "", "allowed": allowed_labels()},
        )
    if kind.zip and content in ("application/zip", kind.mime):
        check_office_zip(file, kind)
    if content != kind.mime:
        raise ValidationError(
            _(
                "This file is named .%(extension)s but its content is not a %(label)s file. "
                "Export it again as %(label)s, or upload it with its real extension."
            ),
            code="content",
            params={"extension": extension, "label": kind.label},
        )
    if extension == "pdf":
        check_pdf(file)


ZIP_MESSAGES = {
    "damaged": _(
        "This %(label)s file is damaged: the ZIP archive it is made of cannot be read. Save "
        "or export it again and upload the new file."
    ),
    "encrypted": _(
        "This %(label)s file is protected by a password. Save it again without a password."
    ),
    "entries": _(
        "This %(label)s file holds too many files inside it to be a real document. Save or "
        "export it again."
    ),
    "unpacked": _(
        "This %(label)s file unpacks to %(unpacked)s; files may unpack to at most %(limit)s. "
        "Make it smaller (for example, compress its images) or split it."
    ),
    "ratio": _(
        "This %(label)s file unpacks to %(unpacked)s, more than %(ratio)s times its own size: "
        "it looks like a “zip bomb”, not a document. Save or export it again."
    ),
}


def check_office_zip(file, kind):
    """Refuse a zip-based file (EPUB, ODT, DOCX) that is damaged, protected by a password, or
    unpacks to more than the limits allow (a zip bomb)."""
    max_unpacked = settings.DOCUMENT_MAX_UNPACKED_SIZE
    max_ratio = settings.DOCUMENT_MAX_COMPRESSION_RATIO
    try:
        check_zip(file, max_unpacked, max_ratio)
    except ZipProblem as problem:
        params = {
            "label": kind.label,
            "unpacked": filesizeformat(problem.unpacked),
            "limit": filesizeformat(max_unpacked),
            "ratio": max_ratio,
        }
        raise ValidationError(
            ZIP_MESSAGES[problem.code], code=f"zip_{problem.code}", params=params
        ) from problem


class ResourceDocumentForm(BaseDocumentForm):
    def clean_title(self):
        """The title without bidi controls or invisible characters (home.text), as the file's
        name is; the model's save does the same for every other way in."""
        title = strip_invisible(self.cleaned_data.get("title") or "")
        if not title:
            raise ValidationError(self.fields["title"].error_messages["required"], code="required")
        return title

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # A new upload has a `size` and content to read; an unchanged file on edit does not.
        if file is not None and hasattr(file, "content_type"):
            check_upload(file)
        return file
