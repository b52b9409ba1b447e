"""Fields the same in every language, and showing linked objects in the reader's language.

Links that are synchronised across languages (a city's host organisations, a call's cities) point
at the objects of the language they were made in. `in_locale` swaps each for its translation in
the language being read, with one query for all of them.
"""

from wagtail_localize.fields import SynchronizedField


class SameInEveryLanguage(SynchronizedField):
    """A field copied from the source language into every translation, never a translator's
    to change: dates, links, addresses, numbers. (wagtail-localize's `SynchronizedField` lets
    each language "override" the value unless told otherwise; here only images may be, and
    say so with `SynchronizedField(name, overridable=True)`.)"""

    def __init__(self, field_name):
        super().__init__(field_name, overridable=False)


def swap_for_translations(instances, translations):
    """Each of `instances` replaced by the one of `translations` (objects of one language
    already loaded) that shares its translation key, or kept as it is."""
    by_key = {translation.translation_key: translation for translation in translations}
    return [by_key.get(instance.translation_key, instance) for instance in instances]


def in_locale(instances, locale_id, queryset):
    """Each of `instances` replaced by its translation in `locale_id` found in `queryset`, or
    kept as it is when that language has none (one query, none when all are in it already)."""
    keys = {instance.translation_key for instance in instances if instance.locale_id != locale_id}
    if not keys:
        return list(instances)
    translations = queryset.filter(translation_key__in=keys, locale_id=locale_id)
    return swap_for_translations(instances, translations)
