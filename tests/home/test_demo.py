import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from home.demo.tools import Catalogue, DemoContentError, demo_key
from home.models import HomePage, SiteSettings
from resources.demo import RESOURCES as DEMO_RESOURCES


def counts():
    return (Page.objects.count(), SiteSettings.objects.count(), Translation.objects.count())


def test_load_demo_is_idempotent(db):
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "created" not in out.getvalue()


def test_load_demo_if_empty_does_nothing_on_a_site_with_content(db):
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "not loaded" in out.getvalue()


def test_load_demo_keeps_an_editors_changes(english_home):
    english_home.title = "Edited by an editor"
    english_home.save_revision().publish()
    call_command("load_demo", stdout=io.StringIO())
    english_home.refresh_from_db()
    assert english_home.title == "Edited by an editor"


def test_demo_site_is_the_default_site_with_every_language(db):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.translation_key == demo_key("home:home")
    languages = set(HomePage.objects.live().values_list("locale__language_code", flat=True))
    assert languages == {"en", "fr", "es", "pt", "ru", "ar"}
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()  # no "Welcome"


def test_translations_go_through_wagtail_localize(db):
    # Every demo page and snippet is a translation source, translated into every other language
    # but for the demo resources written in a few languages only.
    sources = TranslationSource.objects.count()
    assert sources >= 5  # the home app's 4 pages and its settings, and the other apps' content
    for language in ["fr", "es", "pt", "ru", "ar"]:
        locale = Locale.objects.get(language_code=language)
        not_in_language = sum(language not in resource.languages for resource in DEMO_RESOURCES)
        assert Translation.objects.filter(target_locale=locale).count() == (
            sources - not_in_language
        )


def test_catalogue_lookup_and_missing_text():
    catalogue = Catalogue()
    catalogue.text("Hello", fr="Bonjour")
    catalogue.same("+31 70 000")
    assert catalogue.lookup("Hello", "fr") == "Bonjour"
    assert catalogue.lookup("  Hello ", "fr") == "Bonjour"
    assert catalogue.lookup("+31 70 000", "ar") == "+31 70 000"
    assert catalogue.lookup("Hello", "ar") is None
    assert catalogue.lookup("Unknown", "fr") is None


def test_translate_refuses_to_publish_a_half_translated_demo(english_home):
    from home.demo.tools import translate
    from home.factories import StandardPageFactory

    page = StandardPageFactory(parent=english_home, title="Not in the catalogue")
    catalogue = Catalogue()
    catalogue.text("Something else", fr="Autre chose")
    with pytest.raises(DemoContentError, match="Not in the catalogue"):
        translate(page, catalogue, log=lambda line: None)
    assert page.get_translations().count() == 0
