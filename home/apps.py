from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import frontend_cache
        from home.caching import content_changed
        from home.locales import sync_locales_with_settings

        post_migrate.connect(sync_locales_with_settings, sender=self)
        # The shared cache's fragments (home/caching.py) start again when content changes.
        post_save.connect(content_changed, dispatch_uid="home.caching.saved")
        post_delete.connect(content_changed, dispatch_uid="home.caching.deleted")
        # The front cache (Varnish or a CDN) is purged when pages change.
        frontend_cache.connect()
