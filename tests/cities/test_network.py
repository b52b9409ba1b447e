"""The map of the network and the home page's numbers."""

import re
import xml.etree.ElementTree as ET

import pytest

from cities.demo import text as demo
from cities.factories import CityPageFactory
from cities.map import HEIGHT, WIDTH, build_map, project
from cities.models import CityPage

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def rendered_map(client, index):
    html = client.get(index.url).content.decode()
    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    return ET.fromstring(svg)  # noqa: S314 (our own page, and the test of its well-formedness)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_marker_per_city_inside_the_view_box_with_its_name(client, city_indexes, language):
    # French and Arabic write decimals with a comma: the SVG's numbers must not follow.
    svg = rendered_map(client, city_indexes[language])
    assert svg.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    markers = svg.findall(f"{SVG}a")
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


def test_the_map_is_labelled_in_the_readers_language(client, city_indexes):
    svg = rendered_map(client, city_indexes["fr"])
    labels = {marker.get("aria-label") for marker in svg.findall(f"{SVG}a")}
    assert "La Haye, Pays-Bas" in labels


def test_filtered_cities_stand_out_on_the_map(client, city_indexes):
    html = client.get(f"{city_indexes['en'].url}?region=asia").content.decode()
    asia = sum(city.region == "asia" for city in demo.CITIES)
    assert html.count("network-map__marker is-match") == asia
    assert html.count('class="network-map__marker') == len(demo.CITIES)


def test_projection_places_known_points():
    assert project(0, 0) == (WIDTH / 2, project(0, 10)[1])
    west, _ = project(0, -180)
    east, _ = project(0, 180)
    assert (west, east) == (0, WIDTH)
    _, top = project(89, 0)  # beyond the map's northern edge: pinned to it
    _, bottom = project(-89, 0)
    assert (top, bottom) == (0, HEIGHT)


def test_visible_labels_never_overlap(city_indexes):
    cities = list(CityPage.objects.child_of(city_indexes["en"]))
    markers = build_map(cities)["markers"]
    boxes = []
    for marker in markers:
        if marker.label_x is None:
            continue
        width = len(marker.city.title) * 6.6
        left = marker.label_x if marker.label_anchor == "start" else marker.label_x - width
        box = (left, marker.label_y - 11, left + width, marker.label_y + 2)
        assert box[0] >= 0 and box[2] <= WIDTH
        for other in boxes:
            assert not (
                box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
            ), (marker.city.title, other)
        boxes.append(box)
    # Most cities get a visible name; the Dutch cluster cannot fit them all.
    assert len(boxes) >= len(markers) // 2


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
