from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import frontend_cache
        from home.locales import sync_locales_with_settings

        post_migrate.connect(sync_locales_with_settings, sender=self)
        frontend_cache.connect()
