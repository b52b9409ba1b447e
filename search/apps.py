from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The search page: every language's pages, read from the domain apps (which never import
    this one), with per-language stemming on PostgreSQL and Elasticsearch."""

    name = "search"
    label = "sitesearch"  # `wagtailsearch` is Wagtail's; this one holds no models
    verbose_name = "Search"

    def ready(self):
        from search import checks, signals  # noqa: F401
