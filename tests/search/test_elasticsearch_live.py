"""Against a real Elasticsearch 9 cluster, only when ELASTICSEARCH_URL is set:

    ELASTICSEARCH_URL=http://localhost:9200 make test \
        PYTEST_ARGS=tests/search/test_elasticsearch_live.py

Each test makes indexes of its own (prefix `sheltercity_test_<random>_`) and deletes them.
"""

import os
import uuid

import pytest

from home.models import StandardPage
from search.backends.elasticsearch9 import MultilingualElasticsearch9SearchBackend
from search.engine import searchable_pages

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to run the live tests "
    "against (README, 'Elasticsearch')",
)


@pytest.fixture
def backend():
    backend = MultilingualElasticsearch9SearchBackend(
        {
            "URLS": ELASTICSEARCH_URL.split(","),
            "INDEX_PREFIX": f"sheltercity_test_{uuid.uuid4().hex[:8]}_",
        }
    )
    index = backend.get_index_for_model(StandardPage)
    index.reset()
    index.add_model(StandardPage)
    yield backend
    index.delete()


@pytest.mark.django_db
def test_each_language_is_stemmed_by_its_analyzer(backend, standard_page, locales):
    pages = [
        standard_page("en", "Zqxv English", "Choose a long password."),
        standard_page("fr", "Zqxv français", "Le chiffrement du disque."),
        standard_page("es", "Zqxv español", "Cambie su contraseña."),
    ]
    index = backend.get_index_for_model(StandardPage)
    index.add_items(StandardPage, pages)
    index.refresh()

    def titles(query, language, locale=None):
        found = backend.search(query, searchable_pages(locale), languages=[language])
        return [page.title for page in found]

    assert titles("passwords", "en", locales["en"]) == ["Zqxv English"]
    assert titles("chiffrer", "fr", locales["fr"]) == ["Zqxv français"]
    assert titles("contraseñas", "es", locales["es"]) == ["Zqxv español"]
    assert titles("contraseñas", "en", locales["en"]) == []


@pytest.mark.django_db
def test_unpublished_pages_are_filtered_out(backend, standard_page):
    page = standard_page("en", "Zqxv unpublished", "zqxvgone", live=False)
    index = backend.get_index_for_model(StandardPage)
    index.add_item(page)
    index.refresh()
    assert list(backend.search("zqxvgone", searchable_pages(), languages=["en"])) == []
