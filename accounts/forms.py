from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from accounts import throttle


def _moment(when):
    return formats.date_format(timezone.localtime(when), "DATETIME_FORMAT")


class ThrottledLoginForm(LoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM), refusing a locked username before
    its password is even checked, and counting wrong passwords (accounts/throttle.py)."""

    locked_message = _(
        "Too many failed sign-ins for this account. Try again after %(moment)s, or ask an "
        "administrator to unlock it."
    )

    def clean(self):
        username = self.cleaned_data.get("username")
        if not username or not self.cleaned_data.get("password"):
            return super().clean()  # a missing field is reported on its own
        throttle.forget_expired()
        until = throttle.locked_until(username)
        if until is not None:
            raise ValidationError(
                self.locked_message, code="locked", params={"moment": _moment(until)}
            )
        try:
            cleaned_data = super().clean()
        except ValidationError as error:
            if error.code == "invalid_login":
                until = throttle.record_failure(username)
                if until is not None:
                    raise ValidationError(
                        self.locked_message, code="locked", params={"moment": _moment(until)}
                    ) from error
            raise
        throttle.record_success(username)
        return cleaned_data


class CodeForm(forms.Form):
    """A code from the authenticator app (six digits) or one of the recovery codes."""

    code = forms.CharField(
        label=_("Code"),
        max_length=64,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if not code.isascii() or not code.isalnum():
            raise ValidationError(_("A code has only digits and letters."), code="invalid")
        return code
