"""What other pages show of the network: `{% network_in_numbers %}` (on the home page)."""

from django import template
from django.utils.translation import get_language

from cities.models import CityIndexPage, CityPage
from home.caching import fragment

register = template.Library()


def network_numbers():
    """Cities, countries and regions of the published network, counted from the city pages.

    A city counts once whatever the number of languages it is published in (its translation
    key), and counts as soon as it is published in one language.
    """
    rows = CityPage.objects.live().public().values_list("translation_key", "country", "region")
    cities = {key for key, _country, _region in rows}
    return {
        "cities": len(cities),
        "countries": len({country for _key, country, _region in rows}),
        "regions": len({region for _key, _country, region in rows}),
    }


@register.simple_tag(takes_context=True)
def network_in_numbers(context):
    """The numbers and a link to the city index, kept per language in the shared cache."""

    def get_context():
        index = (
            CityIndexPage.objects.live()
            .public()
            .filter(locale__language_code=get_language())
            .only("id", "title", "url_path")
            .first()
        )
        return {"numbers": network_numbers(), "index": index}

    return fragment(
        context["request"],
        "network-in-numbers",
        "components/cities/network_in_numbers.html",
        get_context,
    )
