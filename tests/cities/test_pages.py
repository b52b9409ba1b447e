"""The city index and city pages as readers get them, in every language."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.utils import translation

from cities.demo import text as demo
from cities.factories import CityPageFactory
from cities.languages import languages_phrase
from cities.models import CityPage

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def city_names(html):
    return re.findall(r'<h2 class="city-card__name"><a href="[^"]+">([^<]+)</a>', html)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_index_lists_every_city_in_each_language(client, city_indexes, language):
    response = client.get(city_indexes[language].url)
    assert response.status_code == 200
    html = response.content.decode()
    names = city_names(html)
    assert sorted(names) == sorted(city.names[language] for city in demo.CITIES)
    assert html.count('class="network-map__marker') == len(demo.CITIES)


def test_a_city_card_says_where_who_and_whether_it_takes_applications(client, city_indexes):
    html = client.get(city_indexes["fr"].url).content.decode()
    card = html[html.index("La Haye</a>") :][:1500]
    assert "Pays-Bas" in card  # django-countries translates the country
    assert "Shelter City Den Haag" in card
    assert "Anglais et néerlandais" in card  # the working languages, named in French


def filtered(client, index, query):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_filter_by_region(client, city_indexes):
    html = filtered(client, city_indexes["en"], "region=africa")
    expected = sorted(city.names["en"] for city in demo.CITIES if city.region == "africa")
    assert sorted(city_names(html)) == expected
    assert f"{len(expected)} cities of {len(demo.CITIES)}" in html
    assert 'value="africa" selected' in html


def test_filter_by_working_language_and_applications(client, city_indexes):
    html = filtered(client, city_indexes["en"], "language=sw&open=yes")
    expected = sorted(
        city.names["en"] for city in demo.CITIES if "sw" in city.languages and city.accepting
    )
    assert expected and sorted(city_names(html)) == expected


def test_each_option_counts_the_cities_it_would_show(client, city_indexes):
    html = filtered(client, city_indexes["en"], "region=europe")
    europe = [city for city in demo.CITIES if city.region == "europe"]
    dutch_speaking = sum("nl" in city.languages for city in europe)
    assert f'<option value="nl">Dutch ({dutch_speaking})</option>' in html
    africa = sum(city.region == "africa" for city in demo.CITIES)
    # The region's own options count with the other filters only (none here).
    assert f'<option value="africa">Africa ({africa})</option>' in html


def test_no_match_says_so(client, city_indexes):
    html = filtered(client, city_indexes["en"], "region=middle-east")
    assert city_names(html) == []
    assert "No city matches these filters." in html


@pytest.mark.parametrize(
    "query",
    [
        "region=atlantis",
        "language=klingon&open=maybe",
        "region=" + "x" * 5000,
        "region[]=africa",
        "open=%FF%FE",
        "region=%00",
        "language=" + "%E2%80%AE" * 50,
    ],
)
def test_unknown_or_malformed_filters_give_the_whole_list(client, city_indexes, query):
    response = client.get(f"{city_indexes['en'].url}?{query}")
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        html = response.content.decode()
        assert len(city_names(html)) == len(demo.CITIES)


def test_an_unknown_value_is_reported(client, city_indexes):
    html = filtered(client, city_indexes["en"], "region=atlantis&open=yes")
    assert "We do not know the value given for Region, so that filter is not applied." in html
    # The valid filter still applies.
    assert len(city_names(html)) == sum(city.accepting for city in demo.CITIES)


def test_a_repeated_parameter_uses_one_value(client, city_indexes):
    html = filtered(client, city_indexes["en"], "region=asia&region=africa")
    assert sorted(city_names(html)) == sorted(
        city.names["en"] for city in demo.CITIES if city.region == "africa"
    )


def test_too_many_parameters_are_a_400(client, city_indexes):
    query = "&".join(f"p{number}=1" for number in range(1500))
    assert client.get(f"{city_indexes['en'].url}?{query}").status_code == 400


class JsonLd(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and ("type", "application/ld+json") in attrs

    def handle_data(self, data):
        if self._inside:
            self.blocks.append(json.loads(data))

    def handle_endtag(self, tag):
        self._inside = False


def test_city_page_in_french(client, the_hague):
    response = client.get(the_hague["fr"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>La Haye</h1>" in html
    for text in ("Pays-Bas", "Europe", "Shelter City Den Haag", "Anglais et néerlandais"):
        assert text in html, text
    assert 'alt="Une illustration à la place d’une photo de La Haye' in html
    assert "Amal" in html  # the participant's pseudonym, with consent
    assert the_hague["fr"].get_parent().url in html  # back to the list


def test_city_page_shows_the_country_and_region_not_raw_coordinates(client, the_hague):
    html = client.get(the_hague["en"].url).content.decode()
    facts = html[html.index('<dl class="facts facts--city">') :]
    facts = facts[: facts.index("</dl>")]
    assert "<dt>Country</dt>" in facts and "Netherlands" in facts
    assert "<dt>Region</dt>" in facts and "Europe" in facts
    assert "Coordinates" not in facts
    assert "52.0705" not in html.replace('"latitude": 52.0705', "")  # only in the JSON-LD


def test_city_page_structured_data(client, the_hague):
    parser = JsonLd()
    parser.feed(client.get(the_hague["en"].url).content.decode())
    (data,) = parser.blocks
    assert data["@type"] == "City"
    assert data["name"] == "The Hague"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 52.0705, "longitude": 4.3007}
    assert data["containedInPlace"] == {"@type": "Country", "name": "Netherlands"}
    assert data["url"] == f"http://testserver{the_hague['en'].url}"


def test_structured_data_cannot_close_its_script(client, the_hague):
    page = the_hague["en"]
    page.introduction = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    parser = JsonLd()
    parser.feed(html)
    assert parser.blocks[0]["description"] == "</script><script>alert(1)</script>"


def test_previous_and_next_follow_the_list(client, city_indexes):
    names = sorted(city.names["en"] for city in demo.CITIES)
    middle = CityPage.objects.get(locale__language_code="en", title=names[1])
    html = client.get(middle.url).content.decode()
    assert re.search(
        rf'rel="prev"><span class="pager__label">Previous city</span> {names[0]}', html
    )
    assert re.search(rf'rel="next"><span class="pager__label">Next city</span> {names[2]}', html)
    first = CityPage.objects.get(locale__language_code="en", title=names[0])
    assert 'rel="prev"' not in client.get(first.url).content.decode()


def test_a_city_can_keep_its_defenders_private(client, the_hague):
    page = the_hague["en"]
    assert "61" in client.get(page.url).content.decode()
    page.hide_defenders = True
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Not disclosed, for the safety of participants" in html
    assert "Amal" not in html  # no name, not even a pseudonym
    assert "A past participant" in html


def test_a_quote_without_consent_is_not_shown(client, the_hague):
    page = the_hague["en"]
    quote = next(block for block in page.stay if block.block_type == "participant_quote")
    page.stay = [
        ("participant_quote", {**quote.value, "consent": False})
        if block.block_type == "participant_quote"
        else (block.block_type, block.value)
        for block in page.stay
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert quote.value["quote"] not in html


def test_a_city_with_its_own_process_links_to_it(client):
    page = CityPage.objects.get(locale__language_code="es", slug="san-jose")
    html = client.get(page.url).content.decode()
    assert "https://example.org/shelter-city-san-jose/apply/" in html
    assert "Guatemala" in html  # eligible countries, named in Spanish
    assert "Costa Rica" in html


def test_the_apply_link_goes_to_the_page_in_the_readers_language(client, the_hague, home_pages):
    english = the_hague["en"]
    english.application_page = home_pages["en"]
    english.save_revision().publish()
    # The link is synchronised; each language links to its own version of the page.
    french = CityPage.objects.get(pk=the_hague["fr"].pk)
    french.application_page = home_pages["en"]
    french.save_revision().publish()
    html = client.get(french.url).content.decode()
    assert f'class="button" href="{home_pages["fr"].url}"' in html


def test_draft_cities_are_not_listed(client, city_indexes):
    draft = CityPageFactory(parent=city_indexes["en"], title="Draft city", live=False)
    assert "Draft city" not in client.get(city_indexes["en"].url).content.decode()
    assert client.get(draft.url).status_code == 404


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "French, English and Georgian"),
        ("fr", "Français, anglais et géorgien"),
        ("ru", "Французский, английский и грузинский"),
        ("ar", "الفرنسية والإنجليزية والجورجية"),
    ],
)
def test_working_languages_read_as_one_phrase_in_the_readers_language(language, phrase):
    """Names as running text writes them (lower case in French and Russian), the first a
    capital, joined by the language's own list words."""
    with translation.override(language):
        assert languages_phrase(["fr", "en", "ka"]) == phrase
