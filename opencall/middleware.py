from django.conf import settings
from django.utils.cache import patch_cache_control

from opencall.schedule import seconds_until_next_change


def call_status_cache_middleware(get_response):
    """Public responses may be cached for `PAGE_CACHE_SECONDS`, but never past the moment a call
    opens or closes: every page shows the call's status (the banner), so none may outlive it."""

    def middleware(request):
        response = get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or request.path.startswith(settings.UNLOCALIZED_URL_PREFIXES)
            or getattr(request, "is_preview", False)
            or getattr(request, "is_dummy", False)
            or response.has_header("Cache-Control")
            or response.cookies
            # Signed-in editors see their own changes at once, never a kept copy.
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return response
        max_age = settings.PAGE_CACHE_SECONDS
        remaining = seconds_until_next_change(request)
        if remaining is not None:
            max_age = min(max_age, remaining)
        patch_cache_control(response, public=True, max_age=max_age)
        return response

    return middleware
