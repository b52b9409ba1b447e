from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """The application form of each open call, sealed to the programme's public key as it
    arrives (README, "Applications"). Reads the open call's pages; opencall routes its form
    here."""

    name = "applications"
    verbose_name = _("Applications")

    def ready(self):
        from applications.checks import check_public_key

        checks.register(check_public_key)
