import re

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from home.demo.tools import demo_key
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from resources.demo import RESOURCES as DEMO_RESOURCES

LANGUAGE_CODES = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
SCRIPTS = {"ar": r"[\u0600-\u06FF]", "ru": r"[\u0400-\u04FF]"}
UI_SKIP_LINK = {
    "en": "Skip to main content",
    "fr": "Aller au contenu principal",
    "es": "Saltar al contenido principal",
    "pt": "Saltar para o conteúdo principal",
    "ru": "Перейти к основному содержанию",
    "ar": "تخطَّ إلى المحتوى الرئيسي",
}


@pytest.mark.parametrize("page_type", [HomePage, StandardPage])
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_page_type_renders_in_every_language(client, db, page_type, language):
    pages = page_type.objects.live().filter(locale__language_code=language)
    assert pages.exists(), f"the demo site has no {page_type.__name__} in {language}"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}">' in html
        assert f"<h1>{page.title}</h1>" in html
        assert UI_SKIP_LINK[language] in html  # interface strings come from the .mo files
        assert response.templates[0].name == (
            f"pages/home/{'home_page' if page_type is HomePage else 'standard_page'}.html"
        )


@pytest.mark.parametrize("language", ["fr", "es", "pt", "ru", "ar"])
def test_translated_pages_are_in_their_language(db, language):
    # The demo resources written in a few languages only are aliases in the others.
    only_in_some = {
        demo_key(f"resources:{resource.key}")
        for resource in DEMO_RESOURCES
        if language not in resource.languages
    }
    for english in Page.objects.filter(locale__language_code="en", depth__gt=1).specific():
        translated = english.get_translation_or_none(Locale.objects.get(language_code=language))
        if english.translation_key in only_in_some:
            assert translated is None or translated.alias_of_id == english.pk
            continue
        text = getattr(english, "introduction", None) or getattr(english, "summary", "")
        translated_text = getattr(translated, "introduction", None) or getattr(
            translated, "summary", ""
        )
        assert (translated.title, translated_text) != (english.title, text)
        assert translated.alias_of_id is None
        if language in SCRIPTS:
            assert re.search(SCRIPTS[language], translated.title)


def test_home_page_shows_introduction_and_sections(client, english_home):
    html = client.get("/en/").content.decode()
    assert "three months of rest" in html  # introduction
    assert "What a stay offers" in html  # heading block
    assert "<blockquote><p>For the first time in years" in html  # quote block
    assert 'class="call-to-action"' in html and 'href="/en/about/"' in html


def test_french_call_to_action_links_to_the_french_page(client, db):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/about/"' in html


def test_header_menu_lists_pages_shown_in_menus(client, english_home):
    StandardPageFactory(parent=english_home, title="Hidden from menus", show_in_menus=False)
    html = client.get("/en/").content.decode()
    menu = html.split('class="main-menu"')[1].split("</nav>")[0]
    assert "About Shelter City" in menu and "Privacy" in menu and "Contact" in menu
    assert "Hidden from menus" not in menu


def test_current_section_is_marked_in_the_menu(client, db):
    html = client.get("/en/about/").content.decode()
    assert '<a href="/en/about/" aria-current="page">' in html


def test_footer_shows_site_settings_in_the_readers_language(client, db):
    html = client.get("/es/").content.decode()
    assert "¿En peligro ahora? Líneas de emergencia" in html
    assert "Línea de emergencia de Front Line Defenders" in html
    assert 'href="tel:+35312100489"' in html
    # The postal address is the same in every language (synchronised, never translated).
    assert "Demonstration address, The Hague, Netherlands" in html


def test_draft_and_private_pages_are_not_served(client, english_home):
    draft = StandardPageFactory(parent=english_home, title="Draft", live=False)
    assert client.get(f"/en/{draft.slug}/").status_code == 404
    assert "Draft" not in client.get("/en/").content.decode()


def test_image_block_serves_responsive_modern_formats(client, english_home, settings, tmp_path):
    import wagtail_factories

    settings.MEDIA_ROOT = tmp_path
    image = wagtail_factories.ImageFactory(title="Canal", file__width=1600, file__height=900)
    page = StandardPageFactory(
        parent=english_home,
        slug="with-image",
        body=[
            ("image", {"image": image, "alt_text": "A canal in Utrecht", "caption": "Utrecht"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<picture>" in html and 'type="image/webp"' in html
    assert 'alt="A canal in Utrecht"' in html and 'loading="lazy"' in html
    assert "400w" in html and "800w" in html and "1200w" in html
    assert "<figcaption>Utrecht</figcaption>" in html


def meta(html, attribute, name):
    found = re.search(rf'<meta {attribute}="{name}" content="([^"]*)">', html)
    return found and found.group(1)


@pytest.mark.django_db
def test_every_page_has_a_description_from_its_introduction_or_summary(client):
    # No editor typed a search description in the demo: the introduction (or a resource's
    # summary) stands in, as plain text, for search engines and link previews alike.
    for url in ("/en/about/", "/fr/cities/the-hague/", "/ar/library/strong-passwords/", "/en/"):
        html = client.get(url).content.decode()
        description = meta(html, "name", "description")
        assert description, url
        assert "<" not in description and len(description) <= 161
        assert meta(html, "property", "og:description") == description


@pytest.mark.django_db
def test_pages_that_are_not_wagtail_pages_have_the_sites_description(client):
    # Search and the 404 page describe the site, in the reader's language.
    for path, start in (
        ("/en/search/?q=signal", "Shelter City is a network of cities"),
        ("/ar/no-such-page/", "شلتر سيتي شبكة من المدن"),
    ):
        assert meta(client.get(path).content.decode(), "name", "description").startswith(start)


@pytest.mark.django_db
def test_an_editors_search_description_comes_first(client):
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    page.search_description = "Written by an editor for search engines."
    page.save_revision().publish()
    html = client.get("/en/about/").content.decode()
    assert meta(html, "name", "description") == "Written by an editor for search engines."
