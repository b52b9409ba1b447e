"""Which call is open now, and when that changes: computed per request, shared by the banner,
the home page and the cache headers (one query per request, cached on the request)."""

from django.utils import timezone
from django.utils.translation import get_language

from opencall.models import OpenCallPage
from opencall.status import CallStatus


def live_calls(request):
    """The calls in the reader's language that have not closed yet, soonest first (cached on
    the request). Untranslated calls are there too, as wagtail-localize's alias pages."""
    language = get_language()
    cache = getattr(request, "_sheltercity_calls", None)
    if cache is None or cache[0] != language:
        calls = list(
            OpenCallPage.objects.published()
            .in_language(language)
            .not_closed(timezone.now())
            .only(
                *("id", "title", "url_path", "path", "depth", "locale_id"),
                *("opens_at", "closes_at", "stay_starts", "stay_ends"),  # the home page shows them
            )
            .order_by("opens_at")
        )
        cache = (language, calls)
        request._sheltercity_calls = cache
    return cache[1]


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
