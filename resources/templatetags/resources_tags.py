from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from home.caching import fragment
from home.lists import html_list, own_name
from resources.models import ResourceIndexPage, ResourcePage

register = template.Library()

LATEST_COUNT = 3


@register.simple_tag(takes_context=True)
def latest_resources(context):
    """The newest resources of the reader's language and its library, for the home page, kept
    per language in the shared cache."""
    return fragment(
        context["request"],
        "latest-resources",
        "components/resources/latest_resources.html",
        _latest_resources,
    )


def _latest_resources():
    language = get_language()
    resources = list(
        ResourcePage.objects.published()
        .filter(locale__language_code=language)
        .defer_streamfields()
        .order_by("-first_published_at")[:LATEST_COUNT]
    )
    library = None
    if resources:
        library = ResourceIndexPage.objects.live().filter(locale__language_code=language).first()
    return {"resources": resources, "library": library}


@register.filter
def available_languages(resource):
    """What "Available in" lists for a resource (set by `attach_languages`): each language's
    name in that language, in the site's order, those with a file marked so; for `as_list`."""
    marker = gettext("file")
    return [
        format_html("{} <small>({})</small>", own_name(code), marker)
        if code in resource.file_languages
        else own_name(code)
        for code, _name in settings.LANGUAGES
        if code in resource.available_languages
    ]


CHECKSUM_COMMANDS = ["sha256sum", "shasum -a 256", "certutil -hashfile"]


@register.simple_tag
def checksum_commands():
    """The commands that print a file's SHA-256, as alternatives in the reader's list format,
    each kept left to right (`<code dir="ltr">`) inside right-to-left text."""
    return html_list(
        [format_html('<code dir="ltr">{}</code>', command) for command in CHECKSUM_COMMANDS],
        style="or",
    )
