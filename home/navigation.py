"""What every page's header and footer need: the language versions of the current page and of
the home page, the main menu and the breadcrumbs. Computed with a fixed number of queries,
whatever the number of languages or menu items, and kept per language in the shared cache
until the next change of content (home.caching): a page that finds them there makes none."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.caching import remember, site_for_request


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language
    url: str
    is_current: bool
    is_available: bool  # False: this page is not in that language; the url is its home page
    is_rtl: bool
    is_default: bool  # the site's default language: the `x-default` alternate


@dataclass(frozen=True)
class _TranslatedPath:
    path: str

    def get_url(self, request):
        return self.path


def _live_versions(translation_key):
    """Live pages sharing a translation key, by language; alias pages count as missing, since
    they show another language's text."""
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key=translation_key, alias_of__isnull=True)
        .select_related("locale")
    )
    return {page.locale.language_code: page for page in pages}


def locale_homes(request):
    """The home page of each language, by language code (cached on the request)."""
    if not hasattr(request, "_sheltercity_homes"):
        site = site_for_request(request)
        request._sheltercity_homes = (
            remember(request, "homes", (site.pk,), lambda: _homes(site)) if site else {}
        )
    return request._sheltercity_homes


def _homes(site):
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    pages = Page.objects.live().filter(translation_key__in=root_key).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def current_home(request):
    homes = locale_homes(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def language_versions(request, page=None, every_language=False):
    """One entry per configured language, in the configured order. `every_language`: the
    request is a view that exists in every language (the search page): each version is the
    same address, query string included, under the other language's prefix."""
    homes = locale_homes(request)
    if every_language:
        path = request.get_full_path()
        versions = {code: _TranslatedPath(translate_url(path, code)) for code in homes}
    elif page is None:
        versions = homes
    elif any(home.translation_key == page.translation_key for home in homes.values()):
        # A home page: its versions are the homes already loaded, less the alias placeholders.
        versions = {code: home for code, home in homes.items() if not home.alias_of_id}
    else:
        key = page.translation_key
        versions = remember(request, "versions", (key,), lambda: _live_versions(key))
    current = get_language()
    result = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = versions.get(code) or homes.get(code)
        if target is None:
            continue
        result.append(
            LanguageVersion(
                code=code,
                name=name,
                url=target.get_url(request),
                is_current=code == current,
                is_available=code in versions,
                is_rtl=get_language_info(code)["bidi"],
                is_default=code == settings.LANGUAGE_CODE,
            )
        )
    return result


def menu_items(request):
    home = current_home(request)
    if home is None:
        return []
    return remember(
        request, "menu", (home.pk,), lambda: list(home.get_children().live().public().in_menu())
    )


def breadcrumbs(request, page):
    """The page's ancestors below the site's root, from its home page down."""
    return remember(request, "ancestors", (page.pk,), lambda: list(page.get_ancestors()[1:]))
