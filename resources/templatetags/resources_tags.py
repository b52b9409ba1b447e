from django import template
from django.utils.translation import get_language

from resources.models import ResourceIndexPage, ResourcePage

register = template.Library()

LATEST_COUNT = 3


@register.inclusion_tag("components/resources/latest_resources.html", takes_context=True)
def latest_resources(context):
    """The newest resources of the reader's language and its library, for the home page (three
    queries: the resources, their view restrictions, the library)."""
    language = get_language()
    resources = list(
        ResourcePage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .defer_streamfields()
        .order_by("-first_published_at")[:LATEST_COUNT]
    )
    library = None
    if resources:
        library = ResourceIndexPage.objects.live().filter(locale__language_code=language).first()
    return {"request": context["request"], "resources": resources, "library": library}
