"""Page tree fixtures shared by every test.

`load_demo` runs once per test session into the test database: the demonstration site is the
richest page tree there is (every page type, every language, translated through
wagtail-localize), and testing on it also tests the loader. Tests that need pages of another
shape add them with the factories under `english_home` or `home_pages[...]`.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_pages(db):
    """The home page of each language, by language code."""
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]
