from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.translations import SameInEveryLanguage


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """What a resource is about (digital security, self-care...); translated like any snippet.
    Its slug is the library's filter value, the same in every language, so a filtered address
    keeps working when the reader switches language."""

    name = models.CharField(max_length=100, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=60,
        verbose_name=_("slug"),
        help_text=_("Used in the addresses of filtered lists; the same in every language."),
    )
    description = models.CharField(max_length=300, blank=True, verbose_name=_("description"))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SameInEveryLanguage("slug")]
    translated_by_language_roles = True  # editorial/: translators and reviewers per language
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name
