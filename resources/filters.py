"""The library's filters (topic, format, level, language; home.facets does the filtering and
counting) and its sort orders."""

import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, FacetedFilterForm
from resources.choices import Format, Level

SORTS = {
    "newest": _("Newest first"),
    "reviewed": _("Most recently reviewed"),
}
DEFAULT_SORT = "newest"


def sort_field(selected):
    """The sort order, drawn as one more select of the filter form (its options have no
    count)."""
    return {
        "name": "sort",
        "label": _("Sort"),
        "options": [
            {"value": value, "label": label, "count": None, "selected": value == selected}
            for value, label in SORTS.items()
        ],
    }


EARLIEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def sort_key(name):
    """Newest first or most recently reviewed first (sorted in reverse); a value that is not
    set yet (a page made in code and never published) sorts last instead of failing."""
    if name == "reviewed":
        return lambda page: (page.last_reviewed or EARLIEST.date(), page.pk)
    return lambda page: (page.first_published_at or EARLIEST, page.pk)


def topic_facet(topics, slug_of):
    """The topic filter, over `topics` (loaded already, in the reader's language first);
    `slug_of(item)` is the item's topic slug or None. The library's and search's."""
    choices = [(topic.slug, topic.name) for topic in topics]
    return Facet(
        "topic",
        _("Topic"),
        _("All topics"),
        lambda: choices,
        lambda item: {slug} if (slug := slug_of(item)) else set(),
    )


class LibraryFilterForm(FacetedFilterForm):
    def __init__(self, data, items, topics):
        self.facet_list = [
            topic_facet(topics, lambda page: getattr(page.localized_topic, "slug", None)),
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
