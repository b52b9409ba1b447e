"""Every public page a reader can meet, in one language: a live sample of each page type, read
from Wagtail's page models (a page type added later is checked too, or the check fails saying it
has no sample), and the variants readers meet beside them: filtered lists, a search with results
and one without, a page that does not exist, the open call's application form.

The application form (`APPLICATION_FORM`) is the one public page that sets a cookie (Django's
CSRF cookie, for the browser's session) and sends `Referrer-Policy: same-origin` (issue 19,
applications/views.py): the tests that hold every other page to no cookie and `no-referrer`
except it by this name, and check that it sets that cookie and nothing else.

tests/browser/test_every_page.py (layout, requests, console, axe-core) and
tests/test_html_validity.py (the Nu HTML Checker) check them all.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from wagtail.coreutils import camelcase_to_underscore
from wagtail.models import Page, get_page_models

from cities.models import CityIndexPage, CityPage
from opencall.models import OpenCallPage
from resources.models import ResourceIndexPage, ResourcePage

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Words no page holds, in any language.
NO_MATCH = "qzxwvkj"
# The name of the one public page allowed a cookie and `Referrer-Policy: same-origin`.
APPLICATION_FORM = "application_form"


@dataclass(frozen=True)
class PublicUrl:
    name: str  # the page type (as its template is named) or the variant
    path: str
    status: int = 200
    shows: str = ""  # a CSS selector the page must match, so that the variant is what it says


def public_page_models():
    """Every concrete page type readers are served: Wagtail's own `Page` is only the tree's
    root (never served)."""
    return [model for model in get_page_models() if model is not Page]


def page_samples(language):
    """{page model: its first live, public page in `language`}."""
    samples, missing = {}, []
    for model in public_page_models():
        page = (
            model.objects.exact_type(model)
            .live()
            .public()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
        if page is None:
            missing.append(model._meta.label)
        else:
            samples[model] = page
    assert not missing, (
        f"No live public page of {', '.join(missing)} in {language!r} to check: add one to "
        "the demo content (<app>/demo/), or leave the type out of public_page_models() when "
        "readers are never served it"
    )
    return samples


def application_form_path(language):
    """The application form of the demo's open call in `language` (`<call>/apply/`)."""
    now = timezone.now()
    call = (
        OpenCallPage.objects.live()
        .public()
        .in_language(language)
        .filter(opens_at__lte=now, closes_at__gt=now, takes_applications_here=True)
        .order_by("path")
        .first()
    )
    assert call is not None, f"No open call taking applications here in {language!r}"
    return call.get_url() + call.reverse_subpage("apply")


def public_urls(language):
    """[PublicUrl] of every page type and variant in `language`, each once."""
    samples = page_samples(language)
    urls = [
        PublicUrl(camelcase_to_underscore(model.__name__), page.get_url())
        for model, page in samples.items()
    ]
    # Filters that keep the sample city / resource listed, so the list is not empty.
    city, resource = samples[CityPage], samples[ResourcePage]
    city_filters = {"region": city.region, "language": (city.working_languages or [""])[0]}
    library_filters = {"format": resource.format, "level": resource.level, "sort": "reviewed"}
    search = f"/{language}/search/?"
    return [
        *urls,
        PublicUrl(
            "city_index_page-filtered",
            f"{samples[CityIndexPage].get_url()}?{urlencode(city_filters)}",
            shows=f'a[href="{city.get_url()}"]',
        ),
        PublicUrl(
            "resource_index_page-filtered",
            f"{samples[ResourceIndexPage].get_url()}?{urlencode(library_filters)}",
            shows=f'a[href="{resource.get_url()}"]',
        ),
        PublicUrl(
            "search-results",
            search + urlencode({"q": resource.title}),
            shows="ol.search-results article.search-result",
        ),
        PublicUrl("search-none", search + urlencode({"q": NO_MATCH}), shows="ul.search-hints"),
        PublicUrl("404", f"/{language}/{NO_MATCH}/", status=404),
        PublicUrl(APPLICATION_FORM, application_form_path(language), shows="form.application-form"),
    ]
