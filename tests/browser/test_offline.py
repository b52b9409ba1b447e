"""An offline library (mirrors/offline.py), unzipped and opened from file:// in Chromium with
JavaScript off: its index lists every resource of its language and its links work."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage

from mirrors import offline
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_unzipped_library_reads_offline(browser, tmp_path, language):
    row = offline.build(language)
    try:
        with default_storage.open(row.file, "rb") as opened:
            zipfile.ZipFile(io.BytesIO(opened.read())).extractall(tmp_path)
    finally:
        default_storage.delete(row.file)
    folder = tmp_path / f"shelter-city-library-{language}"
    resources = ResourcePage.objects.published().filter(locale__language_code=language)

    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    tab = context.new_page()
    requested = []
    failed = []
    tab.on("request", lambda request: requested.append(request.url))
    tab.on("requestfailed", lambda request: failed.append(request.url))
    tab.goto((folder / "index.html").as_uri())
    assert tab.locator("html").get_attribute("lang") == language
    assert tab.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    titles = tab.locator(".resource-card__title a").all_inner_texts()
    assert sorted(titles) == sorted(resource.title for resource in resources)

    # Open each resource from the index, and each of its files' links.
    for index in range(len(titles)):
        tab.locator(".resource-card__title a").nth(index).click()
        assert tab.locator("h1").inner_text() == titles[index]
        for href in tab.locator(".download__title a").evaluate_all(
            "links => links.map(link => link.href)"
        ):
            assert href.startswith("file://")
            assert (folder / href.removeprefix(folder.as_uri() + "/")).is_file(), href
        # Back to the index through the copy's own link.
        tab.locator(".mirror-notice a").click()
        assert tab.url == (folder / "index.html").as_uri()
    assert failed == []
    assert all(url.startswith("file://") for url in requested)
    context.close()
