"""Purging the front cache (Varnish, or a CDN) when what readers see changes.

Public pages say `Cache-Control: public, max-age=…` (opencall/middleware.py), so a front cache
keeps them; a corrected page must show at once. The backends are Wagtail's
(`wagtail.contrib.frontend_cache`), configured from the environment only (settings
`WAGTAILFRONTENDCACHE`: FRONTEND_CACHE_URL for Varnish, or Cloudflare, or CloudFront; none set,
nothing is purged and nothing here runs a query).

What upstream does, and why this module instead: Wagtail's `wagtail.contrib.frontend_cache`
app connects `page_published` and `page_unpublished` to purge the page itself (its URL with
`get_cached_paths()`), once per language by swapping the URL's language prefix
(`WAGTAILFRONTENDCACHE_LANGUAGES`). Here a page is listed and linked from others, so the app is
not installed (its handlers would purge the page twice) and `WAGTAILFRONTENDCACHE_LANGUAGES` is
empty (a translation's URL is its own, not the prefix swapped); its backends and `PurgeBatch`
are used as they are ("Invalidating index pages" in Wagtail's frontend cache documentation).

On publish, unpublish (and so delete: Wagtail unpublishes a live page before deleting it), slug
change and move of a page, what is purged (`related_urls`):
- the page with its routable sub-paths (`get_cached_paths`: the calls index's feeds);
- every live translation of it (their language switcher and "also available in" change);
- its parent (the section index that lists it: library, cities, calls);
- the home page of its language (new resources, the network in numbers, the current call);
- the sitemap, and what the page type adds with `get_frontend_cache_related_pages()`;
- on a move or slug change, also the old URLs of the page and of its descendants.

What every page shows purges the whole site: a page type that says so
(`shown_on_every_page`: the call, in the banner), a page in the menus or that could be (a home
page's child, whichever way its `show_in_menus` was turned), and
saving or deleting any snippet (site settings, organisations). Varnish (`VarnishBackend`) drops
everything it holds for the host with one request; a CDN gets every live page's URL.

Replacing a document's file changes the pages that show its size and checksum: the live pages
referring to it (Wagtail's reference index) are purged, with the document's own URL (Varnish
does not keep documents: their responses carry no `Cache-Control`).

Purges are sent once the transaction commits (before, a reader's request could put the old
version back in the cache), and everything one transaction changed goes in one batch.
"""

import logging
import threading
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends, purge_urls_from_cache
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)
from wagtail.snippets.models import get_snippet_models

from home.models import HomePage

logger = logging.getLogger("wagtail.frontendcache")


def onion_hostname():
    """The host name of the site's onion address (ONION_LOCATION), or None. Tor hands its
    readers' requests to the same Varnish, which keeps their copies under that host apart
    (mirrors/onion.py): what is purged for the site's host is purged for it too."""
    location = getattr(settings, "ONION_LOCATION", "")
    return urlsplit(location).hostname if location else None


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend (`PURGE <path>` to Varnish with the page's host), which can also
    drop everything cached for a host in one request (`X-Purge-Scope: host`,
    deploy/varnish/default.vcl). Each purge is sent for the onion address's host as well."""

    def purge(self, url):
        super().purge(url)
        onion = onion_hostname()
        parts = urlsplit(url)
        if onion and parts.hostname != onion:
            super().purge(urlunsplit([parts.scheme, onion, parts.path, parts.query, ""]))

    def purge_site(self, hostnames):
        onion = onion_hostname()
        for hostname in [*hostnames, *([onion] if onion and onion not in hostnames else [])]:
            request = PurgeRequest(
                url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
                headers={"Host": hostname, "X-Purge-Scope": "host"},
            )
            try:
                urlopen(request, timeout=5)  # noqa: S310 (the configured Varnish address)
            except (URLError, OSError) as error:
                logger.error("Couldn't purge host %s from the HTTP cache: %s", hostname, error)


# --- What a change affects ---------------------------------------------------------------------


def page_urls(page, batch):
    """The page's full URL with each of its cached paths (nothing for a page without one)."""
    url = page.get_full_url(batch)
    if url is None:
        return []
    return [url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def related_urls(page, batch):
    """Every URL whose response shows `page` (see the module's docstring)."""
    page = page.specific_deferred
    urls = set(page_urls(page, batch))
    others = list(page.get_translations().live().specific())
    parent = page.get_parent()
    if parent is not None and parent.depth > 1 and parent.live:
        others.append(parent.specific)
    site = page.get_site()
    if site is not None:
        home = site.root_page.get_translation_or_none(page.locale)
        if home is not None and home.live:
            others.append(home.specific)
        urls.add(site.root_url + "/sitemap.xml")
    extra = getattr(page, "get_frontend_cache_related_pages", None)
    if extra is not None:
        others.extend(extra())
    for other in others:
        urls.update(page_urls(other, batch))
    return urls


def subtree_urls(page, batch):
    """The URLs of the page and of its live descendants, as they are now."""
    urls = set(page_urls(page, batch))
    for descendant in page.get_descendants().live().specific():
        urls.update(page_urls(descendant, batch))
    return urls


def shown_on_every_page(page):
    """A page the banner shows (its type says so), or one the menu may show: the menu is chosen
    among a home page's children, so whichever way `show_in_menus` was turned, theirs count."""
    page = page.specific_deferred
    if page.show_in_menus or getattr(page, "shown_on_every_page", False):
        return True
    parent = page.get_parent()
    return parent is not None and issubclass(parent.specific_class or Page, HomePage)


# --- Collected per transaction, sent on commit -------------------------------------------------

_pending = threading.local()


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _schedule(urls=(), whole_site=False):
    """Add to what the current transaction purges. Each change asks for a flush on commit: the
    first one sends everything collected, the others find nothing left. (A flag saying a flush
    is already asked for would stay set when the transaction rolls back, and this thread would
    then never purge again.)"""
    if not hasattr(_pending, "urls"):
        _pending.urls, _pending.whole_site = set(), False
    _pending.urls.update(urls)
    _pending.whole_site = _pending.whole_site or whole_site
    transaction.on_commit(flush)


def flush():
    """Send what was collected: the URLs, and the whole site when asked."""
    urls, whole_site = getattr(_pending, "urls", set()), getattr(_pending, "whole_site", False)
    _pending.urls, _pending.whole_site = set(), False
    if whole_site:
        purge_whole_site(urls)
    elif urls:
        purge_urls_from_cache(sorted(urls))


def purge_whole_site(also=()):
    """Everything cached for the sites: one ban per host where the backend can (Varnish),
    every live page's URL (and `also`) where it cannot (a CDN)."""
    sites = list(Site.objects.all())
    hostnames = {urlsplit(site.root_url).netloc for site in sites}
    by_url = []
    for name, backend in get_backends().items():
        if isinstance(backend, VarnishBackend):
            backend.purge_site(hostnames)
        else:
            by_url.append(name)
    if by_url:
        batch = PurgeBatch(also)
        batch.add_pages(Page.objects.live().specific().iterator())
        batch.add_urls(site.root_url + "/sitemap.xml" for site in sites)
        batch.purge(backends=by_url)


# --- Receivers ---------------------------------------------------------------------------------


def page_changed(sender, instance, **kwargs):
    if not enabled():
        return
    batch = PurgeBatch()
    _schedule(related_urls(instance, batch), whole_site=shown_on_every_page(instance))


def page_slug_changed_receiver(sender, instance, instance_before, **kwargs):
    if not enabled() or not instance.live:
        return
    _schedule(page_urls(instance_before, PurgeBatch()), whole_site=shown_on_every_page(instance))


def page_moving(sender, instance, **kwargs):
    """Before the move: the old URLs of the page and its descendants."""
    if enabled() and instance.live:
        _schedule(subtree_urls(instance, PurgeBatch()))


def page_moved(sender, instance, parent_page_before, **kwargs):
    """After: the new URLs, the old parent's listing and what lists the page now."""
    if not enabled() or not instance.live:
        return
    batch = PurgeBatch()
    urls = subtree_urls(instance, batch) | related_urls(instance, batch)
    if parent_page_before.live and parent_page_before.depth > 1:
        urls.update(page_urls(parent_page_before.specific, batch))
    _schedule(urls, whole_site=shown_on_every_page(instance))


def snippet_changed(sender, instance, **kwargs):
    if enabled() and sender in get_snippet_models():
        _schedule(whole_site=True)


def document_saved(sender, instance, created, **kwargs):
    if not enabled() or created:
        return
    batch = PurgeBatch()
    urls = set()
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        urls.add(site.root_url + instance.url)  # /documents/<id>/<file name>
    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
        .values_list("object_id", flat=True)
    )
    for page in Page.objects.live().filter(id__in=[int(pk) for pk in page_ids]).specific():
        urls.update(related_urls(page, batch))
    _schedule(urls)


def connect():
    """Called by home.apps.HomeConfig.ready()."""
    page_published.connect(page_changed, dispatch_uid="frontend_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="frontend_cache_unpublished")
    page_slug_changed.connect(page_slug_changed_receiver, dispatch_uid="frontend_cache_slug")
    pre_page_move.connect(page_moving, dispatch_uid="frontend_cache_moving")
    post_page_move.connect(page_moved, dispatch_uid="frontend_cache_moved")
    post_save.connect(snippet_changed, dispatch_uid="frontend_cache_snippet_saved")
    post_delete.connect(snippet_changed, dispatch_uid="frontend_cache_snippet_deleted")
    post_save.connect(
        document_saved, sender=get_document_model(), dispatch_uid="frontend_cache_document"
    )
