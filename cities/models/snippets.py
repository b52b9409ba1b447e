from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.translations import SameInEveryLanguage


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation that hosts defenders in a Shelter City; translated like any snippet."""

    name = models.CharField(max_length=200, verbose_name=_("name"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    description = models.TextField(blank=True, max_length=600, verbose_name=_("short description"))
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    override_translatable_fields = [
        SameInEveryLanguage("website"),
        SynchronizedField("logo", overridable=True),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translated_by_language_roles = True  # editorial/: translators and reviewers per language

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
