"""`/sitemap.xml`: Wagtail's sitemap (`wagtail.contrib.sitemaps`) with every language.

Upstream behaviour: Wagtail's `Sitemap.items()` lists the descendants of the site's root page,
which on a multilingual site is the default language's home page only; the other languages'
trees are left out, and no entry carries `hreflang` alternates (wagtail/wagtail#6583,
wagtail/wagtail#1196; the open pull request wagtail/wagtail#12973 would add both). Django's
`sitemap.xml` template, which Wagtail renders, already writes `<xhtml:link rel="alternate"
hreflang>` for an entry's `alternates`.

What changes here, and why:

- the items are the live, public pages under each language's home page (the translations of
  the site's root page), so a reader searching in Arabic can find the Arabic pages;
- alias pages (a language's untranslated copy of another's page) are left out, as the
  language switcher leaves them out: they show another language's text;
- each entry lists its translations (its own language included, as Google asks) and
  `x-default`, the default language's version, when it has more than one language, taken
  from the items already loaded: the queries do not grow with the number of pages.

Alternates are found among the entries of the same sitemap page (Django's limit, 50,000
entries): a site with more pages than that would lose the alternates that fall on another page.
`tests/home/test_sitemap.py` checks that Wagtail's own sitemap still lists one language only.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import F, Q
from django.utils.cache import patch_cache_control
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Page


class Sitemap(WagtailSitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        under_a_home = Q()
        for path in homes.values_list("path", flat=True):
            under_a_home |= Q(path__startswith=path)
        return (
            Page.objects.filter(under_a_home)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .annotate(language_code=F("locale__language_code"))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        locations = {item.pk: item.get_full_url(self.request) for item in pages}
        versions = defaultdict(dict)
        for item in pages:
            versions[item.translation_key][item.language_code] = locations[item.pk]
        urls = []
        last_mods = set()
        for item in pages:
            alternates = self.alternates(versions[item.translation_key])
            for url_info in item.get_sitemap_urls(self.request):
                if alternates and url_info["location"] == locations[item.pk]:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        # As Wagtail: the Last-Modified header, unless some entry has no date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    @staticmethod
    def alternates(by_language):
        """Django's template reads `lang_code` and `location`; in the configured order."""
        if len(by_language) < 2:
            return []
        found = [
            {"lang_code": code, "location": by_language[code]}
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code in by_language
        ]
        default = by_language.get(settings.LANGUAGE_CODE)
        if default:
            found.append({"lang_code": "x-default", "location": default})
        return found


def sitemap(request):
    response = wagtail_sitemap_view(request, sitemaps={"pages": Sitemap})
    # Outside the language prefixes, so the page middleware leaves it alone: the pages' header.
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return response
