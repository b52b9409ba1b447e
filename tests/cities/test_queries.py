"""Query budgets of the city pages: fixed, whatever the number of cities.

With the shared cache warm (home/caching.py), what every page repeats (site, route, menu,
language versions, breadcrumbs, settings, the banner's calls, view restrictions) costs nothing.
The index (1): the page; its cities with their hosts and the hosts' translations (3 when they
are computed) and its map are kept in the shared cache too. A city page (6): the page (1),
its hosts (1) and their translations (1), its neighbours (1), its parent for the way back (1),
and the photo (1; renditions come from the cache).
Counted, not guessed: changing one of these numbers is a decision.
"""

import pytest

from cities.factories import CityIndexPageFactory, CityPageFactory, OrganisationFactory
from cities.models import CityHost

CITY_INDEX_QUERIES = 1
CITY_PAGE_QUERIES = 6


@pytest.mark.parametrize("number_of_cities", [3, 30])
def test_the_index_makes_the_same_queries_for_3_and_30_cities(
    client, home_pages, django_assert_num_queries, number_of_cities
):
    french = home_pages["fr"]
    index = CityIndexPageFactory(parent=french, locale=french.locale, slug="more-cities")
    for number in range(number_of_cities):
        city = CityPageFactory(parent=index, locale=french.locale, title=f"Ville {number}")
        # Hosts link to the English organisation; the reader sees its French translation.
        organisation = OrganisationFactory()
        OrganisationFactory(
            locale=french.locale,
            translation_key=organisation.translation_key,
            name=f"Hôte {number}",
        )
        CityHost.objects.create(city=city, organisation=organisation)
    client.get(index.url)
    with django_assert_num_queries(CITY_INDEX_QUERIES):
        response = client.get(index.url)
    html = response.content.decode()
    assert html.count('class="city-card"') == number_of_cities
    assert html.count("Hôte ") == number_of_cities


def test_a_city_page_stays_within_its_budget(client, the_hague, django_assert_num_queries):
    url = the_hague["fr"].url
    client.get(url)
    with django_assert_num_queries(CITY_PAGE_QUERIES):
        assert client.get(url).status_code == 200
