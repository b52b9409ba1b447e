from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cities.languages import working_language_choices, working_language_codes
from home.lists import text_list


class LanguageListField(models.JSONField):
    """A list of language codes, each one from `CITY_WORKING_LANGUAGES`, edited as checkboxes.

    Stored as JSON so it works the same on SQLite and PostgreSQL; the lists are short and the
    city index filters them in Python (it loads every city for its map anyway).
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.MultipleChoiceField,
            "choices": working_language_choices,
            "widget": forms.CheckboxSelectMultiple,
        }
        return models.Field.formfield(self, **{**defaults, **kwargs})

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError(_("Give a list of language codes."), code="invalid")
        configured = set(working_language_codes())
        unknown = [code for code in value if code not in configured]
        if unknown:
            raise ValidationError(
                _("%(codes)s: not in the configured list of working languages."),
                code="invalid_choice",
                params={"codes": text_list(map(str, unknown))},
            )
