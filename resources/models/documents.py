"""The library's files: Wagtail documents that know their language, their SHA-256 and, for a
PDF, their page count and text (read once, at upload, with pypdf). Downloads are counted per
file and per day, nothing else."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from home.text import strip_invisible
from resources.files import read_pdf


def language_choices():
    return list(settings.LANGUAGES)


class ResourceDocument(AbstractDocument):
    language = models.CharField(
        max_length=12,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        verbose_name=_("language"),
        help_text=_("The language the file is written in."),
    )
    sha256 = models.CharField(max_length=64, blank=True, editable=False, verbose_name="SHA-256")
    page_count = models.PositiveIntegerField(
        null=True, blank=True, editable=False, verbose_name=_("pages")
    )
    text = models.TextField(blank=True, editable=False, help_text="The text of a PDF, for search.")

    admin_form_fields = (*Document.admin_form_fields, "language")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, **kwargs):
        # Whatever the way in (admin forms, multiple upload, API, shell, demo loader), no bidi
        # control or invisible character in the title, as in the file's name (home.text).
        self.title = strip_invisible(self.title or "")
        super().save(*args, **kwargs)

    def _set_document_file_metadata(self):
        """Wagtail calls this when a file is uploaded or replaced: size and SHA-1 (Wagtail's),
        then the SHA-256 readers check, and the pages and text of a PDF."""
        super()._set_document_file_metadata()
        with self.open_file() as file:
            self.sha256 = hashlib.file_digest(file, "sha256").hexdigest()
            file.seek(0)
            self.page_count, self.text = read_pdf(file) if self.is_pdf else (None, "")
        if self.file._committed:
            # Already in storage (the multiple uploader moves the file there first): Wagtail's
            # metadata step opened it and nothing reads it again, so close it.
            self.file.close()
        else:
            self.file.seek(0)  # the form saves it next

    @property
    def is_pdf(self):
        return self.file_extension.lower() == "pdf"

    @property
    def kind(self):
        """The format readers see: PDF, EPUB, MP3..."""
        return self.file_extension.upper()


class DownloadCount(models.Model):
    """How many times a file was downloaded on a day. Only the total: no address, browser,
    referrer or cookie of whoever downloaded it is read or kept."""

    document = models.ForeignKey(
        ResourceDocument, on_delete=models.CASCADE, related_name="download_counts"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(fields=["document", "day"], name="one_count_per_file_and_day")
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"
