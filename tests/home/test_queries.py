"""Query budgets: fixed per page type, and not growing with the number of items shown."""

import pytest

from home.factories import StandardPageFactory

# Wagtail's serve (site, locale, localized root, route, its view-restriction checks: 6), the
# home page of each language (1), the menu (1, +1 view restrictions), the site settings (1), the
# open call banner (1, +1 view restrictions; the home page's current call reuses it), and
# on the home page the network in numbers (1, +1 view restrictions) with its link to the city
# index (1, +1 view restrictions), and the newest resources (1, +1 view restrictions) with the
# library they are in (1). A standard page adds its route step, its own language
# versions with their view-restriction check, and its breadcrumbs (+4 in all); a home page
# reuses the homes already loaded.
# Counted, not guessed: changing one of these numbers is a decision.
HOME_PAGE_QUERIES = 20
STANDARD_PAGE_QUERIES = 17


def test_home_page_query_count(client, db, django_assert_num_queries):
    client.get("/fr/")  # warm the site root paths cache, as any running server has
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        assert client.get("/fr/").status_code == 200


def test_standard_page_query_count(client, db, django_assert_num_queries):
    client.get("/fr/")
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
