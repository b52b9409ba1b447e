from django.apps import AppConfig
from django.core import checks


class MirrorsConfig(AppConfig):
    """Copies of the site for readers where it is blocked: the signed static mirror
    (`manage.py export_mirror`), the offline library of each language, the onion address and
    the list of mirrors in the footer. Reads the domain apps, which never import this one."""

    name = "mirrors"
    verbose_name = "Mirrors and offline copies"

    def ready(self):
        from mirrors import signals
        from mirrors.checks import check_onion_location, check_security_middleware

        checks.register(check_onion_location, checks.Tags.security)
        checks.register(check_security_middleware, checks.Tags.security, deploy=True)
        signals.connect()
