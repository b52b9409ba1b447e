"""What the city index and city pages show, loaded with a fixed number of queries whatever the
number of cities: one for the cities, one for their hosts, one for the hosts' translations."""

import unicodedata

from django.db.models import Prefetch
from wagtail.models import Page

from cities.filters import CityFilterForm
from cities.map import build_map
from cities.models import CityHost, CityPage, Organisation
from home.translations import in_locale


def sort_key(page):
    """Alphabetical, ignoring case and accents, the same on SQLite and PostgreSQL."""
    decomposed = unicodedata.normalize("NFKD", page.title)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def attach_hosts(cities, locale_id):
    """Set `city.host_organisations` on each city, in the reader's language."""
    organisations = [host.organisation for city in cities for host in city.hosts.all()]
    localized = iter(in_locale(organisations, locale_id, Organisation.objects.all()))
    for city in cities:
        city.host_organisations = [next(localized) for _host in city.hosts.all()]
    return cities


def published_cities(index_page):
    hosts = CityHost.objects.select_related("organisation").order_by("sort_order")
    cities = (
        CityPage.objects.child_of(index_page)
        .live()
        .public()
        .prefetch_related(Prefetch("hosts", queryset=hosts))
    )
    return sorted(attach_hosts(list(cities), index_page.locale_id), key=sort_key)


def city_index_context(index_page, request):
    cities = published_cities(index_page)
    form = CityFilterForm(request.GET, cities)
    matching = form.filtered()
    return {
        "cities": matching,
        "city_count": len(matching),
        "total_count": len(cities),
        "filter_form": form,
        "facets": form.facets(),
        "is_filtered": bool(form.selected),
        "ignored_filters": form.ignored,
        "network_map": build_map(cities, matching) if cities else None,
    }


def neighbours(page):
    """The previous and next cities in the index's order (alphabetical), or None."""
    siblings = sorted(
        CityPage.objects.sibling_of(page, inclusive=True)
        .live()
        .public()
        .only("id", "title", "url_path", "path", "depth"),
        key=sort_key,
    )
    ids = [sibling.pk for sibling in siblings]
    if page.pk not in ids:  # a draft being previewed
        return None, None
    position = ids.index(page.pk)
    previous = siblings[position - 1] if position > 0 else None
    following = siblings[position + 1] if position + 1 < len(siblings) else None
    return previous, following


def application_page(page):
    """The page to apply through, in the reader's language when it has been translated."""
    if not page.application_page_id:
        return None
    translation_key = Page.objects.filter(pk=page.application_page_id).values("translation_key")
    versions = Page.objects.live().public().filter(translation_key__in=translation_key)
    by_locale = {version.locale_id: version for version in versions}
    chosen = {version.pk: version for version in by_locale.values()}.get(page.application_page_id)
    return by_locale.get(page.locale_id) or chosen


def json_ld(page, request):
    """schema.org description of the place."""
    data = {
        "@context": "https://schema.org",
        "@type": "City",
        "name": page.title,
        "description": page.introduction,
        "url": request.build_absolute_uri(page.url),
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        },
        "containedInPlace": {"@type": "Country", "name": str(page.country.name)},
    }
    return data


def city_page_context(page, request):
    hosts = page.hosts.select_related("organisation").order_by("sort_order")
    previous, following = neighbours(page)
    return {
        "host_organisations": in_locale(
            [host.organisation for host in hosts], page.locale_id, Organisation.objects.all()
        ),
        "previous_city": previous,
        "next_city": following,
        "apply_page": application_page(page),
        "structured_data": json_ld(page, request),
    }
