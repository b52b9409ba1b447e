"""The second-factor pages of the admin (accounts/templates/accounts/) and the superusers'
sign-in security page. Every form works without JavaScript."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from accounts import throttle, twofactor
from accounts.forms import CodeForm
from accounts.policy import two_factor_required, two_factor_required_of


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def verify(request):
    """The step after the password: a code from the app, or a recovery code."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    next_url = _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    if not twofactor.has_device(user):
        return redirect(reverse("accounts_enrol") + "?" + request.GET.urlencode())
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, throttled = twofactor.check_code(user, form.cleaned_data["code"])
        if device is not None:
            twofactor.complete_sign_in(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code, which cannot be used again. "
                        "Recovery codes left: %(count)s."
                    )
                    % {"count": twofactor.recovery_codes_left(user)},
                )
            return redirect(next_url)
        if throttled:
            form.add_error(
                "code", _("Too many wrong codes in a row. Wait a minute, then try again.")
            )
        else:
            form.add_error(
                "code",
                _(
                    "That code is not right. Enter the code your app shows now, or one of your "
                    "recovery codes."
                ),
            )
    return render(request, "accounts/verify.html", {"form": form, "next": next_url})


def enrol(request):
    """Set up the authenticator app: a QR code and the secret as text, confirmed with a code;
    then the recovery codes, shown once."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    next_url = _next_url(request)
    if twofactor.has_device(user):
        return redirect("accounts_two_factor" if user.is_verified() else "accounts_verify")
    device = twofactor.pending_app_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if twofactor.confirm_app(device, form.cleaned_data["code"]):
            codes = twofactor.new_recovery_codes(user)
            twofactor.complete_sign_in(request, device)
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": next_url, "first_time": True},
            )
        form.add_error(
            "code",
            _(
                "That code is not right. Check that your phone's clock is right and enter the "
                "code your app shows now."
            ),
        )
    return render(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": next_url,
            "required": two_factor_required(user),
            "qr_code": twofactor.qr_code_svg(device),
            "secret": twofactor.secret_text(device),
        },
    )


def two_factor(request):
    """The user's own second factor: whether it is set up, how many recovery codes are left."""
    user = request.user
    return render(
        request,
        "accounts/two_factor.html",
        {
            "has_device": twofactor.has_device(user),
            "required": two_factor_required(user),
            "codes_left": twofactor.recovery_codes_left(user),
        },
    )


@require_POST
def recovery_codes(request):
    """New recovery codes in place of the old ones, shown once."""
    if not twofactor.has_device(request.user):
        return redirect("accounts_enrol")
    codes = twofactor.new_recovery_codes(request.user)
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("accounts_two_factor"), "first_time": False},
    )


def _superuser_only(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def security(request):
    """Superusers: every account's second factor and sign-in lock, with a reset and an unlock."""
    _superuser_only(request)
    User = get_user_model()
    users = list(User.objects.filter(is_active=True).order_by(User.USERNAME_FIELD))
    with_device = twofactor.users_with_device(users)
    required = two_factor_required_of(users)
    locks = throttle.locks_of(user.get_username() for user in users)
    rows = [
        {
            "user": user,
            "has_device": user.pk in with_device,
            "required": user.pk in required,
            "locked_until": locks.get(user.get_username()),
        }
        for user in users
    ]
    return render(request, "accounts/security.html", {"rows": rows})


@require_POST
def reset_two_factor(request, user_id):
    _superuser_only(request)
    user = get_object_or_404(get_user_model(), pk=user_id)
    twofactor.reset(user)
    messages.success(
        request,
        _("%(user)s's second factor was removed; they set up a new one at their next sign-in.")
        % {"user": user.get_username()},
    )
    return redirect("accounts_security")


@require_POST
def unlock(request, user_id):
    _superuser_only(request)
    user = get_object_or_404(get_user_model(), pk=user_id)
    throttle.unlock(user.get_username())
    messages.success(request, _("%(user)s can sign in again.") % {"user": user.get_username()})
    return redirect("accounts_security")
