"""The search page and its suggestions, per language (`/<lang>/search/`)."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from cities.models import CityIndexPage
from home.caching import active_locale, remember
from resources.models import ResourceIndexPage
from search import engine


def section_indexes(locale):
    """The library and the city index in `locale`, where the search page sends readers next."""
    return {
        "library": ResourceIndexPage.objects.live().filter(locale=locale).first(),
        "cities": CityIndexPage.objects.live().filter(locale=locale).first(),
    }


@require_safe
def search(request):
    locale = active_locale(request)
    outcome = engine.search(request, locale)
    context = {
        "search": outcome,
        **remember(request, "search-links", (locale.pk,), lambda: section_indexes(locale)),
        "in_every_language": True,  # the switcher keeps the query (home.navigation)
    }
    return TemplateResponse(request, "pages/search/search.html", context)


@require_safe
def suggest(request):
    """Titles of pages in the reader's language beginning like what was typed, as JSON for the
    search field's suggestions (static/js/search-suggest.js). Same origin, no cookie needed."""
    pages = engine.autocomplete(request.GET.get("q", ""), active_locale(request))
    return JsonResponse(
        {"results": [{"title": page.title, "url": page.get_url(request)} for page in pages]},
        json_dumps_params={"ensure_ascii": False},
    )
