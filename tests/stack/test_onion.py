"""The onion address through the real stack: tor hands the service's requests to Varnish with
the onion host name; Varnish keeps that host's copies apart from the site's, each with its own
headers, and an editor's publish purges both (tests/stack/conftest.py gives the stack an
ONION_LOCATION)."""

import pytest
import requests

from home.models import StandardPage
from tests.mirrors.onion_addresses import ONION, ONION_HOST
from tests.stack.test_stack import publish_title, shows

pytestmark = [pytest.mark.stack, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def through_tor(stack):
    """Requests as tor sends them: straight to Varnish, plain HTTP, the onion host name."""

    def get(path):
        return requests.get(
            f"http://127.0.0.1:{stack.ports['varnish']}{path}",
            headers={"Host": ONION_HOST, "Accept-Encoding": "gzip"},
            allow_redirects=False,
            timeout=10,
        )

    return get


def test_each_host_has_its_own_copy_with_its_own_headers(front, through_tor):
    front("/en/about/")
    site = front("/en/about/")
    through_tor("/en/about/")
    onion = through_tor("/en/about/")
    assert site.headers["X-Cache"] == onion.headers["X-Cache"] == "HIT"
    assert site.headers["Onion-Location"] == f"{ONION}/en/about/"
    assert onion.status_code == 200
    for header in ("Onion-Location", "Location", "Strict-Transport-Security", "Set-Cookie"):
        assert header not in onion.headers, header
    assert f'href="{ONION}/"' in onion.text  # the footer's "In Tor Browser"


def test_a_publish_shows_at_once_at_the_onion_address_too(as_editor, through_tor, settings):
    settings.ONION_LOCATION = ONION  # as the site's own processes have it
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    original = about.title
    through_tor(about.url)
    assert through_tor(about.url).headers["X-Cache"] == "HIT"
    try:
        publish_title(about, "Zqxv about, over the onion")
        assert shows(through_tor, about.url, "Zqxv about, over the onion")
    finally:
        publish_title(about, original)
