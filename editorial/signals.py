"""What happens when a page is published.

- A translation published with segments not translated yet is marked, so the page tells its
  readers (`BasePage.has_untranslated_parts`, shown by base.html at no query cost).
- A source page published with changed text: its translators are told (notifications.py).
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from editorial.notifications import notify_translators
from editorial.review import translation_of


def untranslated_segments(page):
    """How many of the source's text segments `page`'s language has no translation of (0 for
    a page that is not a wagtail-localize translation)."""
    translation = translation_of(page)
    if translation is None:
        return 0
    return (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


@receiver(page_published)
def mark_untranslated_parts(sender, instance, **kwargs):
    if not hasattr(instance, "has_untranslated_parts"):
        return
    missing = untranslated_segments(instance) > 0
    if missing != instance.has_untranslated_parts:
        type(instance).objects.filter(pk=instance.pk).update(has_untranslated_parts=missing)
        instance.has_untranslated_parts = missing


@receiver(page_published)
def tell_translators(sender, instance, **kwargs):
    notify_translators(instance)
