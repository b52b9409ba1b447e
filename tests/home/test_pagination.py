"""One pagination policy for every list a reader pages through (home/pagination.py): a page
number that is not one gives the first page, one past the end the last, never an error; and
one pager partial draws them all."""

import re

import pytest

from home.pagination import paginate
from opencall.models import OpenCallIndexPage
from resources.models import ResourceIndexPage


class FakeRequest:
    def __init__(self, page):
        self.GET = {} if page is None else {"page": page}


@pytest.mark.parametrize(
    ("page", "expected"),
    [(None, 1), ("1", 1), ("2", 2), ("3", 3), ("99", 3), ("0", 3), ("-1", 3), ("abc", 1)],
)
def test_the_policy(page, expected):
    assert paginate(list(range(25)), FakeRequest(page), 10).number == expected


def pager_text(html):
    match = re.search(r'<nav class="pager"[^>]*>(.*?)</nav>', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip() if match else ""


def listing_urls(db):
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    calls = OpenCallIndexPage.objects.get(locale__language_code="en")
    return {
        "library": library.url,
        "search": "/en/search/?q=security&languages=all",
        "calls": calls.url,
    }


@pytest.mark.parametrize("listing", ["library", "search", "calls"])
@pytest.mark.parametrize("number", ["abc", "99", "0", "", "2.5", "1e3"])
def test_every_list_answers_any_page_number_with_a_page(client, db, listing, number):
    url = listing_urls(db)[listing]
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}page={number}")
    assert response.status_code == 200


@pytest.mark.parametrize("listing", ["library", "search"])
def test_past_the_end_is_the_last_page_drawn_by_the_one_pager(client, db, listing):
    url = listing_urls(db)[listing]
    separator = "&" if "?" in url else "?"
    first = client.get(url).content.decode()
    last = client.get(f"{url}{separator}page=99").content.decode()
    pages = re.search(r"Page 1 of (\d+)", pager_text(first))
    assert pages, "the demo fills more than one page of this list"
    count = pages.group(1)
    assert f"Page {count} of {count}" in pager_text(last)
    assert 'rel="next"' not in last.split('class="pager"')[1]
