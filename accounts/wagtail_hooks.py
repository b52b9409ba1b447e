from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", views.two_factor, name="accounts_two_factor"),
        path("two-factor/verify/", views.verify, name="accounts_verify"),
        path("two-factor/enrol/", views.enrol, name="accounts_enrol"),
        path("two-factor/recovery-codes/", views.recovery_codes, name="accounts_recovery_codes"),
        path("sign-in-security/", views.security, name="accounts_security"),
        path(
            "sign-in-security/<int:user_id>/reset-two-factor/",
            views.reset_two_factor,
            name="accounts_reset_two_factor",
        ),
        path("sign-in-security/<int:user_id>/unlock/", views.unlock, name="accounts_unlock"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def security_menu_item():
    return SuperuserMenuItem(
        _("Sign-in security"), reverse("accounts_security"), icon_name="lock", order=650
    )


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": _("Your authenticator app and recovery codes."),
    }
