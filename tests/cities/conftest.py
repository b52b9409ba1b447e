import pytest

from cities.models import CityIndexPage, CityPage
from home.demo.tools import demo_key


@pytest.fixture
def city_indexes(db):
    """The demo's city index of each language, by language code."""
    pages = CityIndexPage.objects.filter(translation_key=demo_key("cities:index"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}


@pytest.fixture
def the_hague(db):
    """The demo's The Hague in each language, by language code."""
    pages = CityPage.objects.filter(translation_key=demo_key("cities:the-hague"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}
