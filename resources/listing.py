"""What the library and a resource page show, loaded with a fixed number of queries whatever
the number of resources: the resources with their topics (1, +1 view restrictions), the
reader's topics (1), the languages each resource exists in (1, +1) and its files' languages (1).
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, FacetedFilterForm
from home.translations import in_locale, swap_for_translations
from resources.models import Format, Level, ResourceDownload, ResourcePage, Topic
from resources.reading import reading_minutes, sections

PAGE_SIZE = 12
RELATED_COUNT = 3

SORTS = {
    "newest": _("Newest first"),
    "reviewed": _("Most recently reviewed"),
}
DEFAULT_SORT = "newest"


EARLIEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _sort_key(name):
    """Newest first or most recently reviewed first (sorted in reverse); a value that is not
    set yet (a page made in code and never published) sorts last instead of failing."""
    if name == "reviewed":
        return lambda page: (page.last_reviewed or EARLIEST.date(), page.pk)
    return lambda page: (page.first_published_at or EARLIEST, page.pk)


class LibraryFilterForm(FacetedFilterForm):
    def __init__(self, data, items, topics):
        self.topic_choices = [(topic.slug, topic.name) for topic in topics]
        self.facet_list = [
            Facet(
                "topic",
                _("Topic"),
                _("All topics"),
                lambda: self.topic_choices,
                lambda page: {page.localized_topic.slug} if page.localized_topic else set(),
            ),
            Facet(
                "format",
                _("Format"),
                _("All formats"),
                lambda: Format.choices,
                lambda page: {page.format},
            ),
            Facet(
                "level",
                _("Level"),
                _("All levels"),
                lambda: Level.choices,
                lambda page: {page.level},
            ),
            Facet(
                "language",
                _("Available in"),
                _("Any language"),
                lambda: list(settings.LANGUAGES),
                lambda page: page.available_languages,
            ),
        ]
        super().__init__(data, items)


def attach_languages(pages):
    """Set `page.available_languages`: the languages its page is published in and those of its
    files. Two queries, whatever the number of pages."""
    in_languages = defaultdict(set)
    versions = (
        ResourcePage.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in pages})
        .values_list("translation_key", "locale__language_code")
    )
    for key, code in versions:
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


def reader_topics(locale_id):
    return list(Topic.objects.filter(locale_id=locale_id))


def attach_topics(pages, topics):
    """Set `page.localized_topic`: the page's topic in the reader's language when translated
    (`topics`: the reader's, loaded already)."""
    localized = iter(swap_for_translations([page.topic for page in pages if page.topic], topics))
    for page in pages:
        page.localized_topic = next(localized) if page.topic else None
    return pages


def library_context(index_page, request):
    pages = list(
        ResourcePage.objects.child_of(index_page)
        .live()
        .public()
        .defer_streamfields()
        .select_related("topic")
    )
    topics = reader_topics(index_page.locale_id)
    attach_topics(pages, topics)
    attach_languages(pages)
    # The reader's topics, then any topic a resource has that is not translated here yet.
    options = {
        topic.slug: topic for topic in [*topics, *(page.localized_topic for page in pages)] if topic
    }
    form = LibraryFilterForm(request.GET, pages, options.values())

    sort = request.GET.get("sort", DEFAULT_SORT)
    unknown_sort = sort not in SORTS
    if unknown_sort:
        sort = DEFAULT_SORT
    matching = sorted(form.filtered(), key=_sort_key(sort), reverse=True)
    # A page number that is not one gives the first page; one past the end, the last.
    results = Paginator(matching, PAGE_SIZE).get_page(request.GET.get("page"))
    return {
        "resources": results,
        "resource_count": len(matching),
        "total_count": len(pages),
        "filter_form": form,
        "facets": form.facets(),
        "is_filtered": bool(form.selected),
        "ignored_filters": [*form.ignored, *([_("Sort")] if unknown_sort else [])],
        "sort": sort,
        "sorts": SORTS.items(),
    }


def localized_topic(page):
    if not page.topic_id:
        return None
    return in_locale([page.topic], page.locale_id, Topic.objects.all())[0]


def downloads(page, language):
    """The page's files, those in the reader's language first."""
    files = [
        download.document
        for download in page.downloads.select_related("document").order_by("sort_order")
    ]
    return sorted(files, key=lambda document: document.language != language)


def related(page):
    """The resources the editor chose, in the reader's language; else others on the topic."""
    chosen = [
        link.resource
        for link in page.related_resources.select_related("resource").order_by("sort_order")
    ]
    if chosen:
        live = ResourcePage.objects.live().public().defer_streamfields()
        return [
            resource
            for resource in in_locale(chosen, page.locale_id, live)
            if resource.live and resource.locale_id == page.locale_id
        ]
    return list(
        ResourcePage.objects.sibling_of(page, inclusive=False)
        .live()
        .public()
        .filter(topic_id=page.topic_id)
        .defer_streamfields()
        .order_by("-last_reviewed")[:RELATED_COUNT]
    )


def resource_context(page, request):
    blocks, contents = sections(page.body)
    return {
        "topic": localized_topic(page),
        "body_blocks": blocks,
        "table_of_contents": contents,
        "reading_minutes": reading_minutes(page),
        "files": downloads(page, get_language()),
        "related_resources": related(page),
    }
