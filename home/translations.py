"""Showing linked objects in the reader's language.

Links that are synchronised across languages (a city's host organisations, a call's cities) point
at the objects of the language they were made in. `in_locale` swaps each for its translation in
the language being read, with one query for all of them.
"""


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
