"""City pages and organisations: validation in the admin form, and what is synchronised across
languages rather than translated."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from cities.factories import CityHostFactory, CityPageFactory, OrganisationFactory
from cities.models import CityPage, Organisation

pytestmark = pytest.mark.django_db


def full_clean_errors(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    return raised.value.message_dict


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("latitude", Decimal("90.0001"), "Must be between -90 and 90 degrees."),
        ("latitude", Decimal("-91"), "Must be between -90 and 90 degrees."),
        ("longitude", Decimal("180.5"), "Must be between -180 and 180 degrees."),
        ("longitude", Decimal("-181"), "Must be between -180 and 180 degrees."),
        ("year_joined", 2011, "Ensure this value is greater than or equal to 2012."),
        ("working_languages", ["en", "xx"], "xx: not in the configured list of working languages."),
    ],
)
def test_bad_values_are_refused_with_a_message_on_the_field(the_hague, field, value, message):
    errors = full_clean_errors(the_hague["en"], **{field: value})
    assert errors[field] == [message]


def test_a_year_in_the_future_is_refused(the_hague):
    next_year = timezone.localdate().year + 1
    errors = full_clean_errors(the_hague["en"], year_joined=next_year)
    assert errors["year_joined"] == [
        f"{next_year} is in the future: give the year the city joined the network."
    ]


def test_edges_are_accepted(the_hague):
    page = the_hague["en"]
    page.latitude, page.longitude = Decimal(-90), Decimal(180)
    page.year_joined = timezone.localdate().year
    page.full_clean()


def test_one_way_to_apply(the_hague, english_home):
    errors = full_clean_errors(
        the_hague["en"], application_page=english_home, application_url="https://example.org/"
    )
    assert "Choose one way to apply" in errors["application_url"][0]


def edit_form_data(page, **changes):
    """What the admin's edit form posts for `page`, with `changes`."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "country": page.country.code,
        "region": page.region,
        "latitude": str(page.latitude),
        "longitude": str(page.longitude),
        "year_joined": str(page.year_joined),
        "photo_alt_text": page.photo_alt_text,
        "hosts": inline_formset(
            [{"id": host.pk, "organisation": host.organisation_id} for host in page.hosts.all()]
        ),
        "stay": streamfield([]),
        "eligibility": rich_text(page.eligibility),
        "application_text": page.application_text,
        "contact_email": page.contact_email,
        "contact_address": page.contact_address,
        **changes,
    }
    flat = nested_form_data(data)
    flat["working_languages"] = changes.get("working_languages", page.working_languages)
    return flat


def test_the_admin_refuses_bad_values_with_a_message_on_each_field(the_hague, admin_client):
    page = the_hague["en"]
    revision = page.latest_revision_id
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    next_year = str(timezone.localdate().year + 1)
    response = admin_client.post(
        url,
        edit_form_data(
            page,
            latitude="123",
            longitude="-200",
            year_joined=next_year,
            working_languages=["en", "tlh"],
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["latitude"] == ["Must be between -90 and 90 degrees."]
    assert errors["longitude"] == ["Must be between -180 and 180 degrees."]
    assert errors["year_joined"] == [
        f"{next_year} is in the future: give the year the city joined the network."
    ]
    assert "tlh" in errors["working_languages"][0]
    assert "Must be between -90 and 90 degrees." in response.content.decode()
    page.refresh_from_db()
    assert page.latest_revision_id == revision  # nothing was saved
    assert page.latitude == Decimal("52.0705")


def test_the_admin_saves_good_values(the_hague, admin_client):
    page = the_hague["en"]
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(url, edit_form_data(page, latitude="52.0710"))
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().latitude == Decimal("52.0710")


def test_the_working_language_choices_come_from_settings(settings):
    settings.CITY_WORKING_LANGUAGES = ["en", "nl"]
    field = CityPage._meta.get_field("working_languages").formfield()
    assert [code for code, _name in field.choices] == ["en", "nl"]


def test_facts_are_the_same_in_every_language(the_hague):
    english = the_hague["en"]
    assert len(the_hague) == 6
    for language, page in the_hague.items():
        assert (page.country, page.region) == (english.country, english.region), language
        assert (page.latitude, page.longitude) == (english.latitude, english.longitude)
        assert page.year_joined == english.year_joined
        assert page.working_languages == english.working_languages
        assert list(page.eligible_countries) == list(english.eligible_countries)
        assert [host.organisation_id for host in page.hosts.all()] == [
            host.organisation_id for host in english.hosts.all()
        ]
    assert the_hague["fr"].title == "La Haye"
    assert the_hague["ar"].title == "لاهاي"
    assert the_hague["fr"].introduction != english.introduction


def test_synchronising_a_translation_copies_the_new_facts(the_hague):
    english = the_hague["en"]
    english.latitude = Decimal("52.0800")
    english.year_joined = 2013
    english.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(english)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=the_hague["fr"].locale).save_target(
        publish=True
    )
    french = CityPage.objects.get(pk=the_hague["fr"].pk)
    assert (french.latitude, french.year_joined) == (Decimal("52.0800"), 2013)
    assert french.title == "La Haye"  # the translated text is kept


def test_organisations_are_translated(the_hague):
    host = the_hague["en"].hosts.get().organisation
    translations = Organisation.objects.filter(translation_key=host.translation_key)
    assert {org.locale.language_code for org in translations} == {
        "en",
        "fr",
        "es",
        "pt",
        "ru",
        "ar",
    }
    french = translations.get(locale__language_code="fr")
    assert french.description.startswith("Une organisation de démonstration")
    assert french.website == host.website  # synchronised


def test_factories_build_a_valid_city(city_indexes):
    city = CityPageFactory(parent=city_indexes["en"])
    CityHostFactory(city=city, organisation=OrganisationFactory())
    city.full_clean()
    assert city.hosts.count() == 1
