import calendar
import datetime
from collections import defaultdict

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from home.caching import remember
from home.models import BasePage, BasePageQuerySet, SearchResultType, SectionIndexPage
from home.pagination import Rows, paginate
from home.translations import SameInEveryLanguage, in_locale, swap_for_translations
from home.wagtail_overrides import published_pages
from resources.blocks import ResourceBodyBlock
from resources.choices import Format, Level
from resources.filters import DEFAULT_SORT, SORTS, LibraryFilterForm, sort_field, sort_order
from resources.page_forms import ResourcePageForm
from resources.reading import reading_minutes, sections

from .snippets import Topic

PAGE_SIZE = 12
RELATED_COUNT = 3

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


def published_versions():
    """Every published page that is not an alias, as `attach_languages` and `available_in` read
    them (the view restrictions from the shared cache: no query to build it). Pages, not
    resources: only a resource's translations share its translation key, and the resources' own
    table is then not joined for each language."""
    return published_pages().filter(alias_of__isnull=True)


def available_in(language, versions):
    """The condition for a resource to be available in `language` (a Q): what
    `attach_languages` sets, in SQL, for the library's language filter and its counts.
    `versions`: published_versions(), built once for every language."""
    in_language = versions.filter(locale__language_code=language)
    files = ResourceDownload.objects.filter(document__language=language)
    return Q(translation_key__in=in_language.values("translation_key")) | Q(
        pk__in=files.values("page_id")
    )


def attach_languages(pages, versions=None):
    """Set `page.available_languages` on each resource: the languages it is really published in
    and those of its files (and `page.file_languages`). Two queries, whatever the number.

    Only translations count: wagtail-localize fills every language's tree with alias pages,
    published copies that show the original's text, so a resource translated into French only
    is live in all six languages; counting those would offer readers a Spanish version that is
    the English text. The library's language filter and its counts (`available_in`) read the
    same sets."""
    if versions is None:
        versions = published_versions()
    in_languages = defaultdict(set)
    found = versions.filter(
        translation_key__in={page.translation_key for page in pages}
    ).values_list("translation_key", "locale__language_code")
    for key, code in found:
        in_languages[key].add(code)
    files = defaultdict(set)
    for page_id, code in ResourceDownload.objects.filter(
        page_id__in=[page.pk for page in pages]
    ).values_list("page_id", "document__language"):
        files[page_id].add(code)
    for page in pages:
        page.available_languages = in_languages[page.translation_key] | files[page.pk]
        page.file_languages = files[page.pk]
    return pages


def attach_topics(pages, topics):
    """Set `page.localized_topic`: the page's topic in the reader's language when translated
    (`topics`: the reader's, loaded already)."""
    localized = iter(swap_for_translations([page.topic for page in pages if page.topic], topics))
    for page in pages:
        page.localized_topic = next(localized) if page.topic else None
    return pages


class ResourcePageQuerySet(BasePageQuerySet):
    def for_listing(self):
        """What a list of resources shows: no body (it may be long), the topic joined."""
        return self.defer_streamfields().select_related("topic")


class ResourceIndexPage(SectionIndexPage):
    """The library: every resource of one language, filtered with plain GET parameters.

    Filtered, counted, sorted and paged in the database, so that its queries and its work stay
    the same whatever the number of resources: the topics (1), every count of the filter form
    (1: home.facets), both kept in the shared cache until content changes, the page of
    resources shown with their topics (1), and for those the languages they exist in (1) and
    their files' languages (1)."""

    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")

    def topic_options(self, resources):
        """The reader's topics and any topic a resource has that is not translated here yet
        (one query), and the filter's slug -> the ids of the topics a resource may have to be
        shown under it: its topic's translation in the reader's language, else its own."""
        topics = list(
            Topic.objects.filter(
                Q(locale_id=self.locale_id) | Q(pk__in=resources.values("topic_id"))
            )
        )
        readers = [topic for topic in topics if topic.locale_id == self.locale_id]
        slug_of = {topic.translation_key: topic.slug for topic in readers}
        untranslated = [topic for topic in topics if topic.translation_key not in slug_of]
        ids = defaultdict(list)
        for topic in topics:
            ids[slug_of.get(topic.translation_key, topic.slug)].append(topic.pk)
        options = {topic.slug: topic for topic in [*readers, *untranslated]}
        return readers, list(options.values()), dict(ids)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = ResourcePage.objects.child_of(self).published()
        versions = published_versions()
        # The topics and the counts change only when content does: kept in the shared cache
        # (home.caching), the counts per combination of the filters the form accepted.
        topics, options, topic_ids = remember(
            request, "library-topics", (self.pk,), lambda: self.topic_options(resources)
        )
        form = LibraryFilterForm(
            request.GET,
            resources,
            options,
            lambda slug: topic_ids.get(slug, []),
            lambda language: available_in(language, versions),
        )
        selection = [f"{name}={value}" for name, value in sorted(form.selected.items())]
        form.counts = remember(
            request, "library-counts", (self.pk, *selection), lambda: form.counts
        )

        sort = request.GET.get("sort", DEFAULT_SORT)
        unknown_sort = sort not in SORTS
        if unknown_sort:
            sort = DEFAULT_SORT
        facets = [*form.facets(), sort_field(sort)]
        matching = Rows(
            form.filtered().order_by(*sort_order(sort)),
            ResourcePage.objects.for_listing(),
            form.matching_count,
        )
        shown = paginate(matching, request, PAGE_SIZE, count=form.matching_count)
        attach_topics(shown.object_list, topics)
        attach_languages(shown.object_list, versions)
        context.update(
            {
                "resources": shown,
                "resource_count": form.matching_count,
                "total_count": form.total_count,
                "filter_form": form,
                "facets": facets,
                "is_filtered": bool(form.selected),
                "ignored_filters": [*form.ignored, *([_("Sort")] if unknown_sort else [])],
                "sort": sort,
            }
        )
        return context


class ResourcePage(BasePage):
    """A self-care or security resource: read online, printed, or downloaded as files."""

    objects = PageManager.from_queryset(ResourcePageQuerySet)()

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
    base_form_class = ResourcePageForm  # its format is what its files are
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
        SameInEveryLanguage("topic"),
        SameInEveryLanguage("format"),
        SameInEveryLanguage("level"),
        SameInEveryLanguage("last_reviewed"),
        SameInEveryLanguage("review_interval"),
        SameInEveryLanguage("downloads"),
        SameInEveryLanguage("related_resources"),
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
    search_result_type = SearchResultType("resource", _("Resources"), order=1)

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            # What the library reads of every resource to count its filters' options and pick
            # the page shown (home.facets, home.pagination.Rows): read from this small index
            # alone on PostgreSQL, not from the table, whose rows carry summaries and bodies.
            models.Index(
                fields=["topic", "format", "level"],
                include=["page_ptr", "last_reviewed"],
                name="resource_facets",
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        blocks, contents = sections(self.body)
        language = get_language()
        files = self.files_for(language)
        file_languages = {document.language for document in files}
        context.update(
            {
                "topic": self.localized_topic(),
                "body_blocks": blocks,
                "table_of_contents": contents,
                "reading_minutes": reading_minutes(self),
                "files": files,
                "file_languages": file_languages,
                # Said plainly rather than left for the reader to find out from the list.
                "no_file_in_language": bool(files) and language not in file_languages,
                "original_language": self.original_language(),
                "related_resources": self.related(),
            }
        )
        return context

    def original_language(self):
        """For an alias page (wagtail-localize's untranslated copy, showing its original's
        text): the original's language code; None for a page in its own language. base.html
        reads the same `alias_of.locale` for <main lang>, so it costs no further query."""
        if not self.alias_of_id:
            return None
        return self.alias_of.locale.language_code

    def localized_topic(self):
        if not self.topic_id:
            return None
        return in_locale([self.topic], self.locale_id, Topic.objects.all())[0]

    def files_for(self, language):
        """The page's files, those in `language` first."""
        files = [
            download.document
            for download in self.downloads.select_related("document").order_by("sort_order")
        ]
        return sorted(files, key=lambda document: document.language != language)

    def related(self):
        """The resources the editor chose, in the reader's language; else others on the
        topic."""
        chosen = [
            link.resource
            for link in self.related_resources.select_related("resource").order_by("sort_order")
        ]
        if chosen:
            live = ResourcePage.objects.published().defer_streamfields()
            return [
                resource
                for resource in in_locale(chosen, self.locale_id, live)
                if resource.live and resource.locale_id == self.locale_id
            ]
        return list(
            ResourcePage.objects.sibling_of(self, inclusive=False)
            .published()
            .filter(topic_id=self.topic_id)
            .defer_streamfields()
            .order_by("-last_reviewed")[:RELATED_COUNT]
        )

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
