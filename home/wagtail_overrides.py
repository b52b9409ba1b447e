"""Every place where the home app changes how Wagtail behaves, in one module.

Checked against Wagtail 8.0.1 (`CHECKED_AGAINST`); tests/home/test_wagtail_overrides.py runs
the upstream code beside each override and fails when upstream changes under it.

Both overrides keep in the shared cache (home.caching, one generation until content changes)
what Wagtail looks up again on every request, so that a page the front cache misses is served
with few queries (the budgets in tests/*/test_queries.py).

1. **Routing** (`serve_page`, in place of `wagtail.views.serve` in site/urls.py).
   Upstream: `Page.route_for_request` walks the tree from the site's root page on every
   request: the root page, its translation in the reader's language (`Locale.get_active`, then
   the translation), then for each segment of the path the child page and its specific row
   (`Page.route`): five queries for `/fr/about/`, seven for `/fr/library/some-resource/`,
   four to find that `/fr/no-such-page/` is none.
   Here the outcome, the page's content type and id and how many segments of the path lead to
   it, is kept per site, language and path. The page is loaded in one query and routes the
   rest of the path itself, as it does upstream at the last step (`page.route`: a
   RoutablePageMixin page resolves its sub-page, the feeds, without a query; another page
   checks it is live), then the route is handed to Wagtail's own serve view through
   `request._wagtail_route_for_request`, which `route_for_request` reads first. A path that
   matches no page stores nothing (made-up paths cannot fill the cache); the site's root page
   in each language, where every walk starts, is kept too.
2. **View restrictions** (`ViewRestrictionsMixin`, a base of `home.models.BasePage`, and
   `private_q` for `BasePageQuerySet`).
   Upstream: `Page.get_view_restrictions` (run for every page served, by Wagtail's
   `check_view_restrictions` hook) queries the page's ancestors for aliases, then the
   restrictions: two queries; `PageQuerySet.public()` reads every restriction each time.
   Here the site's restrictions are kept: while there are none (the usual case: the site is
   public), a page has none without a query; when there are some, Wagtail's own code runs as
   before for the page (aliases and all), and `public()` excludes their subtrees from the kept
   list.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction

from home.caching import FRAGMENT_SECONDS, fragment_key, remember, site_for_request

CHECKED_AGAINST = "8.0.1"


def _route_key(request, site, path):
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()
    return fragment_key(request, "route", (site.pk, get_language(), digest))


def _kept_route(request, key, components):
    """The route kept under `key`: the page loaded in one query, then asked to route what is
    left of the path (a RoutablePageMixin page resolves its sub-page without a query)."""
    kept = cache.get(key)
    if kept is None:
        return None
    content_type_id, page_id, own_components = kept
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model else None
    if page is None:
        return None
    try:
        return page.route(request, components[own_components:])
    except Http404:
        return None


def _route(request, site, components):
    """What `Page.route_for_request` does, from the site's root page in the reader's language
    kept in the shared cache (upstream: three queries to find it again on every request), and
    how many of `components` lead to the page found (the others are its sub-page's)."""
    root = remember(
        request, "root", (site.pk, get_language()), lambda: site.root_page.localized.specific
    )
    try:
        route = root.route(request, components)
    except Http404:
        return None, 0
    return route, route.page.depth - root.depth


def route_for_request(request, path):
    """`Page.route_for_request`, kept in the shared cache: the route, also left where Wagtail's
    serve view reads it (`request._wagtail_route_for_request`)."""
    site = site_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        components = [component for component in path.split("/") if component]
        key = _route_key(request, site, path)
        route = _kept_route(request, key, components)
        if route is None:
            route, own = _route(request, site, components)
            if route is not None:
                page = route.page
                cache.set(key, (page.content_type_id, page.pk, own), FRAGMENT_SECONDS)
        request._wagtail_route_for_request = route
    return getattr(request, "_wagtail_route_for_request", None)


def serve_page(request, path):
    """Wagtail's serve view, with the route from the shared cache when it is there."""
    from wagtail.views import serve  # loads the page model: not while models are loading

    route_for_request(request, path)
    return serve(request, path)


def restricted_pages(request=None):
    """The pages that carry a view restriction (path and depth are what `public()` needs)."""
    return remember(
        request,
        "restricted",
        (),
        lambda: list(
            Page.objects.filter(view_restrictions__isnull=False)
            .distinct()
            .only("path", "depth")
            .order_by()
        ),
    )


class ViewRestrictionsMixin:
    def get_view_restrictions(self):
        if not restricted_pages():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def private_q(queryset):
    """What `PageQuerySet.private_q` builds (and `public()` excludes), from the kept list."""
    q = Q()
    for page in restricted_pages():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])


def published_pages():
    """`Page.objects.live().public()` of every page type, with the restrictions from the kept
    list (the page types' own managers get it from `BasePageQuerySet.published()`)."""
    pages = Page.objects.live()
    return pages.exclude(private_q(pages))
