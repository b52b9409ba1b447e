from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from accounts.policy import two_factor_required
from accounts.twofactor import has_device
from home.views import DATABASE_UNAVAILABLE, service_unavailable

# What a signed-in user who still owes a second factor may reach: the two steps themselves,
# signing out, and what the admin's own pages load.
OPEN_URL_NAMES = {
    "accounts_verify",
    "accounts_enrol",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


class AdminAccountMiddleware:
    """Under the admin's URLs only (a public page never touches the session here):

    - a signed-in user with a second factor who has not given it this session is sent to
      `accounts_verify`; one who must have a second factor (accounts/policy.py) and has none is
      sent to `accounts_enrol`; nothing else of the admin answers them until then;
    - every admin response saves the session, so it expires after `SESSION_COOKIE_AGE` without
      admin activity (a working day) rather than that long after signing in.

    After django_otp's OTPMiddleware, which gives `request.user.is_verified()`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            return self.get_response(request)
        try:
            signed_in = request.user.is_authenticated  # reads the session and the user
        except DATABASE_UNAVAILABLE:
            return service_unavailable(request)  # the admin's 503, as for a view
        if signed_in:
            step = self.missing_step(request)
            if step is not None:
                return step
        response = self.get_response(request)
        if signed_in and response.status_code != 503:
            request.session.modified = True  # the idle clock starts again
        return response

    def missing_step(self, request):
        user = request.user
        if not user.has_perm("wagtailadmin.access_admin") or user.is_verified():
            return None
        if _url_name(request) in OPEN_URL_NAMES:
            return None
        if has_device(user):
            step = "accounts_verify"
        elif two_factor_required(user):
            step = "accounts_enrol"
        else:
            return None
        back = request.get_full_path() if request.method == "GET" else reverse("wagtailadmin_home")
        return redirect(f"{reverse(step)}?{urlencode({'next': back})}")
