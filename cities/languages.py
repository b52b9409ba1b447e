"""The languages a host organisation can work in: `CITY_WORKING_LANGUAGES`, a list of language
codes Django knows, so that every name comes translated into the reader's language."""

from django.conf import settings
from django.utils.translation import get_language_info

from home.lists import cldr_locale, text_list


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


def name_in_text(code: str) -> str:
    """The language's name as running text writes it in the active language, from CLDR
    ("английский", "néerlandais": lower case where the language writes it so); Django's name
    when CLDR has none."""
    return cldr_locale().languages.get(code) or language_name(code)


def languages_phrase(codes) -> str:
    """ "Английский и нидерландский", "Anglais et néerlandais", "English and Dutch": the names
    as one phrase in the reader's list format, its first letter a capital (it stands alone as a
    value)."""
    phrase = text_list([name_in_text(code) for code in codes])
    return phrase[:1].upper() + phrase[1:]
