"""Wagtail's Elasticsearch 9 backend with a language analyzer per content language.

Each document gets, besides Wagtail's fields, `_title_<lang>` and `_text_<lang>` for the one
language it is written in, analysed by that language's built-in analyzer (`search.languages`).
A search in some languages matches those fields only (`multi_match` over them, the title
boosted), so French words are stemmed as French on both sides; with no languages given it is
Wagtail's query over `_all_text`. Autocomplete stays Wagtail's (edge n-grams, no stemming).
"""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from wagtail.search.index import SearchField
from wagtail.search.query import PlainText

from search.languages import (
    content_languages,
    elasticsearch_analyzer,
    language_of,
)

TITLE_BOOST = 2


def title_field(language):
    return f"_title_{language}"


def text_field(language):
    return f"_text_{language}"


class MultilingualMapping(Elasticsearch9Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        for language in content_languages():
            analyzer = {"type": "text", "analyzer": elasticsearch_analyzer(language)}
            mapping["properties"][title_field(language)] = dict(analyzer)
            mapping["properties"][text_field(language)] = dict(analyzer)
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        language = language_of(obj)
        if language in content_languages():
            titles, texts = [], []
            for field in self.model.get_search_fields():
                if isinstance(field, SearchField):
                    value = field.get_value(obj)
                    values = value if isinstance(value, list | tuple) else [value]
                    words = " ".join(str(item) for item in values if item)
                    (titles if field.field_name == "title" else texts).append(words)
            document[title_field(language)] = " ".join(titles)
            document[text_field(language)] = " ".join(texts)
        return document


class MultilingualQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = MultilingualMapping

    def __init__(self, *args, languages=None, **kwargs):
        self.languages = tuple(languages or ())
        super().__init__(*args, **kwargs)

    def get_inner_query(self):
        if not self.languages or self.fields or not isinstance(self.query, PlainText):
            return super().get_inner_query()
        fields = []
        for language in self.languages:
            fields += [f"{title_field(language)}^{TITLE_BOOST}", text_field(language)]
        match = {"query": self.query.query_string, "fields": fields}
        if self.query.operator != "or":
            match["operator"] = self.query.operator
        return {"multi_match": match}


class MultilingualElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    stems_per_language = True
    mapping_class = MultilingualMapping
    query_compiler_class = MultilingualQueryCompiler

    def search(self, query, model_or_queryset, *, languages=None, **kwargs):
        """Wagtail's `search`, in `languages` (default: every content language)."""
        return self._search(
            self.query_compiler_class,
            query,
            model_or_queryset,
            languages=languages or content_languages(),
            **{"operator": None, "order_by_relevance": True, "fields": None, **kwargs},
        )


SearchBackend = MultilingualElasticsearch9SearchBackend
