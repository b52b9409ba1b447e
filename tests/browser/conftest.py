"""Browser tests: Playwright driving Debian's Chromium (never a downloaded browser)."""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the fixtures
# and the live server are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, demo_template):
    """The live server, serving a fresh copy of the demo site (tests/conftest.py makes it from
    the template database; on SQLite, which `make test` never uses, the demo is loaded again)."""
    if not demo_template.saved:
        call_command("load_demo", stdout=io.StringIO())
    return live_server


@pytest.fixture
def page(browser, demo_site):
    """A fresh browser page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1024, "height": 800}, locale="en-GB")
    tab = context.new_page()
    tab.requested_urls = []
    tab.on("request", lambda request: tab.requested_urls.append(request.url))
    yield tab
    context.close()


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(tab, name):
        path = SCREENSHOTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return take
