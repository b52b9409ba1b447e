"""What a call page shows besides its own fields: its cities in the reader's language, its
status, and its questions as schema.org FAQPage data."""

from django.utils.html import strip_tags

from cities.models import CityPage
from home.translations import in_locale


def localized_cities(call):
    """The call's live cities, each in the call's language when translated (two queries)."""
    cities = [link.city for link in call.cities.select_related("city").order_by("sort_order")]
    translations = CityPage.objects.live().only(
        "id", "title", "url_path", "path", "depth", "translation_key", "locale_id", "live"
    )
    return [city for city in in_locale(cities, call.locale_id, translations) if city.live]


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
    return {
        "status": call.status(),
        "participating_cities": localized_cities(call),
        "faq_data": faq_json_ld(call),
    }
