from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.checks import Error, register


@register()
def check_working_languages(app_configs, **kwargs):
    unknown = [code for code in settings.CITY_WORKING_LANGUAGES if code not in LANG_INFO]
    if not unknown:
        return []
    return [
        Error(
            f"CITY_WORKING_LANGUAGES lists codes Django does not know: {', '.join(unknown)}",
            hint="Use language codes from django.conf.locale.LANG_INFO, such as nl, ka or sw.",
            id="cities.E001",
        )
    ]
