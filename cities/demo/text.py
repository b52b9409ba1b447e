"""The cities app's demonstration text and cities, read from `content.yaml` beside this file
(every text in every language: correct it there).

The cities are real Shelter Cities and their places are real; everything else about them (hosts,
years, numbers, quotes, addresses) is invented and every profile says so on the page.
"""

from dataclasses import dataclass, field
from pathlib import Path

from home.demo.tools import DemoContentError, DemoText

text = DemoText(Path(__file__).with_name("content.yaml"))
catalogue = text.catalogue
LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar")


def templated(templates: dict[str, str], names: dict[str, str] | None = None, **values) -> str:
    """Register the text made from one template per language; `names` gives the city's name in
    each language. Returns the English text."""
    filled = {
        code: template.format(**values, city=(names or {}).get(code, ""))
        for code, template in templates.items()
    }
    return catalogue.add(filled)


INDEX_TITLE = text.text("index", "title")
INDEX_INTRO = text.text("index", "introduction")

INTRO = text.template("city", "introduction")
PHOTO_ALT = text.template("city", "photo_alt_text")
STAY_LEAD = text.template("city", "stay_lead")
STAY_ITEMS = text.texts("city", "stay_items")
QUOTES = text.texts("city", "quotes")
PSEUDONYMS = text.texts("city", "pseudonyms")
ELIGIBILITY = text.text("city", "eligibility")
REGIONAL_ELIGIBILITY = text.text("city", "regional_eligibility")
APPLY_THROUGH_CALL = text.text("city", "apply_through_call")
APPLY_OWN_PROCESS = text.template("city", "apply_own_process")
ADDRESS = text.template("city", "contact_address")
ORGANISATION_DESCRIPTION = text.template("city", "organisation_description")


@dataclass(frozen=True)
class DemoCity:
    slug: str
    names: dict[str, str]  # the city's name in every language
    local_name: str  # in the host's own usage, for the organisation's name
    country: str
    region: str
    latitude: float
    longitude: float
    year: int
    languages: list[str]
    accepting: bool = True
    own_process: bool = False
    hide_defenders: bool = False
    hosted: int | None = None
    eligible_countries: list[str] = field(default_factory=list)


def read_city(data) -> DemoCity:
    names = data.pop("name")
    if set(names) != set(LANGUAGES):
        raise DemoContentError(f"{text.path}: {data.get('slug')}: a name in each of {LANGUAGES}")
    for codes in ("languages", "eligible_countries"):
        # Unquoted, YAML reads some two-letter codes as booleans (NO, ON): "quote them".
        if not all(isinstance(code, str) for code in data.get(codes, [])):
            raise DemoContentError(f"{text.path}: {data.get('slug')}: quote the codes of {codes}")
    return DemoCity(names={code: names[code] for code in LANGUAGES}, **data)


CITIES = [read_city(dict(data)) for data in text.get("cities")]
