from django import template
from django.utils.html import format_html

from home.lists import html_list, own_name, own_names

register = template.Library()


@register.filter
def as_list(items, style="standard"):
    """`items` as one phrase in the reader's language's list format ("a, b et c" in French,
    "a وb وc" in Arabic), each item escaped unless marked safe: `{{ names|as_list }}`, or
    `{{ names|as_list:"or" }}` for alternatives."""
    return html_list(items or [], style=style)


@register.filter
def language_names(codes):
    """The names of the site languages `codes`, each in its own language and isolated
    (`<bdi lang="fr">Français</bdi>`), in the site's order: `{{ codes|language_names|as_list }}`."""
    return own_names(codes or [])


@register.filter
def language_name(code):
    """A site language's name in its own language, isolated: `<bdi lang="fr">Français</bdi>`."""
    return own_name(code)


@register.filter
def isolated(items, attribute=None):
    """Each of `items` (or its `attribute`) in <bdi>: names that may be written in another
    script than the page's (an organisation's, a city's) keep their place in the sentence:
    `{{ city.host_organisations|isolated:"name"|as_list }}`."""
    return [bdi(getattr(item, attribute) if attribute else item) for item in items or []]


@register.filter
def bdi(value):
    """One piece of text isolated from the sentence around it (`<bdi>`): words a reader typed,
    in any script, keep their order inside a sentence of another direction."""
    return format_html("<bdi>{}</bdi>", value)
