"""Lists of names in running text, in each language's own list format ("a, b and c", "a, b et c",
"a، b و c"), from Babel's CLDR data: never joined with ", " by hand."""

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, to_locale

_MARK = "\x00"


# The programme writes British English (dates "23 December 2026", lists without the serial
# comma: "French, English and Georgian"); CLDR's plain "en" is American.
CLDR_LOCALES = {"en": "en_GB"}


def cldr_locale(language=None):
    """Babel's locale for `language` (the active one by default), the site's default language's
    when Babel does not know it."""
    return _parsed(language or get_language() or settings.LANGUAGE_CODE)


@cache
def _parsed(language):
    try:
        return Locale.parse(CLDR_LOCALES.get(language, to_locale(language)))
    except (UnknownLocaleError, ValueError):
        default = settings.LANGUAGE_CODE
        return Locale.parse(CLDR_LOCALES.get(default, to_locale(default)))


def text_list(items, style="standard", language=None):
    """`items` (plain text) as one phrase in `language` (the active one by default)."""
    return format_list([str(item) for item in items], style=style, locale=cldr_locale(language))


def html_list(items, style="standard", language=None):
    """`items` as one phrase of HTML: each item escaped unless it is safe already (it may hold
    markup such as <bdi>), the language's separators escaped too, the whole safe."""
    items = list(items)
    # Format numbered placeholders, then put the items in their places: an item's own text is
    # never read as a separator, and format_html escapes every piece that is not safe.
    pattern = text_list([f"{_MARK}{n}{_MARK}" for n in range(len(items))], style, language)
    # The pieces alternate: separator, item number, separator, item number, ...
    pieces = [
        items[int(piece)] if index % 2 else piece
        for index, piece in enumerate(pattern.split(_MARK))
    ]
    return format_html("{}" * len(pieces), *pieces)


def own_name(code):
    """A site language's name written in that language, isolated from the text around it and
    marked with its language (`<bdi lang="fr">Français</bdi>`): "Русский" in an Arabic sentence
    keeps its place and is read out in Russian."""
    name = dict(settings.LANGUAGES).get(code, code)
    return format_html('<bdi lang="{}">{}</bdi>', code, name)


def own_names(codes):
    """`own_name` of each of `codes`, in the site's order of languages."""
    codes = set(codes)
    return [own_name(code) for code, _name in settings.LANGUAGES if code in codes]
