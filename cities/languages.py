"""The languages a host organisation can work in: `CITY_WORKING_LANGUAGES`, a list of language
codes Django knows, so that every name comes translated into the reader's language."""

from django.conf import settings
from django.utils.translation import get_language_info


def working_language_codes() -> list[str]:
    return list(settings.CITY_WORKING_LANGUAGES)


def language_name(code: str) -> str:
    """The language's name in the active language ("néerlandais" for `nl` in French)."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def working_language_choices() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in working_language_codes()]
