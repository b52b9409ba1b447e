"""Every wagtail-localize route that reads or changes one translation, tried as a translator
of another language (editorial/localize_overrides.py, overrides 6 to 8): refused, nothing
changed. And what must be the same in every language is not a translator's to change."""

import io

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.segments.extract import extract_segments

from editorial.roles import reviewers_name, translators_name
from home.models import SiteSettings
from home.translations import SameInEveryLanguage
from tests.editorial.helpers import as_user, refused


def translation_into(instance, language):
    return Translation.objects.select_related("source").get(
        source__object_id=instance.translation_key, target_locale__language_code=language
    )


@pytest.fixture
def english_settings(db):
    return SiteSettings.objects.get(locale__language_code=settings.LANGUAGE_CODE)


@pytest.fixture
def arabic_targets(english_settings, about):
    """The Arabic translations of the site settings (a snippet) and of the about page."""
    return {
        "snippet": translation_into(english_settings, "ar"),
        "page": translation_into(about["en"], "ar"),
    }


def state_of(translation):
    """Everything a route could change about a translation: its strings in the target
    language, whether it is enabled, and its target's saved content."""
    target = translation.get_target_instance()
    target_row = type(target).objects.filter(pk=target.pk).values().get()
    strings = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object=translation.source.object
        ).values_list("translation_of_id", "context_id", "data")
    )
    translation.refresh_from_db()
    return strings, translation.enabled, target_row


def po_file(translation):
    segment = StringSegment.objects.filter(source=translation.source).select_related("string")[0]
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgctxt "{segment.context.path}"\nmsgid "{segment.string.data}"\n'
        'msgstr "CHANGED BY ANOTHER LANGUAGE"\n'
    )
    return io.BytesIO(text.encode())


def requests_for(translation):
    """(method, path, data) for each guarded route of `translation`."""
    base = f"/admin/localize/translate/{translation.pk}"
    segment = StringSegment.objects.filter(source=translation.source).first()
    override = OverridableSegment.objects.filter(source=translation.source).first()
    return {
        "edit a segment": ("post", f"{base}/strings/{segment.pk}/edit/", {"value": "CHANGED"}),
        "edit an override": (
            "post",
            f"{base}/overrides/{override.pk if override else 1}/edit/",
            {"value": "https://attacker.example/"},
        ),
        "download the PO file": ("get", f"{base}/pofile/download/", None),
        "upload a PO file": ("post", f"{base}/pofile/upload/", {"file": po_file(translation)}),
        "machine translate": ("post", f"{base}/machine_translate/", {}),
        "preview": ("get", f"{base}/preview/", None),
        "disable (stop translating)": ("post", f"{base}/disable/", {}),
    }


ROUTES = [
    "edit a segment",
    "edit an override",
    "download the PO file",
    "upload a PO file",
    "machine translate",
    "preview",
    "disable (stop translating)",
]


@pytest.mark.parametrize("kind", ["snippet", "page"])
@pytest.mark.parametrize("route", ROUTES)
def test_a_french_translator_is_refused_every_route_into_arabic(
    client, member, arabic_targets, kind, route
):
    translation = arabic_targets[kind]
    before = state_of(translation)
    method, path, data = requests_for(translation)[route]
    client = as_user(client, member(translators_name("fr")))
    response = getattr(client, method)(path, data) if data is not None else client.get(path)
    assert refused(response)
    assert state_of(translation) == before


def test_the_languages_own_translator_still_works_there(client, member, arabic_targets):
    translation = arabic_targets["snippet"]
    client = as_user(client, member(translators_name("ar")))
    download = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    assert b"msgid" in download.content
    segment = StringSegment.objects.filter(source=translation.source).first()
    edit = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        "value=%D9%86%D8%B5%20%D8%AC%D8%AF%D9%8A%D8%AF",
        content_type="application/x-www-form-urlencoded",
    )
    assert edit.status_code == 200
    assert StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    ).data == ("نص جديد")


def test_an_unknown_translation_is_a_404_not_an_error(client, member):
    client = as_user(client, member(translators_name("fr")))
    assert client.get("/admin/localize/translate/999999/pofile/download/").status_code == 404


def convert_url(page):
    return f"/admin/localize/page/{page.pk}/convert_to_alias/"


def test_a_translator_cannot_convert_their_own_languages_page_to_an_alias(client, member, about):
    french = about["fr"]
    translator = member(translators_name("fr"))
    response = as_user(client, translator).post(convert_url(french))
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{french.pk}/edit/"
    french.refresh_from_db()
    assert french.alias_of_id is None
    assert translation_into(about["en"], "fr")  # the translation record is kept
    # and the editor's action menu does not offer it to them
    edit = as_user(client, translator).get(f"/admin/pages/{french.pk}/edit/")
    assert b"localize-convert-to-alias" not in edit.content


def test_a_translator_of_another_language_cannot_even_ask(client, member, about):
    response = as_user(client, member(translators_name("fr"))).post(convert_url(about["ar"]))
    assert refused(response)
    about["ar"].refresh_from_db()
    assert about["ar"].alias_of_id is None


def test_the_languages_reviewer_may_convert_it_to_an_alias(client, member, about):
    french = about["fr"]
    response = as_user(client, member(reviewers_name("fr"))).post(convert_url(french))
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.alias_of_id == about["en"].pk
    assert not Translation.objects.filter(
        source__object_id=french.translation_key, target_locale=french.locale
    ).exists()


def test_the_translations_report_lists_the_users_languages_only(client, member, about):
    response = as_user(client, member(translators_name("fr"))).get(
        "/admin/localize/reports/translations/"
    )
    assert response.status_code == 200
    languages = {row.target_locale.language_code for row in response.context["object_list"]}
    assert languages == {"fr"}


def test_helplines_and_contact_details_are_not_translatable(english_settings):
    # No segment for a telephone number, an email or a website of a helpline, nor for the
    # contact address and email: nothing a translator could change in any language.
    paths = {segment.path for segment in extract_segments(english_settings)}
    assert english_settings.helplines, "the demo has helplines"
    assert any(path.startswith("helplines.") for path in paths)  # their names are translated
    assert not [p for p in paths if p.rsplit(".", 1)[-1] in {"phone", "email", "url"}]
    assert "contact_address" not in paths and "contact_email" not in paths


def test_a_translation_takes_the_helpline_numbers_from_the_source(english_settings, member):
    arabic = SiteSettings.objects.get(locale__language_code="ar")
    numbers = [block.value["phone"] for block in english_settings.helplines]
    assert [block.value["phone"] for block in arabic.helplines] == numbers
    # A changed number reaches Arabic when the translation is synchronised, with no
    # translator's say.
    english_settings.helplines[0].value["phone"] = "+31 00 000 0000"
    english_settings.save()
    translation = translation_into(english_settings, "ar")
    translation.source.update_from_db()
    translation.save_target(publish=True)
    arabic.refresh_from_db()
    assert arabic.helplines[0].value["phone"] == "+31 00 000 0000"


def translatable_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and model._meta.app_label in PROJECT_APPS
    ]


PROJECT_APPS = {"home", "cities", "opencall", "resources"}


def test_only_images_may_differ_between_languages_among_synchronised_fields():
    # wagtail-localize lets a translator "override" a synchronised field in their language
    # unless told otherwise: a call's closing date, a city's application link... Here only an
    # image may be (a photo with text in it); everything else is SameInEveryLanguage.
    overridable = {
        (model.__name__, field.field_name)
        for model in translatable_models()
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
        and field.overridable
        # wagtail-localize's defaults for every page (Page's own fields): not content
        and field.field_name not in {f.field_name for f in get_translatable_fields(Page)}
    }
    for model_name, name in overridable:
        model = next(m for m in translatable_models() if m.__name__ == model_name)
        assert model._meta.get_field(name).related_model is get_image_model(), (model_name, name)
    assert ("CityPage", "photo") in overridable
    for model_path, name in [
        ("cities.CityPage", "application_url"),
        ("cities.CityPage", "contact_email"),
        ("cities.CityPage", "contact_address"),
        ("opencall.OpenCallPage", "application_url"),
        ("opencall.OpenCallPage", "closes_at"),
        ("cities.Organisation", "website"),
        ("home.SiteSettings", "contact_address"),
    ]:
        declared = {f.field_name: f for f in get_translatable_fields(apps.get_model(model_path))}
        assert isinstance(declared[name], SameInEveryLanguage), (model_path, name)


def test_a_translator_sees_no_history_of_another_languages_content(client, member, about):
    client = as_user(client, member(translators_name("fr")))
    arabic = about["ar"]
    assert refused(client.get(f"/admin/pages/{arabic.pk}/history/"))
    settings_ar = SiteSettings.objects.get(locale__language_code="ar")
    assert refused(client.get(f"/admin/snippets/home/sitesettings/history/{settings_ar.pk}/"))
    history = client.get("/admin/reports/site-history/")
    assert history.status_code == 200
    shown = {str(entry.object_id) for entry in history.context["object_list"]}
    assert str(arabic.pk) not in shown and str(settings_ar.pk) not in shown
