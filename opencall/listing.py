"""What a call page shows besides its own fields: its cities in the reader's language, its
status, and its questions as schema.org FAQPage data."""

from django.utils import timezone
from django.utils.html import strip_tags

from cities.models import CityPage


def localized_cities(call):
    """The call's cities, each in the call's language when translated (two queries)."""
    links = call.cities.select_related("city").order_by("sort_order")
    cities = [link.city for link in links]
    keys = {city.translation_key for city in cities if city.locale_id != call.locale_id}
    translations = {}
    if keys:
        translations = {
            city.translation_key: city
            for city in CityPage.objects.live()
            .filter(translation_key__in=keys, locale_id=call.locale_id)
            .only("id", "title", "url_path", "path", "depth", "translation_key")
        }
    return [
        translations.get(city.translation_key, city)
        for city in cities
        if city.translation_key in translations or city.live
    ]


def faq_json_ld(call):
    questions = [block.value for block in call.faq if block.block_type == "question"]
    if not questions:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question["question"],
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(str(question["answer"]))},
            }
            for question in questions
        ],
    }


def call_page_context(call, request):
    now = timezone.now()
    return {
        "status": call.status(now),
        "now": now,
        "participating_cities": localized_cities(call),
        "faq_data": faq_json_ld(call),
    }
