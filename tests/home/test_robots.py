"""/robots.txt (home/wellknown.py): the public site allowed, the admin and every language's
search results disallowed, the sitemap's absolute address, nothing private."""

from wagtail.models import Page, PageViewRestriction


def lines(response):
    assert response.status_code == 200
    return response.content.decode().splitlines()


def test_allows_the_site_and_keeps_crawlers_out_of_admin_and_search(client, db, settings):
    found = lines(client.get("/robots.txt"))
    assert found[0] == "User-agent: *"
    assert "Allow: /" in found
    assert "Disallow: /admin/" in found
    for code, _name in settings.LANGUAGES:
        assert f"Disallow: /{code}/search/" in found
    disallowed = [line for line in found if line.startswith("Disallow:")]
    assert len(disallowed) == 1 + len(settings.LANGUAGES)


def test_points_to_the_sitemap_on_the_requests_host(client, db, settings):
    settings.ALLOWED_HOSTS = ["sheltercity.example.org"]
    found = lines(client.get("/robots.txt", headers={"host": "sheltercity.example.org"}))
    assert found[-1] == "Sitemap: http://sheltercity.example.org/sitemap.xml"
    secure = lines(
        client.get("/robots.txt", secure=True, headers={"host": "sheltercity.example.org"})
    )
    assert secure[-1] == "Sitemap: https://sheltercity.example.org/sitemap.xml"


def test_names_no_private_page(client, db):
    page = Page.objects.get(url_path__endswith="/about/", locale__language_code="fr")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    response = client.get("/robots.txt")
    assert b"about" not in response.content and b"s3cret" not in response.content


def test_public_cache_header_plain_text_no_cookie(client, db, settings):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"] == f"public, max-age={settings.PAGE_CACHE_SECONDS}"
    assert not response.cookies
    assert client.post("/robots.txt").status_code == 405
