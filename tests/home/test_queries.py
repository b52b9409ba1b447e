"""Query budgets: fixed per page type, and not growing with the number of items shown."""

import pytest

from home.factories import StandardPageFactory

# With the shared cache warm (home/caching.py), what every page repeats costs nothing: the
# site, the route to the page, the home page of each language, the menu, the language versions,
# the breadcrumbs, the site settings, the calls behind the banner, the view restrictions. What
# is left: the page itself (1), and on the home page its body's images (1). The home page's
# network in numbers and newest resources are kept rendered, per language.
# tests/home/test_caching.py checks every page type against the budgets of issue 17 and what a
# page costs with the cache empty.
# Counted, not guessed: changing one of these numbers is a decision.
HOME_PAGE_QUERIES = 2
STANDARD_PAGE_QUERIES = 1


def test_home_page_query_count(client, db, django_assert_num_queries):
    client.get("/fr/")  # warm the site root paths cache, as any running server has
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/fr/").status_code == 200


def test_standard_page_query_count(client, db, django_assert_num_queries):
    client.get("/fr/about/")
    with django_assert_num_queries(STANDARD_PAGE_QUERIES):
        assert client.get("/fr/about/").status_code == 200


@pytest.mark.parametrize("extra_pages", [0, 12])
def test_home_page_queries_do_not_grow_with_the_menu(
    client, home_pages, django_assert_num_queries, extra_pages
):
    french_home = home_pages["fr"]
    for number in range(extra_pages):
        StandardPageFactory(
            parent=french_home, locale=french_home.locale, title=f"Menu item {number}"
        )
    client.get("/fr/")
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        response = client.get("/fr/")
    assert response.content.decode().count("Menu item") == extra_pages
