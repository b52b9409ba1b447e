import io
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.search.models import IndexEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.demo.tools import Catalogue, DemoContentError, DemoText, demo_key, translate
from home.factories import StandardPageFactory
from home.models import HomePage, SiteSettings
from resources.demo import RESOURCES as DEMO_RESOURCES
from resources.demo import text as resources_demo_text


def counts():
    return (Page.objects.count(), SiteSettings.objects.count(), Translation.objects.count())


def test_load_demo_again_creates_nothing_keeps_an_editors_changes_and_indexes_on_save(
    english_home,
):
    # One second run of load_demo (seconds each) for three checks.
    english_home.title = "Edited by an editor"
    english_home.save_revision().publish()
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    # Idempotent.
    assert counts() == before
    assert "created" not in out.getvalue()
    # An editor's changes are kept.
    english_home.refresh_from_db()
    assert english_home.title == "Edited by an editor"
    # load_demo updates the search and reference indexes once per object, at its end; afterwards
    # saving updates them at once again, as Wagtail does.
    page = StandardPageFactory(parent=english_home, title="Indexed on save")
    page_type = ContentType.objects.get_for_model(page)
    assert IndexEntry.objects.filter(content_type=page_type, object_id=str(page.pk)).exists()


@pytest.mark.fresh_demo
def test_the_demo_leaves_the_reference_index_as_wagtails_own_rebuild_would(db):
    # load_demo writes the reference index once at its end, each page or snippet once however
    # many of its child rows were saved; the result is what Wagtail's command that rebuilds it
    # from scratch makes.
    def references():
        return set(
            ReferenceIndex.objects.values_list(
                "content_type_id",
                "object_id",
                "to_content_type_id",
                "to_object_id",
                "content_path",
            )
        )

    loaded = references()
    assert len(loaded) > 1000
    call_command("rebuild_references_index", stdout=io.StringIO())
    assert references() == loaded


def test_load_demo_if_empty_does_nothing_on_a_site_with_content(db):
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "not loaded" in out.getvalue()


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
    page = StandardPageFactory(parent=english_home, title="Not in the catalogue")
    catalogue = Catalogue()
    catalogue.text("Something else", fr="Autre chose")
    with pytest.raises(DemoContentError, match="Not in the catalogue"):
        translate(page, catalogue, log=lambda line: None)
    # nothing of a half translation is written either
    assert not StringTranslation.objects.filter(
        translation_of__data="Not in the catalogue"
    ).exists()
    assert page.get_translations().count() == 0


def test_demo_text_files_are_checked_where_a_translator_can_go_wrong(tmp_path):
    path = tmp_path / "content.yaml"
    path.write_text(
        "page:\n"
        "  title: {en: Hello, fr: Bonjour}\n"
        "  typo: {en: Hello, fe: Bonjour}\n"
        "  no_english: {fr: Bonjour}\n"
        "  phone: +31 70 000 0000\n",
        encoding="utf-8",
    )
    text = DemoText(path)
    assert text.text("page", "title") == "Hello"
    assert text.catalogue.lookup("Hello", "fr") == "Bonjour"
    assert text.text("page", "phone") == "+31 70 000 0000"
    assert text.catalogue.lookup("+31 70 000 0000", "ar") == "+31 70 000 0000"
    with pytest.raises(
        DemoContentError, match=r"content.yaml: page.typo: unknown language \['fe'\]"
    ):
        text.text("page", "typo")
    with pytest.raises(DemoContentError, match=r"page.no_english: no English \(en\) text"):
        text.text("page", "no_english")
    with pytest.raises(DemoContentError, match=r"content.yaml: no page.missing"):
        text.text("page", "missing")


def test_every_resource_file_is_in_the_library():
    folder = Path(resources_demo_text.__file__).parent / "content"
    files = {path.stem for path in folder.glob("*.yaml")}
    assert files == {resource.key for resource in DEMO_RESOURCES}
    assert len(DEMO_RESOURCES) == 30
