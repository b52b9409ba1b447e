from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from home.lists import text_list


class OpenCallPageForm(WagtailAdminPageForm):
    """Refuses a call that would be open at the same time as another call for one of the same
    cities (the cities are an inline, so this is checked on the form, with its formset)."""

    def clean(self):
        cleaned_data = super().clean()
        opens_at, closes_at = cleaned_data.get("opens_at"), cleaned_data.get("closes_at")
        formset = self.formsets.get("cities")
        if not (opens_at and closes_at and formset is not None and formset.is_valid()):
            return cleaned_data
        cities = [
            form.cleaned_data["city"]
            for form in formset.forms
            if form.cleaned_data.get("city") and not form.cleaned_data.get("DELETE")
        ]
        if not cities:
            return cleaned_data
        calls = self._meta.model.objects  # the call page type this form was made for
        clashes = (
            calls.filter(
                opens_at__lt=closes_at,
                closes_at__gt=opens_at,
                alias_of__isnull=True,
                cities__city__translation_key__in=[city.translation_key for city in cities],
            )
            .exclude(translation_key=self.instance.translation_key)
            .distinct()
        )
        clash = clashes.first()
        if clash is not None:
            shared = {city.translation_key for city in cities} & {
                link.city.translation_key for link in clash.cities.select_related("city")
            }
            names = sorted(city.title for city in cities if city.translation_key in shared)
            self.add_error(
                "opens_at",
                _(
                    "“%(call)s” is open at the same time for %(cities)s. A city takes part in "
                    "one open call at a time: change the dates or the cities."
                )
                % {"call": clash.title, "cities": text_list(names)},
            )
        return cleaned_data
