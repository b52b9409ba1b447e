"""A resource page: table of contents, reading time, review notice, files, related resources,
other languages, and its query budget."""

import datetime
import re

import pytest
import time_machine
from wagtail.rich_text import RichText

from resources.factories import ResourceIndexPageFactory, ResourcePageFactory, TopicFactory
from resources.models import RelatedResource, ResourcePage
from resources.models.pages import add_months
from resources.reading import WORDS_PER_MINUTE, reading_minutes, sections

from .conftest import demo_resource

# With the shared cache warm (home/caching.py), what every page repeats (site, route, menu,
# language versions, breadcrumbs, settings, the banner's calls, view restrictions) costs nothing.
# What is left: the page (1), the topic and its translation (2), the files with their documents
# (1), the related resources (1) and their translations (1). Counted, not guessed.
RESOURCE_PAGE_QUERIES = 6


@pytest.fixture
def index(home_pages):
    english = home_pages["en"]
    return ResourceIndexPageFactory(parent=english, locale=english.locale, slug="page-tests")


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


def test_headings_build_a_table_of_contents_with_unique_anchors(client, index):
    page = ResourcePageFactory(
        parent=index,
        body=[
            heading("Before you start"),
            paragraph("Words."),
            heading("Check your settings", "h3"),
            heading("Before you start"),
            heading("قبل أن تبدأ"),
        ],
    )
    _blocks, contents = sections(page.body)
    assert [(section.anchor, section.level) for section in contents] == [
        ("before-you-start", "h2"),
        ("check-your-settings", "h3"),
        ("before-you-start-2", "h2"),
        ("قبل-أن-تبدأ", "h2"),
    ]
    html = client.get(page.url).content.decode()
    toc = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)
    assert toc.count("<li") == 4
    for anchor in ("before-you-start", "check-your-settings", "before-you-start-2"):
        assert f'href="#{anchor}"' in toc
        assert f'id="{anchor}"' in html
    assert 'id="قبل-أن-تبدأ"' in html


def test_a_page_with_one_heading_has_no_table_of_contents(client, index):
    page = ResourcePageFactory(parent=index, body=[heading("Only one"), paragraph("Words.")])
    assert '<nav class="toc"' not in client.get(page.url).content.decode()


@pytest.mark.parametrize(("words", "minutes"), [(10, 1), (WORDS_PER_MINUTE, 1), (450, 3)])
def test_reading_time_counts_the_words_of_summary_and_body(index, words, minutes):
    # The summary has 4 words; the rest are in a paragraph, a checklist and a callout.
    body_words = words - 4
    third = body_words // 3
    page = ResourcePageFactory(
        parent=index,
        summary="Four words of summary.",
        body=[
            paragraph(" ".join(["word"] * third)),
            ("checklist", {"title": "", "steps": [" ".join(["step"] * third)]}),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": RichText("<p>" + " ".join(["tip"] * (body_words - 2 * third)) + "</p>"),
                },
            ),
        ],
    )
    assert reading_minutes(page) == minutes


def test_reading_time_counts_arabic_and_russian_words(index):
    page = ResourcePageFactory(
        parent=index,
        summary="ملخص",
        body=[paragraph(" ".join(["كلمة"] * 300 + ["слово"] * 300))],
    )
    assert reading_minutes(page) == 4  # 601 words


@pytest.mark.parametrize(
    ("last_reviewed", "interval", "overdue"),
    [
        (datetime.date(2026, 6, 1), 12, False),
        (datetime.date(2025, 11, 20), 12, True),
        (datetime.date(2026, 5, 24), 6, True),
        (datetime.date(2026, 8, 31), 3, False),  # due 30 November
    ],
)
def test_the_review_notice_shows_when_the_review_is_overdue(
    client, index, last_reviewed, interval, overdue
):
    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, tzinfo=datetime.UTC)):
        page = ResourcePageFactory(
            parent=index, last_reviewed=last_reviewed, review_interval=interval
        )
        assert page.review_due == add_months(last_reviewed, interval)
        assert page.review_overdue is overdue
        html = client.get(page.url).content.decode()
    assert ("This resource is due for review" in html) is overdue
    assert f'<time datetime="{last_reviewed.isoformat()}">' in html


def test_add_months_keeps_to_the_end_of_short_months():
    assert add_months(datetime.date(2026, 8, 31), 6) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)


def test_related_resources_are_shown_in_the_readers_language(client, home_pages):
    english, french = home_pages["en"], home_pages["fr"]
    en_index = ResourceIndexPageFactory(parent=english, locale=english.locale, slug="rel")
    fr_index = ResourceIndexPageFactory(parent=french, locale=french.locale, slug="rel")
    topic = TopicFactory()
    target = ResourcePageFactory(parent=en_index, title="Backups", topic=topic)
    ResourcePageFactory(
        parent=fr_index,
        locale=french.locale,
        translation_key=target.translation_key,
        title="Sauvegardes",
        topic=topic,
    )
    page = ResourcePageFactory(parent=fr_index, locale=french.locale, title="Chiffrement")
    RelatedResource.objects.create(page=page, resource=target)
    html = client.get(page.url).content.decode()
    related = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
    assert "Sauvegardes" in related
    assert "Backups" not in related


def test_without_chosen_related_resources_others_on_the_topic_are_shown(client, index):
    topic = TopicFactory()
    page = ResourcePageFactory(parent=index, topic=topic, title="First")
    ResourcePageFactory(parent=index, topic=topic, title="Second on the topic")
    ResourcePageFactory(parent=index, title="Another topic")
    html = client.get(page.url).content.decode()
    related = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
    assert "Second on the topic" in related
    assert "Another topic" not in related


def test_the_demo_page_lists_its_files_and_its_other_languages(client, db):
    versions = demo_resource("strong-passwords")
    page = versions["fr"]
    html = client.get(page.url).content.decode()
    downloads = re.search(r'<section class="downloads".*?</section>', html, re.S).group(0)
    documents = [download.document for download in page.downloads.all()]
    for document in documents:
        assert document.sha256 in downloads
        assert document.url in downloads
    # The reader's language first.
    assert downloads.index('lang="fr"') < downloads.index('lang="en"')
    also = re.search(r'<section class="also-available".*?</section>', html, re.S).group(0)
    for code, version in versions.items():
        if code != "fr":
            assert f'href="{version.url}"' in also


def test_a_resource_page_stays_within_its_budget(client, db, django_assert_num_queries):
    url = demo_resource("strong-passwords")["fr"].url
    client.get(url)
    with django_assert_num_queries(RESOURCE_PAGE_QUERIES):
        assert client.get(url).status_code == 200


def test_the_review_due_date_is_kept_when_saving_some_fields(index):
    page = ResourcePageFactory(parent=index, last_reviewed=datetime.date(2026, 1, 1))
    page.last_reviewed = datetime.date(2026, 3, 1)
    page.save(update_fields=["last_reviewed"])
    assert ResourcePage.objects.get(pk=page.pk).review_due == datetime.date(2027, 3, 1)


def test_translations_share_the_facts_and_files_of_their_source(db):
    versions = demo_resource("strong-passwords")
    english = versions["en"]
    files = sorted(english.downloads.values_list("document_id", flat=True))
    assert len(versions) == 6
    for code, page in versions.items():
        assert (page.format, page.level, page.last_reviewed, page.review_interval) == (
            english.format,
            english.level,
            english.last_reviewed,
            english.review_interval,
        )
        assert page.topic.translation_key == english.topic.translation_key
        assert sorted(page.downloads.values_list("document_id", flat=True)) == files, code
        assert page.title != english.title or code == "en"
