from django import template
from django.utils.translation import get_language

from home.caching import remember
from mirrors.models import OfflineLibrary

register = template.Library()


@register.inclusion_tag("components/mirror/offline_library.html", takes_context=True)
def offline_library(context):
    """The reader's language's offline library, as the library page offers it: kept in the
    shared cache (a rebuild starts a new generation, mirrors/offline.py)."""
    language = get_language()
    row = remember(
        context["request"],
        "offline-library",
        (language,),
        lambda: OfflineLibrary.objects.filter(language=language).exclude(file="").first(),
    )
    return {"archive": row, "mirror": context.get("mirror")}
