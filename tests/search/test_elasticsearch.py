"""The Elasticsearch 9 backend without a server: its index settings, the analyzer of each
language in the mapping, the documents it would send and the queries it would run. (The
client connects lazily: nothing here opens a connection. `test_elasticsearch_live.py` runs the
same against a real cluster when ELASTICSEARCH_URL is set.)"""

import json
import subprocess
import sys

import certifi
import pytest
from django.conf import settings as django_settings
from wagtail.models import Page

from resources.models import ResourcePage
from search.backends.elasticsearch9 import MultilingualElasticsearch9SearchBackend
from search.engine import searchable_pages
from tests.resources.conftest import demo_resource

ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "ru": "russian",
    "ar": "arabic",
}


@pytest.fixture
def backend():
    return MultilingualElasticsearch9SearchBackend(
        {"URLS": ["http://elasticsearch.invalid:9200"], "INDEX_PREFIX": "sheltercity_"}
    )


def test_the_settings_name_the_backend_and_its_index_prefix(settings):
    from sheltercity.settings import base

    assert base.ELASTICSEARCH_URL == ""  # unset here: the database backend is used
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends.database"


def test_index_settings_keep_wagtails_analyzers(backend):
    analysis = backend.settings["settings"]["analysis"]
    assert {"edgengram_analyzer", "ngram_analyzer"} <= set(analysis["analyzer"])
    assert backend.get_index_for_model(ResourcePage).name == "sheltercity_wagtailcore_page"


def test_the_mapping_has_a_title_and_text_field_per_language(backend):
    properties = backend.mapping_class(ResourcePage).get_mapping()["properties"]
    for language, analyzer in ANALYZERS.items():
        assert properties[f"_title_{language}"] == {"type": "text", "analyzer": analyzer}
        assert properties[f"_text_{language}"] == {"type": "text", "analyzer": analyzer}
    # Wagtail's own fields are still there: the PDF text, the filters, autocomplete.
    assert properties["resources_resourcepage__file_text"]["type"] == "text"
    assert properties["locale_id_filter"]["type"] == "integer"
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"


@pytest.mark.django_db
def test_a_document_carries_its_text_in_its_own_languages_fields(backend):
    french = demo_resource("strong-passwords")["fr"]
    document = backend.mapping_class(ResourcePage).get_document(french)
    assert document["_title_fr"] == french.title
    assert french.summary in document["_text_fr"]
    assert french.file_text()[:40] in document["_text_fr"]  # the French PDF's text
    assert not any(key.startswith(("_text_en", "_title_en")) for key in document)


@pytest.mark.django_db
def test_a_search_in_the_readers_language_is_compiled_for_its_analyzer(backend, locales):
    results = backend.search(
        "mots passe", searchable_pages(locales["fr"]), languages=["fr"], operator="and"
    )
    query = results.query_compiler.get_query()
    assert query["bool"]["must"] == {
        "multi_match": {
            "query": "mots passe",
            "fields": ["_title_fr^2", "_text_fr"],
            "operator": "and",
        }
    }
    filters = json.dumps(query["bool"]["filter"])
    assert '"live_filter": true' in filters
    assert f'"locale_id_filter": {locales["fr"].pk}' in filters
    assert '"_django_content_type": "wagtailcore.Page"' in filters


@pytest.mark.django_db
def test_a_search_in_every_language_uses_every_analyzer(backend):
    results = backend.search("passwords", searchable_pages(), languages=list(ANALYZERS))
    fields = results.query_compiler.get_query()["bool"]["must"]["multi_match"]["fields"]
    assert len(fields) == 2 * len(ANALYZERS)
    assert "_text_ar" in fields and "_title_ru^2" in fields


@pytest.mark.django_db
def test_autocomplete_stays_wagtails_edge_ngrams(backend, locales):
    results = backend.autocomplete("mot", searchable_pages(locales["fr"]))
    query = json.dumps(results.query_compiler.get_query())
    assert "_edgengrams" in query


def test_no_language_falls_back_to_wagtails_query(backend):
    compiler = backend.query_compiler_class(Page.objects.all(), "passwords")
    assert "_all_text" in json.dumps(compiler.get_query())


def test_a_cluster_several_urls_a_password_and_a_ca_bundle():
    """ELASTICSEARCH_URL takes several URLs (site/settings/base.py); what reaches the client."""
    ca = certifi.where()  # any PEM bundle
    environment = {
        "PATH": "/usr/bin:/bin",
        "ELASTICSEARCH_URL": "https://search:pw@es1.example.org:9200,https://search:pw@es2.example.org:9243",
        "ELASTICSEARCH_CA_CERTS": str(ca),
        "ELASTICSEARCH_INDEX": "shelter",
    }
    script = (
        "import json; from sheltercity.settings import base; "
        "print(json.dumps(base.WAGTAILSEARCH_BACKENDS['default']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    params = json.loads(result.stdout)
    assert params["URLS"] == [
        "https://search:pw@es1.example.org:9200",
        "https://search:pw@es2.example.org:9243",
    ]
    assert params["OPTIONS"] == {"ca_certs": str(ca)}
    assert params["ATOMIC_REBUILD"] is True
    backend = MultilingualElasticsearch9SearchBackend(params)
    nodes = sorted(
        (node.host, node.port, node.scheme) for node in backend.es.transport.node_pool.all()
    )
    assert nodes == [("es1.example.org", 9200, "https"), ("es2.example.org", 9243, "https")]
    assert backend.es._headers["authorization"].startswith("Basic ")
    assert backend.get_index_for_model(ResourcePage).name == "shelter_wagtailcore_page"
