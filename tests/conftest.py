"""Page tree fixtures shared by every test.

`load_demo` runs once per test session into the test database: the demonstration site is the
richest page tree there is (every page type, every language, translated through
wagtail-localize), and testing on it also tests the loader. Tests that need a tree of their own
shape build it with the factories (`home_page`, `menu_pages`).
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage

LANGUAGE_CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def load_demo_site():
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo_site()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_pages(db):
    """The home page of each language, by language code."""
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]


@pytest.fixture
def pages_in_every_language(db):
    """Every live page of the demo site (apart from the tree's root), as (language, page)."""
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific()
    return [(page.locale.language_code, page) for page in pages]
