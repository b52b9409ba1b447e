import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from home.factories import StandardPageFactory
from home.locales import sync_locales_with_settings


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("ar", "/ar/"),
        ("pt-BR", "/pt/"),
        ("ru;q=0.8, es;q=0.9", "/es/"),
        ("de, nl", "/en/"),
        ("", "/en/"),
        ("%%%;q=abc,,", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, db, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_switcher_leads_to_the_same_page_in_each_language(client, db):
    html = client.get("/en/about/").content.decode()
    links = {
        language: url
        for url, language in re.findall(r'<a href="([^"]+)" lang="([\w-]+)" hreflang', html)
    }
    assert links == {code: f"/{code}/about/" for code in ["fr", "es", "pt", "ru", "ar"]}
    assert 'lang="en" aria-current="true">English<' in html


def test_hreflang_alternates_list_every_translation_and_a_default(client, db):
    found = alternates(client.get("/ru/contact/").content.decode())
    expected = {
        code: f"http://testserver/{code}/contact/" for code in ["en", "fr", "es", "pt", "ru", "ar"]
    }
    assert found == {**expected, "x-default": "http://testserver/en/contact/"}


def test_untranslated_page_switches_to_that_languages_home(client, english_home):
    page = StandardPageFactory(parent=english_home, title="Only in English", slug="only-english")
    html = client.get("/en/only-english/").content.decode()
    links = {
        language: url
        for url, language in re.findall(r'<a href="([^"]+)" lang="([\w-]+)" hreflang', html)
    }
    assert links["fr"] == "/fr/" and links["ar"] == "/ar/"
    assert 'class="language-switcher__fallback"' in html
    assert set(alternates(html)) == {"en", "x-default"}
    assert page.get_translations().count() == 0


def test_alias_pages_count_as_not_translated(client, english_home, locales):
    page = StandardPageFactory(parent=english_home, title="Aliased", slug="aliased")
    french_home = english_home.get_translation(locales["fr"])
    alias = page.create_alias(parent=french_home, update_locale=locales["fr"])
    response = client.get("/fr/aliased/")
    assert response.status_code == 200
    html = response.content.decode()
    # The interface is French, the text is the English source: marked so screen readers know.
    assert '<html lang="fr"' in html and '<main id="main" tabindex="-1" lang="en">' in html
    assert "fr" not in alternates(html)
    assert alias.alias_of_id == page.pk


def test_arabic_pages_are_right_to_left(client, db):
    for url in ["/ar/", "/ar/about/", "/ar/no-such-page/"]:
        html = client.get(url).content.decode()
        assert '<html lang="ar" dir="rtl">' in html


def test_stylesheet_uses_logical_properties_only(settings):
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    physical = re.findall(r"(?:margin|padding|border)-(?:left|right)\b|\b(?:left|right)\s*:", css)
    assert physical == []
    assert "text-align: left" not in css and "float: left" not in css


def test_each_configured_language_has_a_locale_synchronised_from_english(db):
    english = Locale.objects.get(language_code="en")
    synced = LocaleSynchronization.objects.filter(sync_from=english)
    assert {s.locale.language_code for s in synced} == {"fr", "es", "pt", "ru", "ar"}


def test_adding_a_language_is_one_line_and_sync_locale_trees(client, db, settings):
    """What the README promises: add a line to LANGUAGES, migrate, `sync_locale_trees`,
    `setup_roles`."""
    languages = [*settings.LANGUAGES, ("fa", "فارسی")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        sync_locales_with_settings()  # what `manage.py migrate` runs
        call_command("sync_locale_trees")
        farsi = Locale.objects.get(language_code="fa")
        english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1).count()
        assert Page.objects.filter(locale=farsi).count() == english_pages
        response = client.get("/fa/about/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="fa" dir="rtl">' in html
        assert 'lang="fa" hreflang="fa">فارسی' not in html  # current language: not a link
        assert "فارسی" in html

        call_command("setup_roles", stdout=io.StringIO())  # its translators, reviewers, workflow
        farsi_home = Page.objects.get(locale=farsi, depth=2)
        assert farsi_home.get_workflow().name == "Review in فارسی (fa)"
        assert Group.objects.filter(name__in=["Translators (fa)", "Reviewers (fa)"]).count() == 2
