import pytest

from home.factories import StandardPageFactory


def search(client, language="en", **params):
    return client.get(f"/{language}/search/", params)


def result_titles(response):
    return [result.title for result in response.context["search"].results]


@pytest.fixture
def standard_page(home_pages):
    """A published standard page in `language` with `text` as its introduction."""

    def make(language, title, text="", **kwargs):
        home = home_pages[language]
        kwargs.setdefault("parent", home)
        return StandardPageFactory(locale=home.locale, title=title, introduction=text, **kwargs)

    return make
