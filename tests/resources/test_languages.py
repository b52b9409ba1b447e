"""What "Available in" counts (real translations and the files' languages, never the alias
pages wagtail-localize fills other languages' trees with), wherever languages are shown: the
resource page, the library's cards and language filter, and search results."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.factories import (
    ResourceDocumentFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from resources.models import ResourceDownload, ResourcePage, attach_languages
from tests.search.conftest import search

from .test_library import option, titles


def add_file(page, language):
    document = ResourceDocumentFactory(
        language=language, file=ContentFile(b"%PDF-1.4", name=f"{language}.pdf")
    )
    return ResourceDownload.objects.create(page=page, document=document)


@pytest.fixture
def libraries(home_pages):
    """A small library in every language (the demo's has more than a page of resources)."""
    english = ResourceIndexPageFactory(
        parent=home_pages["en"], locale=home_pages["en"].locale, slug="zqxv-library"
    )
    indexes = {"en": english}
    for code, home in home_pages.items():
        if code != "en":
            indexes[code] = ResourceIndexPageFactory(
                parent=home,
                locale=home.locale,
                translation_key=english.translation_key,
                slug="zqxv-library",
            )
    return indexes


@pytest.fixture
def resource(libraries, locales):
    """An English resource translated into French only, with a Portuguese file (listed on
    both, as synchronised files are), and the alias pages (untranslated copies showing the
    English text) wagtail-localize makes of it in Spanish and Arabic."""
    english = ResourcePageFactory(
        parent=libraries["en"],
        locale=locales["en"],
        title="Zqxvlang guide",
        summary="Zqxvlang summary.",
    )
    document = add_file(english, "pt").document
    french = ResourcePageFactory(
        parent=libraries["fr"],
        locale=locales["fr"],
        translation_key=english.translation_key,
        title="Guide zqxvlang",
    )
    ResourceDownload.objects.create(page=french, document=document)
    for code in ("es", "ar"):
        alias = english.copy_for_translation(locales[code], alias=True)
        assert alias.live and alias.alias_of_id == english.pk
        assert alias.downloads.get().document == document
    # Another resource, written in Arabic, with a Russian file.
    arabic = ResourcePageFactory(parent=libraries["ar"], locale=locales["ar"], title="Zqxv other")
    add_file(arabic, "ru")
    return english


def versions(resource):
    pages = ResourcePage.objects.filter(translation_key=resource.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def test_aliases_do_not_count_as_languages(resource):
    pages = attach_languages(list(versions(resource).values()))
    for page in pages:
        assert page.available_languages == {"en", "fr", "pt"}, page.locale.language_code
    english = next(page for page in pages if page.locale.language_code == "en")
    assert english.file_languages == {"pt"}


def card(response, title):
    """The library card of the resource titled `title`."""
    cards = response.content.decode().split('<article class="resource-card"')[1:]
    return next(html for html in cards if f">{title}</a>" in html)


def test_a_library_card_lists_the_translations_and_files_only(client, resource, libraries):
    response = client.get(libraries["es"].url)
    found = re.search(r'resource-card__languages">(.*?)</p>', card(response, "Zqxvlang guide"))
    languages = found.group(1)
    # In the Spanish list format, each name in its own language, the file marked.
    assert languages == (
        'Disponible en: <bdi lang="en">English</bdi>, <bdi lang="fr">Français</bdi> y '
        '<bdi lang="pt">Português</bdi> <small>(archivo)</small>'
    )


def test_the_language_filter_and_its_counts_agree_with_the_cards(client, resource, libraries):
    library = libraries["ar"]
    response = client.get(library.url)
    # The alias is listed (in its original language), beside the Arabic resource.
    assert sorted(titles(response)) == ["Zqxv other", "Zqxvlang guide"]
    for code in ("en", "fr", "es", "pt", "ru", "ar"):
        shown = titles(client.get(library.url, {"language": code}))
        count = int(re.search(r"\((\d+)\)$", option(response, "language", code)).group(1))
        assert count == len(shown), code
        assert ("Zqxvlang guide" in shown) == (code in {"en", "fr", "pt"}), code
        assert ("Zqxv other" in shown) == (code in {"ar", "ru"}), code


def test_an_alias_resource_page_says_it_is_shown_in_its_original_language(client, resource):
    html = client.get(versions(resource)["es"].url).content.decode()
    notice = re.search(r'<p class="notice" role="note" lang="es">(.*?)</p>', html, re.S).group(1)
    assert "idioma original" in notice and '<bdi lang="en">English</bdi>' in notice
    # Its other languages are the real translations only.
    also = re.search(r'<section class="also-available".*?</section>', html, re.S).group(0)
    assert 'hreflang="en"' in also and 'hreflang="fr"' in also
    assert 'hreflang="ar"' not in also


def test_a_translated_page_has_no_alias_notice(client, resource):
    html = client.get(versions(resource)["fr"].url).content.decode()
    assert "langue d’origine" not in html


def test_a_resource_page_says_when_there_is_no_file_in_the_readers_language(client, resource):
    french = versions(resource)["fr"]
    html = client.get(french.url).content.decode()
    missing = re.search(r'<p class="notice downloads__missing"[^>]*>(.*?)</p>', html, re.S)
    assert missing.group(1) == (
        "Pas encore de fichier dans votre langue. "
        'Fichiers disponibles en\u00a0: <bdi lang="pt">Português</bdi>.'
    )
    add_file(french, "fr")
    html = client.get(french.url).content.decode()
    assert "downloads__missing" not in html


def test_a_resource_without_files_says_nothing_about_files(client, libraries, locales):
    page = ResourcePageFactory(parent=libraries["fr"], locale=locales["fr"])
    html = client.get(page.url).content.decode()
    assert "downloads__missing" not in html and 'class="downloads"' not in html


@pytest.mark.django_db
def test_search_results_list_the_translations_and_files_only(client, resource):
    response = search(client, "ar", q="zqxvlang", languages="all")
    html = response.content.decode()
    assert "Zqxvlang guide" in html
    meta = re.search(r'<p class="search-result__meta">(.*?)</p>', html, re.S).group(1)
    assert '<bdi lang="en">English</bdi>' in meta and '<bdi lang="fr">Français</bdi>' in meta
    assert '<bdi lang="pt">Português</bdi> <small>(ملف)</small>' in meta
    assert "Español" not in meta and "العربية" not in meta


def test_an_alias_page_costs_only_the_lookup_of_its_original(client, resource):
    """base.html reads the original's language for <main lang> (the alias's original, then
    its locale); the notice reuses what it read."""
    pages = versions(resource)

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    assert queries(pages["es"].url) == queries(pages["fr"].url) + 2
