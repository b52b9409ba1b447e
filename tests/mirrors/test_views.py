"""/.well-known/sheltercity-mirror.pub: the key readers and mirror hosts check mirrors with."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from mirrors import manifest, signing
from tests.mirrors.helpers import make_mirror

URL = "/.well-known/sheltercity-mirror.pub"


def test_the_live_site_publishes_the_public_key_file(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == signing.public_key_file_text()
    assert "Set-Cookie" not in response.headers
    # The same cache headers as /.well-known/security.txt.
    assert sorted(response["Cache-Control"].replace(" ", "").split(",")) == [
        "max-age=86400",
        "public",
    ]


def test_the_published_key_verifies_a_mirror_signed_with_the_settings_key(client, db, tmp_path):
    folder = make_mirror(tmp_path)
    manifest.write_manifest(folder, None, "Shelter City")
    assert manifest.verify_directory(folder, client.get(URL).content.decode()) == []


def test_without_a_key_there_is_no_file(client, db, settings):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    response = client.get(URL)
    assert response.status_code == 404
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_is_read_only(client, db, method):
    assert getattr(client, method)(URL).status_code == 405


def test_a_server_without_the_secret_publishes_the_public_key_it_is_given(client, settings, db):
    published = signing.public_key_text()
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    settings.MIRROR_PUBLIC_KEY = published
    response = client.get("/.well-known/sheltercity-mirror.pub")
    assert response.status_code == 200
    assert response.text.splitlines()[1] == published
    assert signing.signing_key() is None


def test_a_malformed_public_key_setting_says_what_is_wrong(settings):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    settings.MIRROR_PUBLIC_KEY = "not a key"
    with pytest.raises(ImproperlyConfigured, match="MIRROR_PUBLIC_KEY"):
        signing.public_key_text()
