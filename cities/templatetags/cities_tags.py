"""What other pages show of the network: `{% network_in_numbers %}` (on the home page)."""

from django import template
from django.utils.translation import get_language

from cities.models import CityIndexPage, CityPage

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


@register.inclusion_tag("components/cities/network_in_numbers.html", takes_context=True)
def network_in_numbers(context):
    numbers = network_numbers()
    index = (
        CityIndexPage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .only("id", "title", "url_path")
        .first()
    )
    return {"request": context["request"], "numbers": numbers, "index": index}
