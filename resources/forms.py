"""The document upload form: an allowlist of file kinds checked by extension and by content, and
a size limit. A refused file gets a message saying why and what to do; nothing is stored."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from home.text import strip_invisible
from resources.files import ALLOWED_KINDS, IMAGE_EXTENSIONS, IMAGE_MIMES, pdf_page_count, sniff


def allowed_labels():
    return ", ".join(kind.label for kind in ALLOWED_KINDS.values())


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
        pages = pdf_page_count(file)  # its text is read once, when the document is saved
        file.seek(0)
        if not pages:
            raise ValidationError(
                _(
                    "This PDF cannot be opened: it may be damaged or protected by a password. "
                    "Export it again without a password."
                ),
                code="unreadable_pdf",
            )


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
