"""Which call is open now, and when that changes: computed per request, shared by the banner,
the home page and the cache headers, from the calls still to come in the reader's language
(kept in the shared cache until the next change of content, home.caching, and on the request).
What is open is decided on each request from the calls' dates, so a call opens and closes on
time whatever was kept."""

from django.utils import timezone
from django.utils.translation import get_language

from home.caching import remember
from opencall.models import OpenCallPage
from opencall.status import CallStatus


def live_calls(request):
    """The calls in the reader's language that have not closed yet, soonest first (cached on
    the request). Untranslated calls are there too, as wagtail-localize's alias pages."""
    language = get_language()
    cache = getattr(request, "_sheltercity_calls", None)
    if cache is None or cache[0] != language:
        now = timezone.now()
        calls = [
            call
            for call in remember(request, "calls", (language,), lambda: _calls(language))
            if call.status(now) != CallStatus.CLOSED
        ]
        cache = (language, calls)
        request._sheltercity_calls = cache
    return cache[1]


def _calls(language):
    """The calls in `language` not closed now (the ones that close later are dropped when read)."""
    return list(
        OpenCallPage.objects.published()
        .in_language(language)
        .not_closed(timezone.now())
        .only(
            *("id", "title", "url_path", "path", "depth", "locale_id"),
            *("opens_at", "closes_at", "stay_starts", "stay_ends"),  # the home page shows them
        )
        .order_by("opens_at")
    )


def _first_with_status(request, status):
    now = timezone.now()
    return next((call for call in live_calls(request) if call.status(now) == status), None)


def open_call(request):
    return _first_with_status(request, CallStatus.OPEN)


def next_call(request):
    return _first_with_status(request, CallStatus.UPCOMING)


def seconds_until_next_change(request):
    """Seconds until a call opens or closes (the banner and statuses change then), or None."""
    now = timezone.now()
    changes = [change for call in live_calls(request) if (change := call.next_change(now))]
    if not changes:
        return None
    return max(0, int((min(changes) - now).total_seconds()))
