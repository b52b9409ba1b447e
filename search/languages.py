"""Which stemmer each content language gets.

PostgreSQL ships a text search configuration per language (`\\dF` in psql), Elasticsearch a
built-in language analyzer per language. A language missing here is indexed and searched
without stemming (`simple` / `standard`): words are then found as written. Adding a content
language means adding it here too, when the engine has a stemmer for it (README, "Add a
language").
"""

from django.conf import settings

# Language code -> (PostgreSQL text search configuration, Elasticsearch analyzer). The two
# engines name these six alike, but not every language (Elasticsearch has "persian",
# PostgreSQL has not), so each has its column: write "simple" or "standard" where one engine
# has no stemmer for the language.
STEMMERS = {
    "en": ("english", "english"),
    "fr": ("french", "french"),
    "es": ("spanish", "spanish"),
    "pt": ("portuguese", "portuguese"),
    "ru": ("russian", "russian"),
    "ar": ("arabic", "arabic"),
}
POSTGRES_FALLBACK = "simple"
ELASTICSEARCH_FALLBACK = "standard"


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def postgres_config(language):
    return STEMMERS[language][0] if language in STEMMERS else POSTGRES_FALLBACK


def elasticsearch_analyzer(language):
    return STEMMERS[language][1] if language in STEMMERS else ELASTICSEARCH_FALLBACK


# Locale id -> language code. Locales are few and never renumbered; the map is reloaded when an
# id it does not know turns up (a language added since).
_locale_languages = {}


def locale_language(locale_id):
    if locale_id not in _locale_languages:
        from wagtail.models import Locale

        _locale_languages.clear()
        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_languages.get(locale_id)


def language_of(obj):
    """The language an indexed object is written in: its locale's for pages and translatable
    snippets, its own `language` field for documents, else None."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        return locale_language(locale_id)
    language = getattr(obj, "language", None)
    return language if isinstance(language, str) and language else None
