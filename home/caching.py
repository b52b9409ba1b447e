"""What every page repeats, kept in the shared cache (`CACHE_URL`: Redis in production) until
the content changes.

The menu, the home pages of the languages, a page's language versions and breadcrumbs, the
footer's settings and the calls behind the banner are the same for every reader of a language
until an editor publishes something. `remember()` keeps each under a key that starts with the
site's *generation*: a random token in the cache, replaced whenever pages, site settings,
sites, locales, view restrictions or a model marked `ShownOnPages` change (`forget_everything`,
connected in home/apps.py).
Replacing the token makes every older entry unreachable at once, in every process sharing the
cache; the old entries expire by themselves (`FRAGMENT_SECONDS`). Nothing about a reader is
ever part of a key or a value: only languages, page ids and paths.

The front cache (Varnish or a CDN) keeps whole pages and is purged on publish
(home/frontend_cache.py); this cache is what keeps a page that the front cache misses cheap.
"""

import uuid

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http.request import split_domain_port
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.documents.models import AbstractDocument
from wagtail.models import Locale, Page, PageViewRestriction, Site, TranslatableMixin

GENERATION_KEY = "sheltercity:generation"
FRAGMENT_SECONDS = 24 * 60 * 60  # unreachable entries of older generations go by then
_MISSING = object()


def generation(request=None):
    """The current generation token (read once per request when a request is given)."""
    if request is not None and hasattr(request, "_sheltercity_generation"):
        return request._sheltercity_generation
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, token, None):  # another process was first
            token = cache.get(GENERATION_KEY) or token
    if request is not None:
        request._sheltercity_generation = token
    return token


def fragment_key(request, name, parts):
    """The cache key of `name` and `parts` (strings or numbers: a language, a page id, a hash)
    in the current generation."""
    return ":".join(("sheltercity", generation(request), name, *map(str, parts)))


def remember(request, name, parts, compute):
    """The value of `compute()`, kept under `name` and `parts` for the current generation."""
    key = fragment_key(request, name, parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def site_for_request(request):
    """Wagtail's `Site.find_for_request`, answered from the shared cache: the site for the
    request's host name and port, kept on the request where Wagtail looks for it first."""
    if not hasattr(request, "_wagtail_site"):
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:  # the 400 page for a host the site does not serve: not kept
            return Site.find_for_request(request)
        request._wagtail_site = remember(
            request, "site", (hostname, request.get_port()), lambda: Site.find_for_request(request)
        )
    return request._wagtail_site


def fragment(request, name, template, get_context):
    """`template` rendered with `get_context()`, kept per language: a part of a page that is the
    same for every reader of a language (the home page's "network in numbers")."""
    return remember(
        request,
        name,
        (get_language(),),
        lambda: render_to_string(template, {"request": request, **get_context()}),
    )


def active_locale(request):
    """Wagtail's `Locale.get_active()`, kept per language."""
    return remember(request, "locale", (get_language(),), Locale.get_active)


def _new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def forget_everything(**kwargs):
    """A signal receiver: start a new generation now (this process sees the change at once)
    and again when the transaction commits (a request that read the old rows in between and
    kept them under the new token is forgotten too)."""
    _new_generation()
    transaction.on_commit(_new_generation)


class ShownOnPages:
    """What a model inherits to say that pages show it, so that saving or deleting one of its
    rows starts a new generation (for a model that is neither a page, nor translatable, nor a
    document: those count already). A plain marker, no field: e.g. `mirrors.Mirror`, the
    footer's list of mirrors. A model of another app declares it here, and home/ never has to
    import that app."""


# What the fragments are made of: pages, their view restrictions, sites and locales, documents,
# every translatable model (snippets, the site settings), and the models that declare
# `ShownOnPages`. A reader's download count or a search's daily count is none of them, and
# leaves the cache alone.
CONTENT_MODELS = (
    Page,
    PageViewRestriction,
    Site,
    Locale,
    TranslatableMixin,
    AbstractDocument,
    ShownOnPages,
)


def content_changed(sender, instance, **kwargs):
    """Connected to every model's post_save and post_delete (home/apps.py)."""
    if isinstance(instance, CONTENT_MODELS):
        forget_everything()
