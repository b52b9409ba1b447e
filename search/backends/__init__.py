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
