"""/healthz: the proxy's probe and monitoring (home.views.healthz). "Down" is real: a port where
nothing listens, for the database (tests/home/test_database_unavailable.py) and for Redis."""

import pytest
from django.core.cache import caches

from tests.home.test_database_unavailable import closed_port, unreachable_database

pytestmark = pytest.mark.django_db


def test_healthy_answers_200_with_no_store_outside_the_languages(client):
    response = client.get("/healthz", headers={"accept-language": "fr"})
    assert response.status_code == 200  # no redirect into a language
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_an_unreachable_database_answers_503_and_says_which(client):
    with unreachable_database():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_an_unreachable_cache_answers_503_and_says_which(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    try:
        response = client.get("/healthz")
    finally:
        caches["default"].close()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}
