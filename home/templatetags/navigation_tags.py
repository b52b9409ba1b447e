from django import template
from django.conf import settings
from django.utils.translation import get_language

from home import navigation
from home.caching import remember
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page (or, on pages that are not Wagtail pages, the home page; or the same
    view when its context says `in_every_language`) in every configured language. base.html
    computes it once for <head> and the switcher."""
    return navigation.language_versions(
        context["request"],
        context.get("page") or None,
        every_language=context.get("in_every_language", False),
    )


@register.filter
def other_languages(versions):
    """The versions of the page in the languages other than the reader's (for "also available
    in" links): `versions` is what `language_versions` gave."""
    return [version for version in versions if version.is_available and not version.is_current]


@register.simple_tag(takes_context=True)
def home_page(context):
    return navigation.current_home(context["request"])


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current_path = getattr(context.get("page"), "path", "")
    items = []
    for item in navigation.menu_items(request):
        # "page" for the page being read, "true" for an ancestor of it (a section it is in).
        current = None
        if current_path == item.path:
            current = "page"
        elif current_path.startswith(item.path):
            current = "true"
        items.append((item, current))
    return {"request": request, "items": items}


@register.simple_tag(takes_context=True)
def site_settings(context):
    language = get_language() or settings.LANGUAGE_CODE
    return remember(
        context["request"], "settings", (language,), lambda: SiteSettings.for_language(language)
    )


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    return navigation.breadcrumbs(context["request"], page)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)
