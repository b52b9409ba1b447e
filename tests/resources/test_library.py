"""The library index: filters with counts, sorting, pagination and bad parameters."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile

from resources.factories import (
    ResourceDocumentFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    TopicFactory,
)
from resources.files import format_has_its_files
from resources.models import Format, Level, ResourceDownload, ResourcePage
from resources.models.pages import PAGE_SIZE

# With the shared cache warm (home/caching.py), what every page repeats costs nothing, and so do
# the library's topics and filter counts; what is left: the page (1), the page of resources with
# their topics (1), the languages they are in (1) and their files' languages (1). Counted, not
# guessed.
LIBRARY_QUERIES = 4


@pytest.fixture
def library(home_pages):
    """A French library of four resources; one English topic translated into French."""
    french = home_pages["fr"]
    index = ResourceIndexPageFactory(parent=french, locale=french.locale, slug="test-library")
    english_topic = TopicFactory(name="Digital security", slug="digital")
    TopicFactory(
        locale=french.locale,
        translation_key=english_topic.translation_key,
        name="Sécurité numérique",
        slug="digital",
    )
    care = TopicFactory(locale=french.locale, name="Soin de soi", slug="care")
    today = datetime.date(2026, 11, 1)
    specs = [
        ("Mots de passe", english_topic, Format.GUIDE, Level.BEGINNER, today),
        ("Téléphone", english_topic, Format.CHECKLIST, Level.ADVANCED, datetime.date(2025, 1, 1)),
        ("Sommeil", care, Format.AUDIO, Level.BEGINNER, datetime.date(2026, 6, 1)),
        ("Épuisement", care, Format.GUIDE, Level.INTERMEDIATE, datetime.date(2024, 3, 1)),
    ]
    pages = {}
    for title, topic, fmt, level, reviewed in specs:
        pages[title] = ResourcePageFactory(
            parent=index,
            locale=french.locale,
            title=title,
            topic=topic,
            format=fmt,
            level=level,
            last_reviewed=reviewed,
        )
    spanish_file = ResourceDocumentFactory(
        language="es", file=ContentFile(b"%PDF-1.4", name="es.pdf")
    )
    ResourceDownload.objects.create(page=pages["Sommeil"], document=spanish_file)
    return index


def titles(response):
    return re.findall(r'class="resource-card__title"><a [^>]*>([^<]+)<', response.content.decode())


def option(response, name, value):
    """The label of an option of the filter form, with its count."""
    html = response.content.decode()
    select = re.search(rf'<select id="filter-{name}".*?</select>', html, re.S).group(0)
    return re.search(rf'<option value="{value}"[^>]*>([^<]+)</option>', select).group(1)


def test_every_resource_of_the_language_is_listed(client, library):
    response = client.get(library.url)
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Mots de passe", "Sommeil", "Téléphone", "Épuisement"]
    assert "4 ressources sur 4" in response.content.decode()


def test_topics_are_named_in_the_readers_language_with_counts(client, library):
    response = client.get(library.url)
    assert option(response, "topic", "digital") == "Sécurité numérique (2)"
    assert option(response, "topic", "care") == "Soin de soi (2)"


def test_filters_combine_and_each_count_takes_the_others_into_account(client, library):
    response = client.get(library.url, {"topic": "care", "level": "beginner"})
    assert titles(response) == ["Sommeil"]
    # With the level chosen, the topic options count beginner resources only.
    assert option(response, "topic", "digital") == "Sécurité numérique (1)"
    assert option(response, "topic", "care") == "Soin de soi (1)"
    # With the topic chosen, the level options count care resources only.
    assert option(response, "level", "intermediate").endswith("(1)")


def test_the_language_filter_counts_translations_and_files(client, library):
    response = client.get(library.url, {"language": "es"})
    assert titles(response) == ["Sommeil"]  # through its Spanish file
    response = client.get(library.url, {"language": "fr"})
    assert len(titles(response)) == 4


def test_sorting_by_review_date(client, library):
    response = client.get(library.url, {"sort": "reviewed"})
    assert titles(response) == ["Mots de passe", "Sommeil", "Téléphone", "Épuisement"]


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "no-such-topic"},
        {"format": "hologram"},
        {"language": "xx"},
        {"level": "x" * 5000},
        {"sort": "random"},
        {"topic": "<script>alert(1)</script>"},
    ],
)
def test_unknown_values_show_the_unfiltered_list_and_say_so(client, library, params):
    response = client.get(library.url, params)
    assert response.status_code == 200
    assert len(titles(response)) == 4
    assert "pas appliqué" in response.content.decode()
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_repeated_parameters_use_the_last_value(client, library):
    response = client.get(f"{library.url}?topic=digital&topic=care")
    assert sorted(titles(response)) == ["Sommeil", "Épuisement"]


@pytest.fixture
def big_library(home_pages):
    english = home_pages["en"]
    index = ResourceIndexPageFactory(parent=english, locale=english.locale, slug="big-library")
    topic = TopicFactory()
    for number in range(PAGE_SIZE * 2 + 3):
        ResourcePageFactory(parent=index, locale=english.locale, title=f"R{number}", topic=topic)
    return index


@pytest.mark.parametrize(
    ("page", "expected_count", "label"),
    [
        ("1", PAGE_SIZE, "Page 1 of 3"),
        ("3", 3, "Page 3 of 3"),
        ("99", 3, "Page 3 of 3"),  # past the end: the last page
        ("-1", 3, "Page 3 of 3"),
        ("abc", PAGE_SIZE, "Page 1 of 3"),  # not a number: the first page
        ("1e9", PAGE_SIZE, "Page 1 of 3"),
        ("9" * 400, 3, "Page 3 of 3"),
    ],
)
def test_pagination_never_fails(client, big_library, page, expected_count, label):
    response = client.get(big_library.url, {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) == expected_count
    assert label in response.content.decode()


def test_page_links_keep_the_filters(client, big_library):
    response = client.get(big_library.url, {"format": "guide", "page": "2"})
    html = response.content.decode()
    assert 'href="?format=guide&amp;page=3"' in html
    assert 'href="?format=guide&amp;page=1"' in html


@pytest.mark.parametrize("number_of_resources", [5, 50])
def test_the_library_makes_the_same_queries_for_5_and_50_resources(
    client, home_pages, django_assert_num_queries, number_of_resources
):
    english, french = home_pages["en"], home_pages["fr"]
    index = ResourceIndexPageFactory(parent=french, locale=french.locale, slug="counted")
    topic = TopicFactory()
    TopicFactory(locale=french.locale, translation_key=topic.translation_key, slug=topic.slug)
    english_index = ResourceIndexPageFactory(parent=english, locale=english.locale, slug="counted")
    for _ in range(number_of_resources):
        page = ResourcePageFactory(parent=index, locale=french.locale, topic=topic)
        ResourcePageFactory(
            parent=english_index,
            locale=english.locale,
            translation_key=page.translation_key,
            topic=topic,
        )
        document = ResourceDocumentFactory(language="ar")
        ResourceDownload.objects.create(page=page, document=document)
    client.get(index.url)
    with django_assert_num_queries(LIBRARY_QUERIES):
        response = client.get(index.url)
    assert len(titles(response)) == min(number_of_resources, PAGE_SIZE)
    assert option(response, "language", "ar").endswith(f"({number_of_resources})")
    assert option(response, "language", "en").endswith(f"({number_of_resources})")


def test_every_demo_resource_has_the_files_its_format_says(library_indexes):
    resources = ResourcePage.objects.prefetch_related("downloads__document")
    assert resources.count() > 30
    for page in resources:
        extensions = [download.document.file_extension for download in page.downloads.all()]
        assert format_has_its_files(page.format, extensions), (page.url, page.format, extensions)


def test_a_topic_not_translated_yet_is_offered_in_its_own_language(client, library):
    english_only = TopicFactory(name="Physical security", slug="physical")
    ResourcePageFactory(parent=library, locale=library.locale, title="Serrures", topic=english_only)
    response = client.get(library.url)
    assert option(response, "topic", "physical") == "Physical security (1)"
    response = client.get(library.url, {"topic": "physical"})
    assert titles(response) == ["Serrures"]
    assert "1 ressource sur 5" in response.content.decode()


def test_the_language_filter_narrows_the_other_counts(client, library):
    response = client.get(library.url, {"language": "es", "level": "beginner"})
    assert titles(response) == ["Sommeil"]
    assert option(response, "topic", "care") == "Soin de soi (1)"
    assert option(response, "topic", "digital") == "Sécurité numérique (0)"
    assert option(response, "level", "intermediate").endswith("(0)")
    # The language options count with the level chosen, not the language.
    assert option(response, "language", "fr").endswith("(2)")
    assert option(response, "language", "es").endswith("(1)")


def test_a_filtered_library_makes_the_same_queries(client, library, django_assert_num_queries):
    filters = {"topic": "care", "language": "es", "sort": "reviewed"}
    client.get(library.url, filters)  # its counts are kept per combination of filters
    with django_assert_num_queries(LIBRARY_QUERIES):
        client.get(library.url, filters)
