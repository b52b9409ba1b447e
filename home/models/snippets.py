from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from home.blocks import HelplinesBlock
from home.translations import SameInEveryLanguage


class SiteSettings(TranslatableMixin, models.Model):
    """Site-wide content shown in every page's footer: one per language, translated with
    wagtail-localize like any snippet (Wagtail's own settings models cannot be translated)."""

    footer_text = RichTextField(
        features=["bold", "italic", "link"], blank=True, verbose_name=_("footer text")
    )
    contact_email = models.EmailField(blank=True, verbose_name=_("contact email address"))
    contact_address = models.TextField(blank=True, verbose_name=_("postal address"))
    helplines = StreamField(
        HelplinesBlock(),
        blank=True,
        verbose_name=_("emergency helplines"),
        help_text=_("Shown in every page's footer: who a defender in danger can call, now."),
    )

    panels = [
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("contact_address"),
        FieldPanel("helplines"),
    ]
    override_translatable_fields = [
        SameInEveryLanguage("contact_email"),
        SameInEveryLanguage("contact_address"),
    ]
    translated_by_language_roles = True  # editorial/: translators and reviewers per language

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_site_settings_per_locale"),
        ]

    def __str__(self):
        return str(_("Site settings (%(language)s)") % {"language": self.locale.get_display_name()})

    def clean(self):
        super().clean()
        others = SiteSettings.objects.exclude(pk=self.pk)
        if self.locale_id and others.filter(locale_id=self.locale_id).exists():
            raise ValidationError(
                _("This language already has its site settings: edit those instead.")
            )
        if others.exclude(translation_key=self.translation_key).exists():
            # Every language's settings must be translations of one another, or wagtail-localize
            # cannot keep them in step (and would collide with a row added by hand).
            raise ValidationError(
                _(
                    "Site settings exist in another language: translate those (Translate, in "
                    "their menu) so that the languages stay linked."
                )
            )

    @classmethod
    def for_language(cls, language_code):
        """The settings in this language, else in the default language, else empty ones."""
        candidates = cls.objects.filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        ).select_related("locale")
        by_language = {each.locale.language_code: each for each in candidates}
        return by_language.get(language_code) or by_language.get(settings.LANGUAGE_CODE) or cls()
