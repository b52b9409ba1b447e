"""Which call is open now, and when that changes: computed per request, shared by the banner,
the home page and the cache headers (one query per request, cached on the request)."""

from django.utils import timezone
from django.utils.translation import get_language


def live_calls(request):
    """The calls in the reader's language that have not closed yet, soonest first (cached on
    the request). Untranslated calls are there too, as wagtail-localize's alias pages."""
    language = get_language()
    cache = getattr(request, "_sheltercity_calls", None)
    if cache is None or cache[0] != language:
        from opencall.models import OpenCallPage

        now = timezone.now()
        calls = list(
            OpenCallPage.objects.live()
            .public()
            .filter(locale__language_code=language, closes_at__gt=now)
            .only("id", "title", "url_path", "path", "depth", "opens_at", "closes_at", "locale_id")
            .order_by("opens_at")
        )
        cache = (language, calls)
        request._sheltercity_calls = cache
    return cache[1]


def open_call(request):
    now = timezone.now()
    return next((call for call in live_calls(request) if call.opens_at <= now), None)


def next_call(request):
    now = timezone.now()
    return next((call for call in live_calls(request) if call.opens_at > now), None)


def seconds_until_next_change(request):
    """Seconds until a call opens or closes (the banner and statuses change then), or None."""
    now = timezone.now()
    moments = [
        moment
        for call in live_calls(request)
        for moment in (call.opens_at, call.closes_at)
        if moment > now
    ]
    if not moments:
        return None
    return max(0, int((min(moments) - now).total_seconds()))
