"""Demonstration content of the cities app: the city index and twenty Shelter Cities with their
host organisations and photos, in every configured language.

Runs after the home app's demo (INSTALLED_APPS order), under the English home page.
"""

from decimal import Decimal

from wagtail.rich_text import RichText

from cities.factories import CityIndexPageFactory, CityPageFactory, OrganisationFactory
from cities.models import CityHost, CityPage, Organisation
from home.demo.tools import (
    demo_key,
    ensure_section_index,
    publish,
    source_home,
    translate_each,
)

from . import text as T
from .images import demo_photo


def ensure_organisation(city, locale):
    key = demo_key(f"cities:organisation:{city.slug}")
    # The text is registered in the catalogue even when the organisation exists already, so that
    # a run that stopped halfway can still translate it.
    name = T.catalogue.same(f"Shelter City {city.local_name}")
    description = T.templated(T.ORGANISATION_DESCRIPTION, city.names)
    organisation = Organisation.objects.filter(translation_key=key, locale=locale).first()
    if organisation is None:
        organisation = OrganisationFactory(
            locale=locale,
            translation_key=key,
            name=name,
            website=f"https://example.org/shelter-city-{city.slug}/",
            description=description,
        )
    return organisation


def stay_blocks(city, position):
    items = "".join(f"<li>{item}</li>" for item in T.STAY_ITEMS)
    blocks = [
        ("paragraph", RichText(f"<p>{T.templated(T.STAY_LEAD, city.names)}</p><ul>{items}</ul>")),
        (
            "participant_quote",
            {
                "quote": T.QUOTES[position % len(T.QUOTES)],
                "pseudonym": T.PSEUDONYMS[position % len(T.PSEUDONYMS)],
                "consent": True,
            },
        ),
    ]
    return blocks


def ensure_city(index, city, position, log):
    key = demo_key(f"cities:{city.slug}")
    page = CityPage.objects.filter(translation_key=key, locale=index.locale).first()
    organisation = ensure_organisation(city, index.locale)
    eligibility = f"<p>{T.ELIGIBILITY}</p>"
    if city.eligible_countries:
        eligibility += f"<p>{T.REGIONAL_ELIGIBILITY}</p>"
    text = {
        "introduction": T.templated(T.INTRO, city.names, year=city.year),
        "photo_alt_text": T.templated(T.PHOTO_ALT, city.names),
        "stay": stay_blocks(city, position),
        "eligibility": eligibility,
        "application_text": (
            T.templated(T.APPLY_OWN_PROCESS, city.names)
            if city.own_process
            else T.APPLY_THROUGH_CALL
        ),
        "contact_address": T.templated(T.ADDRESS, city.names),
    }
    T.catalogue.text(city.names["en"], **{code: city.names[code] for code in T.LANGUAGES[1:]})
    if page is None:
        page = CityPageFactory(
            parent=index,
            locale=index.locale,
            translation_key=key,
            title=city.names["en"],
            slug=city.slug,
            **text,
            country=city.country,
            region=city.region,
            latitude=Decimal(str(city.latitude)),
            longitude=Decimal(str(city.longitude)),
            year_joined=city.year,
            working_languages=city.languages,
            photo=demo_photo(city.slug, f"{city.names['en']} (demonstration image)"),
            eligible_countries=city.eligible_countries,
            accepting_applications=city.accepting,
            application_url=(
                f"https://example.org/shelter-city-{city.slug}/apply/" if city.own_process else ""
            ),
            contact_email=f"{city.slug}@example.org",
            defenders_hosted=city.hosted,
            hide_defenders=city.hide_defenders,
        )
        page.hosts = [CityHost(organisation=organisation, sort_order=0)]
        page.save()
        publish(page)
        log(f"cities: {position + 1}/{len(T.CITIES)} created the city: {page.title}")
    return page, organisation


def load(log=print):
    home = source_home(log)
    if home is None:
        return
    index = ensure_section_index(
        home,
        CityIndexPageFactory,
        "cities",
        title=T.INDEX_TITLE,
        slug="cities",
        introduction=T.INDEX_INTRO,
        log=log,
    )
    made = [ensure_city(index, city, position, log) for position, city in enumerate(T.CITIES)]
    organisations = [organisation for _page, organisation in made]
    translate_each("cities: host organisations", organisations, T.catalogue, log)
    translate_each("cities: pages", [index, *(page for page, _ in made)], T.catalogue, log)
