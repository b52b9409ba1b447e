"""The map of the network and the home page's numbers."""

import itertools
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from cities import map as network_map
from cities.demo import text as demo
from cities.factories import CityPageFactory
from cities.map import HEIGHT, WIDTH, build_map, overlaps, project, text_width
from cities.models import CityPage

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"
REGIONS = sorted({city.region for city in demo.CITIES})
DUTCH = {city.slug for city in demo.CITIES if city.country == "NL"}


def rendered_map(client, url):
    html = client.get(url).content.decode()
    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    return ET.fromstring(svg)  # noqa: S314 (our own page, and the test of its well-formedness)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_marker_per_city_inside_the_view_box_with_its_name(client, city_indexes, language):
    # French and Arabic write decimals with a comma: the SVG's numbers must not follow.
    svg = rendered_map(client, city_indexes[language].url)
    assert svg.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    assert svg.get("dir") is None  # not allowed on <svg>: site.css sets its direction
    markers = list(svg.iter(f"{SVG}a"))
    assert len(markers) == len(demo.CITIES)
    labels = {marker.get("aria-label") for marker in markers}
    assert {"en": "The Hague, Netherlands", "fr": "La Haye, Pays-Bas", "ar": "لاهاي, هولندا"}[
        language
    ] in labels
    for marker in markers:
        circle = marker.find(f"{SVG}circle")
        assert 0 <= float(circle.get("cx")) <= WIDTH
        assert 0 <= float(circle.get("cy")) <= HEIGHT
        assert marker.find(f"{SVG}title").text == marker.get("aria-label")
        assert marker.get("href").startswith(f"/{language}/cities/")
        # Every city's name is printed beside its marker (none needs the numbered key).
        name = marker.find(f"{SVG}text")
        assert name is not None and marker.get("aria-label").startswith(name.text)
    assert svg.find(f".//{SVG}path[@class='network-map__land']").get("d").startswith("M")


def test_the_map_is_labelled_in_the_readers_language(client, city_indexes):
    svg = rendered_map(client, city_indexes["fr"].url)
    labels = {marker.get("aria-label") for marker in svg.iter(f"{SVG}a")}
    assert "La Haye, Pays-Bas" in labels
    assert "Pays-Bas" in [text.text for text in svg.iter(f"{SVG}text")]  # the inset's title


def test_filtered_cities_stand_out_on_the_map(client, city_indexes):
    html = client.get(f"{city_indexes['en'].url}?region=asia").content.decode()
    asia = sum(city.region == "asia" for city in demo.CITIES)
    assert html.count("network-map__marker is-match") == asia
    assert html.count('class="network-map__marker') == len(demo.CITIES)


def test_projection_places_known_points():
    assert project(0, network_map.WEST)[0] == 0
    assert project(0, network_map.EAST)[0] == pytest.approx(WIDTH, abs=0.1)
    assert project(network_map.NORTH, 0)[1] == 0
    assert project(network_map.SOUTH, 0)[1] == pytest.approx(HEIGHT, abs=0.5)
    # Beyond the map's edges: pinned to them.
    assert project(89, -179) == (0, 0)
    # East is right, north is up.
    assert project(10, 20)[0] > project(10, 10)[0]
    assert project(20, 10)[1] < project(10, 10)[1]


def all_markers(drawn):
    return drawn["markers"] + drawn["inset_markers"]


def check_layout(drawn):
    """The promises of the map's layout, whatever the cities and the language."""
    markers = all_markers(drawn)
    inset = drawn["inset"]
    for marker in markers:
        if marker.is_match:  # every matching city is named, or numbered in the key
            assert marker.label or marker.number, marker.city.title
        if marker.label:
            box = marker.label.box
            assert box[0] >= 0 and box[1] >= 0 and box[2] <= WIDTH and box[3] <= HEIGHT
            if marker.in_inset:
                assert inset["box"][0] <= box[0] and box[2] <= inset["box"][2]
                assert inset["box"][1] <= box[1] and box[3] <= inset["box"][3]
            elif inset:
                assert not overlaps(box, inset["box"]), marker.city.title
            for other in markers:
                centre = (other.x, other.y, other.x, other.y)
                assert not overlaps(box, centre), (marker.city.title, other.city.title)
            # Wide enough for the name, however the reader's font draws it.
            assert box[2] - box[0] >= text_width(marker.city.title) - 1e-9
    boxes = [(marker.city.title, marker.label.box) for marker in markers if marker.label]
    for (name, box), (other_name, other) in itertools.combinations(boxes, 2):
        assert not overlaps(box, other), (name, other_name)
    numbers = [marker.number for marker in drawn["numbered"]]
    assert numbers == list(range(1, len(numbers) + 1))


def demo_cities(index):
    return list(CityPage.objects.child_of(index).live())


@pytest.mark.parametrize("language", demo.LANGUAGES)
def test_every_name_fits_without_collisions_in_every_language_and_filter(city_indexes, language):
    cities = demo_cities(city_indexes[language])
    with translation.override(language):
        for region, rtl in itertools.product([None, *REGIONS], [False, True]):
            matching = [city for city in cities if region in (None, city.region)]
            drawn = build_map(cities, matching, rtl=rtl)
            check_layout(drawn)
            # The demo's cities all have room for their names, filtered or not.
            assert [marker for marker in all_markers(drawn) if marker.is_match] == [
                marker for marker in all_markers(drawn) if marker.is_match and marker.label
            ], (language, region, rtl)
            assert drawn["numbered"] == []


def test_names_go_on_the_reading_side(city_indexes):
    cities = demo_cities(city_indexes["ar"])
    ltr = {marker.city.pk: marker for marker in all_markers(build_map(cities))}
    rtl = {marker.city.pk: marker for marker in all_markers(build_map(cities, rtl=True))}
    for markers, after, before in ((ltr, "start", "end"), (rtl, "end", "start")):
        for marker in markers.values():
            label = marker.label
            if label.anchor == "start":
                assert label.box[0] > marker.x  # the name begins right of the marker
            elif label.anchor == "end":
                assert label.box[2] < marker.x  # the name ends left of it
        anchors = [marker.label.anchor for marker in markers.values()]
        assert anchors.count(after) > len(anchors) / 2 > anchors.count(before)
    # A city alone: right of its marker in English, left of it in Arabic.
    kampala = next(city for city in cities if city.slug == "kampala")
    (alone,) = build_map([kampala])["markers"]
    (mirrored,) = build_map([kampala], rtl=True)["markers"]
    assert (alone.label.anchor, mirrored.label.anchor) == ("start", "end")
    assert alone.label.x > alone.x and mirrored.label.x < mirrored.x


def test_the_dutch_cities_are_apart_in_the_inset(city_indexes):
    with translation.override("en"):
        drawn = build_map(demo_cities(city_indexes["en"]))
    inset = drawn["inset"]
    assert {marker.city.slug for marker in drawn["inset_markers"]} == DUTCH
    assert DUTCH.isdisjoint(marker.city.slug for marker in drawn["markers"])
    assert inset["title"] == "Netherlands"
    for one, other in itertools.combinations(drawn["inset_markers"], 2):
        distance = ((one.x - other.x) ** 2 + (one.y - other.y) ** 2) ** 0.5
        assert distance > 2 * network_map.MARKER_RADIUS + 4, (one.city.title, other.city.title)
        for marker in (one, other):
            assert inset["box"][0] < marker.x < inset["box"][2]
            assert inset["box"][1] < marker.y < inset["box"][3]
    # The inset hides no other city, and the rectangle on the main map frames the Netherlands.
    for marker in drawn["markers"]:
        r = network_map.MARKER_RADIUS
        assert not overlaps((marker.x - r, marker.y - r, marker.x + r, marker.y + r), inset["box"])
    the_hague = project(52.0705, 4.3007)
    focus = inset["focus"]
    assert focus[0] < the_hague[0] < focus[2] and focus[1] < the_hague[1] < focus[3]


def test_no_inset_without_a_city_in_it(city_indexes):
    cities = [city for city in demo_cities(city_indexes["en"]) if city.slug not in DUTCH]
    drawn = build_map(cities)
    assert drawn["inset"] is None and drawn["inset_markers"] == []
    check_layout(drawn)


def crowd(count):
    """`count` cities a degree apart around Nairobi: far too close for all their names."""
    return [
        SimpleNamespace(
            pk=number,
            title=f"Город номер {number}",
            latitude=-1.3 + (number % 4) * 0.9,
            longitude=36.8 + (number // 4) * 0.9,
        )
        for number in range(count)
    ]


@pytest.mark.parametrize("rtl", [False, True])
def test_a_name_that_fits_nowhere_gets_a_number(rtl):
    cities = crowd(16)
    matching = cities[::2]
    drawn = build_map(cities, matching, rtl=rtl)
    check_layout(drawn)
    numbered = drawn["numbered"]
    assert numbered, "the crowd leaves no room for every name"
    assert all(marker.is_match and marker.label is None for marker in numbered)
    assert all(marker.radius > network_map.MARKER_RADIUS for marker in numbered)
    # Other cities without room go without a label (their link keeps the name).
    assert all(marker.number is None for marker in drawn["markers"] if not marker.is_match)


def test_the_numbered_key_lists_the_cities_without_a_label(client, city_indexes):
    index = city_indexes["en"]
    for number in range(12):
        CityPageFactory(
            parent=index,
            title=f"Crowded {number}",
            latitude=Decimal(f"{-1.3 + (number % 4) * 0.9:.4f}"),
            longitude=Decimal(f"{36.8 + (number // 4) * 0.9:.4f}"),
            country="KE",
            region="africa",
        )
    html = client.get(index.url).content.decode()
    svg = ET.fromstring(re.search(r"<svg .*?</svg>", html, re.S).group(0))  # noqa: S314
    numbered = {
        marker.find(f"{SVG}text[@class='network-map__number']").text: marker.get("href")
        for marker in svg.iter(f"{SVG}a")
        if marker.find(f"{SVG}text[@class='network-map__number']") is not None
    }
    assert numbered
    key = re.search(r'<ol class="network-map__key">(.*?)</ol>', html, re.S).group(1)
    entries = dict(re.findall(r'<li value="(\d+)"><a href="([^"]+)">', key))
    assert entries == numbered


def numbers(html):
    section = html[html.index('class="network-numbers"') :]
    return [int(value) for value in re.findall(r"<strong>(\d+)</strong>", section)[:3]]


def test_the_home_page_counts_the_published_network(client, home_pages):
    expected = [
        len(demo.CITIES),
        len({city.country for city in demo.CITIES}),
        len({city.region for city in demo.CITIES}),
    ]
    for language in ("en", "ar"):
        assert numbers(client.get(home_pages[language].url).content.decode()) == expected


def test_the_numbers_follow_publishing(client, home_pages, city_indexes):
    before = numbers(client.get("/en/").content.decode())
    CityPageFactory(parent=city_indexes["en"], title="Beirut", country="LB", region="middle-east")
    after_publishing = numbers(client.get("/en/").content.decode())
    assert after_publishing == [before[0] + 1, before[1] + 1, before[2] + 1]
    # A city only published in its translations, or unpublished everywhere, is counted once or
    # not at all: the English The Hague unpublished, its translations still live.
    CityPage.objects.get(locale__language_code="en", slug="the-hague").unpublish()
    assert numbers(client.get("/en/").content.decode()) == after_publishing
    for page in CityPage.objects.filter(slug="the-hague"):
        page.unpublish()
    assert numbers(client.get("/en/").content.decode())[0] == after_publishing[0] - 1
