import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.test import RequestFactory

from home.factories import SiteSettingsFactory, StandardPageFactory
from home.models import BasePage, HomePage, SiteSettings, StandardPage


def test_every_page_type_extends_the_base_page():
    assert issubclass(HomePage, BasePage) and issubclass(StandardPage, BasePage)
    assert BasePage._meta.abstract


def test_templates_live_under_pages_app_model(english_home):
    request = RequestFactory().get("/")
    assert english_home.get_template(request) == "pages/home/home_page.html"
    about = StandardPage.objects.filter(locale=english_home.locale).first()
    assert about.get_template(request) == "pages/home/standard_page.html"


def test_social_image_is_synchronised_and_text_translated():
    from wagtail_localize.fields import get_translatable_fields

    fields = {field.field_name: field for field in get_translatable_fields(StandardPage)}
    assert not fields["social_image"].is_translated(None)
    assert fields["social_image"].is_overridable(None)
    assert fields["title"].is_translated(None)
    assert fields["introduction"].is_translated(None)
    assert fields["body"].is_translated(None)


@pytest.mark.parametrize("segment", ["\x00", "a b", "\u202e", "x" * 256, "..", "a/b"])
def test_route_refuses_segments_that_cannot_be_slugs(english_home, segment):
    with pytest.raises(Http404):
        english_home.route(RequestFactory().get("/"), [segment])


def test_page_hierarchy_rules():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert StandardPage.allowed_parent_page_models() == [HomePage, StandardPage]
    assert StandardPage.allowed_subpage_models() == [StandardPage]


def test_site_settings_are_one_per_language(locales):
    existing = SiteSettings.objects.get(locale=locales["fr"])
    duplicate = SiteSettings(locale=locales["fr"], translation_key=existing.translation_key)
    with pytest.raises(ValidationError, match="already has its site settings"):
        duplicate.full_clean()
    assert SiteSettings.objects.filter(locale=locales["fr"]).count() == 1


def test_site_settings_of_a_new_language_are_a_translation_not_a_new_row(locales):
    SiteSettings.objects.filter(locale=locales["pt"]).delete()
    unlinked = SiteSettings(locale=locales["pt"], contact_email="pt@example.org")
    with pytest.raises(ValidationError, match="translate those"):
        unlinked.full_clean()
    english = SiteSettings.objects.get(locale=locales["en"])
    linked = SiteSettings(locale=locales["pt"], translation_key=english.translation_key)
    linked.full_clean()


def test_site_settings_fall_back_to_english(locales):
    SiteSettings.objects.filter(locale=locales["pt"]).delete()
    english = SiteSettings.objects.get(locale=locales["en"])
    assert SiteSettings.for_language("pt") == english
    assert SiteSettings.for_language("ar").locale == locales["ar"]


def test_site_settings_are_empty_rather_than_missing(db):
    SiteSettings.objects.all().delete()
    empty = SiteSettings.for_language("fr")
    assert empty.pk is None and not empty.helplines


def test_site_settings_factory_builds_a_valid_object(locales):
    SiteSettings.objects.filter(locale=locales["es"]).delete()
    english = SiteSettings.objects.get(locale=locales["en"])
    settings = SiteSettingsFactory(
        locale=locales["es"],
        translation_key=english.translation_key,
        helplines__0__helpline__name="Línea",
    )
    settings.full_clean()
    assert settings.helplines[0].value["name"] == "Línea"


def test_standard_page_factory_builds_a_valid_page(english_home):
    page = StandardPageFactory(parent=english_home, body__0__heading__text="Hello")
    page.full_clean()
    assert page.body[0].value["text"] == "Hello"
