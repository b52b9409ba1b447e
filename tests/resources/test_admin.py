"""What editors get: the overdue-review and downloads reports, topics and resources edited in
the admin, with validation."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory, TopicFactory
from resources.models import DownloadCount, ResourcePage
from tests.accounts.helpers import sign_in

from .conftest import pdf_bytes
from .test_downloads import make_document


@pytest.fixture
def admin(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    return sign_in(client, user)


@pytest.fixture
def index(home_pages):
    english = home_pages["en"]
    return ResourceIndexPageFactory(parent=english, locale=english.locale, slug="admin-tests")


def test_the_overdue_report_lists_only_overdue_resources(admin, index):
    ResourcePageFactory(parent=index, title="Stale advice", last_reviewed=datetime.date(2020, 1, 1))
    ResourcePageFactory(parent=index, title="Fresh advice", last_reviewed=timezone.localdate())
    response = admin.get(reverse("resources_overdue_reviews"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stale advice" in html
    assert "Fresh advice" not in html
    csv = admin.get(reverse("resources_overdue_reviews"), {"export": "csv"})
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Stale advice" in text
    assert "2021-01-01" in text  # due a year after the review


def test_the_demo_has_overdue_resources_in_the_report(admin):
    due = ResourcePage.objects.filter(review_due__lt=timezone.localdate())
    assert due.exists()
    html = admin.get(reverse("resources_overdue_reviews")).content.decode()
    assert due.first().title in html


def test_the_downloads_report_shows_daily_totals(admin, db):
    document = make_document("counted.pdf", pdf_bytes())
    today = timezone.localdate()
    DownloadCount.objects.create(document=document, day=today, count=4)
    DownloadCount.objects.create(
        document=document, day=today - datetime.timedelta(days=90), count=6
    )
    html = admin.get(reverse("resources_downloads")).content.decode()
    assert "counted.pdf" in html
    row = html[html.index("counted.pdf") :]
    assert "4" in row and "10" in row


def test_the_reports_are_for_editors_only(client, db):
    response = client.get(reverse("resources_overdue_reviews"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def resource_form(topic, overrides=None):
    data = {
        "title": "Secure your phone",
        "slug": "test-added-resource",
        "summary": "Five steps.",
        "topic": topic.pk,
        "format": "guide",
        "level": "beginner",
        "last_reviewed": "2026-11-01",
        "review_interval": "12",
        "body": streamfield([]),
        "downloads": inline_formset([]),
        "related_resources": inline_formset([]),
        "action-publish": "action-publish",
        **(overrides or {}),
    }
    return nested_form_data(data)


def test_an_editor_adds_a_resource(admin, index):
    topic = TopicFactory()
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", index.pk])
    response = admin.post(url, resource_form(topic))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ResourcePage.objects.get(slug="test-added-resource", locale=index.locale)
    assert page.live
    assert page.review_due == datetime.date(2027, 11, 1)


def test_a_draft_may_be_saved_before_its_review_date_is_known(admin, index):
    topic = TopicFactory()
    data = resource_form(topic, {"last_reviewed": ""})
    del data["action-publish"]
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", index.pk])
    response = admin.post(url, data)
    assert response.status_code == 302
    draft = ResourcePage.objects.get(slug="test-added-resource", locale=index.locale)
    assert draft.review_due is None
    assert draft.review_overdue is False


@pytest.mark.parametrize(
    ("field", "value"),
    [("format", "hologram"), ("level", "guru"), ("last_reviewed", "not a date"), ("topic", "")],
)
def test_bad_values_are_refused_with_a_message(admin, index, field, value):
    topic = TopicFactory()
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", index.pk])
    response = admin.post(url, resource_form(topic, {field: value}))
    assert response.status_code == 200
    assert "The page could not be created due to validation errors" in response.content.decode()
    assert not ResourcePage.objects.filter(slug="test-added-resource").exists()


def test_deleting_a_topic_in_use_leaves_the_resource_readable(admin, client, index):
    topic = TopicFactory()
    page = ResourcePageFactory(parent=index, topic=topic)
    response = admin.post(reverse("wagtailsnippets_resources_topic:delete", args=[topic.pk]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.topic is None
    assert client.get(page.url).status_code == 200


def test_the_overdue_report_filters_by_language(admin):
    due = ResourcePage.objects.filter(review_due__lt=timezone.localdate())
    french = due.filter(locale__language_code="fr").first()
    english = due.filter(locale__language_code="en").first()
    html = admin.get(reverse("resources_overdue_reviews"), {"locale": "fr"}).content.decode()
    assert french.title in html
    assert english.title not in html


@pytest.mark.parametrize(
    ("format", "files", "accepted"),
    [
        ("audio", ["talk.pdf"], False),  # labelled Audio, no audio to download
        ("audio", ["talk.mp3", "talk.pdf"], True),
        ("video", ["talk.mp3"], False),
        ("video", ["talk.mp4"], True),
        ("guide", ["talk.mp3"], False),  # a written guide that is only a recording
        ("guide", ["talk.pdf"], True),
        ("guide", [], True),  # read on the page
    ],
)
def test_a_resource_format_must_be_what_its_files_are(admin, index, format, files, accepted):
    topic = TopicFactory()
    contents = {"pdf": pdf_bytes(), "mp3": b"ID3\x04\x00" + bytes(64), "mp4": bytes(64)}
    documents = [make_document(name, contents[name.rsplit(".", 1)[1]]) for name in files]
    downloads = inline_formset([{"document": document.pk} for document in documents])
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", index.pk])
    response = admin.post(url, resource_form(topic, {"format": format, "downloads": downloads}))
    created = ResourcePage.objects.filter(slug="test-added-resource").exists()
    assert created is accepted
    if not accepted:
        assert response.status_code == 200
        errors = response.context["form"].errors["format"]
        assert "choose the format the resource is" in errors[0]
        assert ("MP3" if format == "audio" else "MP4" if format == "video" else "PDF") in errors[0]
