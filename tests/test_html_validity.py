"""The Nu HTML Checker (vnu.jar) finds no error in any public page type or variant
(tests/public_pages.py), in any language, nor in the application form showing what to correct.
One Java process checks every page at once.

Needs Java (apt-get install -y default-jre-headless) and vnu.jar from npm (`npm ci` in tools/vnu,
which `make test` runs when it is missing); .ci/run installs both."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from tests.public_pages import LANGUAGES, application_form_path, public_urls

VNU_JAR = Path(settings.BASE_DIR) / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"


def checker():
    """The command that runs the checker, or a failure saying how to install what is missing."""
    java = shutil.which("java")
    missing = []
    if not java:
        missing.append("Java: apt-get install -y default-jre-headless")
    if not VNU_JAR.exists():
        missing.append("vnu.jar: apt-get install -y nodejs npm, then make html-checker")
    if missing:
        pytest.fail("The Nu HTML Checker needs " + "; ".join(missing), pytrace=False)
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout"]


@pytest.mark.django_db
def test_every_public_page_is_valid_html(client, tmp_path):
    command = checker()
    pages = {}
    for language in LANGUAGES:
        for url in public_urls(language):
            response = client.get(url.path)
            assert response.status_code == url.status, url
            file = tmp_path / f"{language}-{url.name}.html"
            file.write_bytes(response.content)
            pages[f"file:{file}"] = f"{url.path} ({url.name}, {language})"
    # The application form sent empty: shown again with every message (left to right, and
    # right to left).
    for language in ("en", "ar"):
        path = application_form_path(language)
        response = client.post(path, {})
        assert response.status_code == 400
        assert 'id="form-errors"' in response.content.decode()
        file = tmp_path / f"{language}-application_form-errors.html"
        file.write_bytes(response.content)
        pages[f"file:{file}"] = f"POST {path} (application_form-errors, {language})"
    # A page known to be invalid: the checker really read the files (and says so per file).
    canary = tmp_path / "canary.html"
    canary.write_text("<!doctype html><html lang=en><title>x</title><p><div></p>")

    checked = subprocess.run(
        [*command, str(canary), *(name.removeprefix("file:") for name in pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert checked.returncode in (0, 1), checked.stderr  # 1: errors found, listed below
    messages = json.loads(checked.stdout)["messages"]
    assert any(message.get("url") == f"file:{canary}" for message in messages), messages
    errors = [
        f"{pages.get(message.get('url'), message.get('url'))}, line {message.get('lastLine')}: "
        f"{message['message']}\n    {message.get('extract', '').strip()}"
        for message in messages
        if message.get("url") != f"file:{canary}"
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
