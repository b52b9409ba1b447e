"""The library's filters (topic, format, level, language; home.facets does the filtering and
counting, in the database) and its sort orders."""

from django.conf import settings
from django.db.models import F, Q
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


def sort_order(name):
    """Newest first or most recently reviewed first; a value that is not set yet (a page made
    in code and never published) sorts last instead of failing; the newest page first among
    equals."""
    field = "last_reviewed" if name == "reviewed" else "first_published_at"
    return [F(field).desc(nulls_last=True), "-pk"]


def topic_facet(topics, slug_of=None, where=None):
    """The topic filter, over `topics` (loaded already, in the reader's language first);
    `slug_of(item)` is the item's topic slug or None (in memory, search's), or `where(slug)`
    the condition for it (in the database, the library's)."""
    choices = [(topic.slug, topic.name) for topic in topics]
    return Facet(
        "topic",
        _("Topic"),
        _("All topics"),
        lambda: choices,
        (lambda item: {slug} if (slug := slug_of(item)) else set()) if slug_of else None,
        where,
    )


class LibraryFilterForm(FacetedFilterForm):
    """The library's filters over `resources`, a QuerySet: filtered and counted in the
    database. `topics`: the options, in the reader's language first; `topic_ids(slug)`: the
    ids of the topics shown under that slug (each language's version of a topic);
    `in_language(code)`: the condition for a resource to be available in a language
    (resources.models.pages.available_in)."""

    def __init__(self, data, resources, topics, topic_ids, in_language):
        self.facet_list = [
            topic_facet(topics, where=lambda slug: Q(topic_id__in=topic_ids(slug))),
            Facet(
                "format",
                _("Format"),
                _("All formats"),
                lambda: Format.choices,
                where=lambda value: Q(format=value),
            ),
            Facet(
                "level",
                _("Level"),
                _("All levels"),
                lambda: Level.choices,
                where=lambda value: Q(level=value),
            ),
            Facet(
                "language",
                _("Available in"),
                _("Any language"),
                lambda: list(settings.LANGUAGES),
                where=in_language,
            ),
        ]
        super().__init__(data, resources)
