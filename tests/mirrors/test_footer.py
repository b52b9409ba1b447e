"""The footer's "If this site is blocked" (mirrors/templatetags/mirrors_tags.py): the mirrors in
the editors' order, the onion address, the signing key; kept in the shared cache until a mirror
changes."""

import base64
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from home import frontend_cache
from mirrors import signing
from mirrors.factories import MirrorFactory
from mirrors.models import Mirror
from tests.mirrors.onion_addresses import ONION, ONION_HOST

pytestmark = pytest.mark.django_db

SEED = base64.b64encode(bytes(range(100, 132))).decode()


def if_blocked(client, path="/en/about/"):
    """The section's HTML, or None when the page has none."""
    html = client.get(path).content.decode()
    found = re.search(r'<section class="if-blocked".*?</section>', html, re.S)
    return found.group(0) if found else None


def test_the_demo_s_mirrors_are_listed_in_order_left_to_right(client):
    addresses = list(Mirror.objects.values_list("address", flat=True))
    assert len(addresses) == 3  # mirrors/demo/content.yaml
    section = if_blocked(client)
    assert "If this site is blocked" in section
    links = re.findall(r'<a href="([^"]+)" dir="ltr">\1</a>', section)
    assert links == addresses
    assert "Run by <bdi>A partner organisation (demonstration)</bdi>." in section
    assert '<span dir="auto">Updated every night.</span>' in section


def test_the_editors_order_is_the_footer_s(client):
    first, second, third = Mirror.objects.all()
    first.sort_order, third.sort_order = third.sort_order, first.sort_order
    first.save()
    third.save()
    links = re.findall(r'<a href="([^"]+)" dir="ltr">', if_blocked(client))
    assert links == [third.address, second.address, first.address]


def test_nothing_is_shown_without_a_mirror_or_an_onion_address(client, settings):
    settings.ONION_LOCATION = ""
    settings.MIRROR_SIGNING_KEY = SEED  # a key alone is no way around a block
    Mirror.objects.all().delete()
    assert if_blocked(client) is None
    assert "If this site is blocked" not in client.get("/en/about/").content.decode()


def test_the_onion_address_alone_is_shown_for_tor_browser(client, settings):
    settings.ONION_LOCATION = ONION
    Mirror.objects.all().delete()
    section = if_blocked(client)
    assert f'In Tor Browser: <a href="{ONION}/" dir="ltr">{ONION_HOST}</a>' in section
    assert "if-blocked__list" not in section


def test_the_key_is_shown_linked_to_its_published_file_only_when_there_is_one(client, settings):
    settings.MIRROR_SIGNING_KEY = ""
    assert "signed" not in if_blocked(client)
    settings.MIRROR_SIGNING_KEY = SEED
    section = if_blocked(client)
    public_key, key_id = signing.public_key_text(), signing.key_id_text()
    assert "Every copy is signed by the programme." in section
    assert (
        f'<a href="/.well-known/sheltercity-mirror.pub"><code dir="ltr">{public_key}</code></a>'
        in section
    )
    assert f'(ID <code dir="ltr">{key_id}</code>)' in section


def test_the_section_is_in_the_reader_s_language(client, settings):
    settings.ONION_LOCATION = ONION
    settings.MIRROR_SIGNING_KEY = SEED
    french = if_blocked(client, "/fr/about/")
    assert "Si ce site est bloqué" in french and "Dans Tor Browser\u00a0:" in french
    arabic = if_blocked(client, "/ar/")
    assert "إذا كان هذا الموقع محجوبًا" in arabic
    # Addresses and keys read left to right inside the right-to-left page.
    assert re.findall(r'<a href="http[^"]+" dir="ltr">', arabic)


def test_a_saved_or_deleted_mirror_shows_at_once(client):
    if_blocked(client)
    new = MirrorFactory(address="https://new-mirror.example.org/", run_by="Zqxv")
    assert "https://new-mirror.example.org/" in if_blocked(client)
    new.note = "Zqxv note"
    new.save()
    assert "Zqxv note" in if_blocked(client)
    new.delete()
    assert "new-mirror" not in if_blocked(client)


def test_the_warm_footer_runs_no_query(client, django_assert_num_queries):
    request = RequestFactory().get("/en/about/")
    template = Template("{% load mirrors_tags %}{% if_blocked %}")
    cold = template.render(Context({"request": request}))
    assert "If this site is blocked" in cold
    with django_assert_num_queries(0):
        assert template.render(Context({"request": RequestFactory().get("/en/")})) == cold


def test_a_saved_mirror_purges_the_whole_front_cache(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Every page's footer lists the mirrors: like any snippet, a saved or deleted one purges
    the whole site from the front cache (home/frontend_cache.py)."""
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.frontend_cache.VarnishBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []
    monkeypatch.setattr(
        frontend_cache, "purge_whole_site", lambda also=(): purged.append(set(also))
    )
    with django_capture_on_commit_callbacks(execute=True):
        mirror = MirrorFactory()
    with django_capture_on_commit_callbacks(execute=True):
        mirror.delete()
    assert purged == [set(), set()]
