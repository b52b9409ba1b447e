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
from wagtail.search.query import PlainText

from search.backends import LanguagesCompilerMixin, LanguagesSearchMixin, field_texts
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
            texts = list(field_texts(obj))
            document[title_field(language)] = " ".join(t for name, t in texts if name == "title")
            document[text_field(language)] = " ".join(t for name, t in texts if name != "title")
        return document


class MultilingualQueryCompiler(LanguagesCompilerMixin, Elasticsearch9SearchQueryCompiler):
    mapping_class = MultilingualMapping

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


class MultilingualElasticsearch9SearchBackend(LanguagesSearchMixin, Elasticsearch9SearchBackend):
    mapping_class = MultilingualMapping
    query_compiler_class = MultilingualQueryCompiler


SearchBackend = MultilingualElasticsearch9SearchBackend
