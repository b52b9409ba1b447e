"""Wagtail's database backend, stemming per language on PostgreSQL.

Each index entry's vectors are built with the text search configuration of the object's
language (`english` for an English page, `french` for a French one, `simple` for a language
PostgreSQL has no stemmer for). A search names the languages it looks in; its query is built
once per configuration and the parts joined with OR, so "passwords" searched in English matches
the lexeme `password` stored for English pages, and searching every language matches each page
in its own language's terms.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.db import connection
from wagtail.search.backends import database
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backends import LanguagesCompilerMixin, LanguagesSearchMixin
from search.languages import (
    POSTGRES_FALLBACK,
    language_of,
    postgres_config,
)


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index `objs` in groups, one per text search configuration, each through Wagtail's
        own bulk insert with a copy of the backend set to that configuration."""
        groups = defaultdict(list)
        for obj in objs:
            groups[postgres_config(language_of(obj))].append(obj)
        for config, group in groups.items():
            PostgresIndex.add_items(type(self)(self.backend.with_config(config)), model, group)


class MultilingualQueryMixin(LanguagesCompilerMixin):
    def build_tsquery(self, query, config=None):
        """The query built with each searched language's configuration, joined with OR."""
        configs = dict.fromkeys(postgres_config(code) for code in self.languages)
        if not configs:
            return super().build_tsquery(query, config=config)
        parts = []
        for each in configs:  # a loop: super() takes no argument inside a comprehension
            part = super().build_tsquery(query, config=each)
            if part is not None:
                parts.append(part)
        return reduce(lambda a, b: a | b, parts) if parts else None


class MultilingualPostgresSearchQueryCompiler(MultilingualQueryMixin, PostgresSearchQueryCompiler):
    pass


class MultilingualPostgresSearchBackend(LanguagesSearchMixin, PostgresSearchBackend):
    index_class = MultilingualPostgresIndex
    query_compiler_class = MultilingualPostgresSearchQueryCompiler
    # Autocomplete matches word beginnings as typed, never stemmed: Wagtail's own (`simple`).

    def __init__(self, params):
        super().__init__(params)
        # Objects with no language (images, admin-only models) are indexed without stemming.
        self.config = params.get("SEARCH_CONFIG") or POSTGRES_FALLBACK

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


def SearchBackend(params):
    """What `WAGTAILSEARCH_BACKENDS` names: the multilingual backend on PostgreSQL, Wagtail's
    database backend (no stemming) on SQLite and others."""
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    return database.SearchBackend(params)
