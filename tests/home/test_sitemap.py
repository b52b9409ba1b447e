"""/sitemap.xml (home/sitemaps.py): every public page in every language, with its translations
as hreflang alternates; no alias and no private page; a bounded number of queries."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.sites.requests import RequestSite
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page, PageViewRestriction

from home.factories import StandardPageFactory

NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}
# The site's home pages (the root page and its translations), the pages (one query) and their
# specific fields (one query per page type: eight in the demo), nothing per page. Counted, not
# guessed: changing it is a decision.
SITEMAP_QUERIES = 13


def entries(response):
    """{path: (lastmod, {hreflang: path})} of every <url>."""
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 (the site's own XML)
    found = {}
    for url in root.findall("s:url", NAMESPACES):
        location = urlsplit(url.findtext("s:loc", namespaces=NAMESPACES)).path
        alternates = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NAMESPACES)
            if link.get("rel") == "alternate"
        }
        assert location not in found, f"{location} listed twice"
        found[location] = (url.findtext("s:lastmod", namespaces=NAMESPACES), alternates)
    return found


def public_pages():
    return (
        Page.objects.live()
        .public()
        .filter(depth__gte=2, alias_of__isnull=True)
        .select_related("locale")
    )


def test_every_public_page_in_every_language_with_a_date(client, db):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    listed = entries(response)
    expected = {page.get_url() for page in public_pages()}
    assert set(listed) == expected
    languages = {path.split("/")[1] for path in listed}
    assert languages == {"en", "fr", "es", "pt", "ru", "ar"}
    assert all(lastmod for lastmod, _alternates in listed.values())


def test_each_entry_lists_its_translations_and_x_default(client, db):
    listed = entries(client.get("/sitemap.xml"))
    _lastmod, alternates = listed["/fr/about/"]
    about = {code: f"/{code}/about/" for code in ("en", "fr", "es", "pt", "ru", "ar")}
    about_pages = Page.objects.get(url_path__endswith="/about/", locale__language_code="en")
    translated = set(
        about_pages.get_translations(inclusive=True)
        .live()
        .values_list("locale__language_code", flat=True)
    )
    assert {code: path for code, path in alternates.items() if code != "x-default"} == {
        code: path for code, path in about.items() if code in translated
    }
    assert alternates["x-default"] == "/en/about/"
    assert listed["/en/about/"][1] == alternates, "every version lists the same set"


def test_aliases_are_neither_listed_nor_alternates(client, english_home, locales):
    page = StandardPageFactory(parent=english_home, title="Only in English", slug="only-english")
    page.save_revision().publish()
    alias = page.copy_for_translation(locales["fr"], alias=True)
    assert alias.live and alias.alias_of_id == page.pk
    listed = entries(client.get("/sitemap.xml"))
    assert "/en/only-english/" in listed
    assert alias.get_url() not in listed
    assert listed["/en/only-english/"][1] == {}, "one language: no alternates"


def test_private_pages_and_what_is_under_them_are_left_out(client, home_pages):
    french_about = Page.objects.get(url_path__endswith="/about/", locale__language_code="fr")
    child = StandardPageFactory(parent=french_about, title="Sous-page", slug="sous-page")
    child.save_revision().publish()
    PageViewRestriction.objects.create(
        page=french_about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    response = client.get("/sitemap.xml")
    listed = entries(response)
    assert "/fr/about/" not in listed and "/fr/about/sous-page/" not in listed
    assert "/fr/about/" not in listed["/en/about/"][1].values()
    assert b"s3cret" not in response.content


def test_public_cache_header_and_no_cookie(client, db, settings):
    response = client.get("/sitemap.xml")
    assert response["Cache-Control"] == f"public, max-age={settings.PAGE_CACHE_SECONDS}"
    assert not response.cookies


@pytest.mark.parametrize("extra_pages", [0, 12])
def test_queries_do_not_grow_with_the_number_of_pages(
    client, home_pages, django_assert_num_queries, extra_pages
):
    for number in range(extra_pages):
        StandardPageFactory(
            parent=home_pages["ar"], title=f"Page {number}"
        ).save_revision().publish()
    client.get("/sitemap.xml")  # warm the site root paths cache, as any running server has
    with django_assert_num_queries(SITEMAP_QUERIES):
        response = client.get("/sitemap.xml")
    assert response.content.count(b"/ar/page-") == extra_pages


def test_wagtails_own_sitemap_still_lists_one_language(rf, db):
    """home/sitemaps.py exists because Wagtail's sitemap lists the default language's tree
    only: if this fails, upstream changed (wagtail/wagtail#6583) and the override may go."""
    request = rf.get("/sitemap.xml")
    urls = WagtailSitemap(request).get_urls(site=RequestSite(request))
    paths = {urlsplit(url["location"]).path for url in urls}
    assert paths and all(path.startswith("/en/") for path in paths)
