"""Search backends that stem each object in its own language and each query in the reader's.

Wagtail's backends take one stemmer per index. This site's pages are in six languages, so the
two backends here pick the stemmer per object (its locale's language) when indexing, and per
search (`search(..., languages=["fr"])`) when querying:

- `search.backends.database`: Wagtail's database backend; on PostgreSQL, one text search
  configuration per language (`search.languages`); on SQLite, Wagtail's own (no stemming).
- `search.backends.elasticsearch9`: Wagtail's Elasticsearch 9 backend with, per content
  language, a text field analysed by that language's analyzer.

`stems_per_language` tells `search.engine` that a backend takes `languages`.
"""

from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import RichTextField
from wagtail.search.index import SearchField

from home.text import BLOCK_BREAK, text_for_indexing
from search.languages import content_languages


class LanguagesSearchMixin:
    """A backend whose `search` takes the languages to look in."""

    stems_per_language = True

    def search(self, query, model_or_queryset, *, languages=None, **kwargs):
        """Wagtail's `search`, in `languages` (default: every content language)."""
        return self._search(
            self.query_compiler_class,
            query,
            model_or_queryset,
            languages=languages or content_languages(),
            **{"operator": None, "order_by_relevance": True, "fields": None, **kwargs},
        )


class LanguagesCompilerMixin:
    """A query compiler that knows the languages it searches in (`self.languages`)."""

    def __init__(self, *args, languages=None, **kwargs):
        self.languages = tuple(languages or ())
        super().__init__(*args, **kwargs)


def field_texts(obj):
    """(field name, text) for each of `obj`'s search fields, its value flattened to text (a
    StreamField gives a list of strings, one per block): what the engines index, for the
    Elasticsearch language fields and for the search page's excerpts. Blocks, paragraphs,
    headings and list items are kept apart by `home.text.BLOCK_BREAK` (white space)."""
    for field in obj.get_search_fields():
        if isinstance(field, SearchField):
            value = _value(field, obj)
            values = value if isinstance(value, list | tuple) else [value]
            yield field.field_name, BLOCK_BREAK.join(str(item) for item in values if item)


def _value(field, obj):
    try:
        model_field = field.get_field(type(obj))
    except FieldDoesNotExist:
        model_field = None
    if isinstance(model_field, RichTextField):  # Wagtail's flattening joins paragraphs
        return text_for_indexing(model_field.value_from_object(obj) or "")
    return field.get_value(obj)
