import calendar
import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, SectionIndexPage
from resources.blocks import ResourceBodyBlock


class Format(models.TextChoices):
    GUIDE = "guide", _("Guide")
    CHECKLIST = "checklist", _("Checklist")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


REVIEW_INTERVALS = [
    (3, _("Every 3 months")),
    (6, _("Every 6 months")),
    (12, _("Every year")),
    (24, _("Every 2 years")),
]


def add_months(day, months):
    """`day` moved `months` later, on the last day of the month when the day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ResourceIndexPage(SectionIndexPage):
    """The library: every resource of one language, filtered with plain GET parameters."""

    page_context = "resources.listing.library_context"

    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")


class ResourcePage(BasePage):
    """A self-care or security resource: read online, printed, or downloaded as files."""

    page_context = "resources.listing.resource_context"

    summary = models.TextField(
        max_length=500,
        verbose_name=_("summary"),
        help_text=_("One or two sentences, shown in the library and in search results."),
    )
    body = StreamField(ResourceBodyBlock(), blank=True, verbose_name=_("body"))
    # Required in the editor; a deleted topic leaves its resources without one, never a 500.
    topic = models.ForeignKey(
        "resources.Topic",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("topic"),
    )
    format = models.CharField(max_length=20, choices=Format.choices, verbose_name=_("format"))
    level = models.CharField(max_length=20, choices=Level.choices, verbose_name=_("level"))
    last_reviewed = models.DateField(
        null=True,
        default=timezone.localdate,
        verbose_name=_("last reviewed on"),
        help_text=_("When someone last checked that the advice is still right."),
    )
    review_interval = models.PositiveSmallIntegerField(
        choices=REVIEW_INTERVALS,
        default=12,
        verbose_name=_("review"),
        help_text=_("Digital-security advice ages fast: review it at least once a year."),
    )
    review_due = models.DateField(
        null=True, editable=False, db_index=True, verbose_name=_("review due on")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldRowPanel([FieldPanel("format"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_interval")]),
            ],
            heading=_("About this resource"),
        ),
        FieldPanel("body"),
        InlinePanel("downloads", label=_("File"), heading=_("Files to download")),
        InlinePanel("related_resources", label=_("Related resource"), max_num=6),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        # The text of its PDFs: a resource is found by words that are only in its files.
        index.SearchField("file_text"),
        index.FilterField("format"),
        index.FilterField("level"),
        index.FilterField("topic"),
    ]

    # What a resource is and when it was reviewed are the same in every language; the files
    # are listed in every language, each marked with its own (a French page lists the English
    # and French PDFs, its reader's first).
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("topic"),
        SynchronizedField("format"),
        SynchronizedField("level"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("review_interval"),
        SynchronizedField("downloads"),
        SynchronizedField("related_resources"),
    ]

    def file_text(self):
        """The text of this page's files in its own language (read from PDFs at upload), for
        search: each language's page is indexed with its language's stemmer, so each carries
        the text of its language's files."""
        language = self.locale.language_code
        return "\n".join(
            download.document.text
            for download in self.downloads.all()
            if download.document_id and download.document.language == language
        )

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def save(self, *args, **kwargs):
        # A draft may be saved before its review date is given (Wagtail defers validation).
        self.review_due = self.compute_review_due()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "review_due"}
        return super().save(*args, **kwargs)

    def compute_review_due(self):
        if self.last_reviewed is None or self.review_interval is None:
            return None
        return add_months(self.last_reviewed, self.review_interval)

    @property
    def review_overdue(self):
        due = self.compute_review_due()
        return due is not None and due < timezone.localdate()


class ResourceDownload(Orderable):
    """A file of a resource, in the language the document is tagged with."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "resources.ResourceDocument",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="related_resources")
    resource = models.ForeignKey(
        ResourcePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("resource")
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")
        verbose_name_plural = _("related resources")
