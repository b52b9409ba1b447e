"""Keep Wagtail's locales in step with `settings.WAGTAIL_CONTENT_LANGUAGES`.

Run after every `migrate`: each configured language gets a `Locale`, and every locale other than
the default one is synchronised from it (wagtail-localize's `LocaleSynchronization`), so
`manage.py sync_locale_trees` fills a new language's tree with alias pages until it is translated.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization


def sync_locales_with_settings(**kwargs):
    locales = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    default = Locale.get_default()
    for locale in locales:
        if locale.pk != default.pk:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": default}
            )
