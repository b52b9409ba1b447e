"""Building blocks for demonstration content, used by each app's `demo` module.

Demo objects get a stable translation key (`demo_key`), so `load_demo` recognises what it made
before without looking anything up by slug or title, and never overwrites an editor's changes.
Translations are made the way an editor makes them: through wagtail-localize (a translation
source, its segments, a translated string per segment), then published.
"""

import html
import uuid
from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

DEMO_NAMESPACE = uuid.UUID("5e1a7e2c-17c1-4b4e-9d0a-5c1e7c17a001")


def demo_key(name: str) -> uuid.UUID:
    """The translation key of the demo object called `name`, the same on every run."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


class DemoContentError(Exception):
    pass


def _normalise(text: str) -> str:
    return " ".join(html.unescape(text).replace("<br/>", "\n").replace("<br>", "\n").split())


@dataclass
class Catalogue:
    """Every demo string in every language it has been written in, keyed by its English text."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, en: str, **translations: str) -> str:
        """Register a string with its translations; returns the English text for the source."""
        self.entries[_normalise(en)] = {"en": en, **translations}
        return en

    def same(self, value: str) -> str:
        """Register a value that reads the same in every language (a phone number, "24/7")."""
        self.entries[_normalise(value)] = {"*": value}
        return value

    def languages(self) -> set[str]:
        return {code for entry in self.entries.values() for code in entry} - {"*"}

    def lookup(self, source: str, language: str) -> str | None:
        entry = self.entries.get(_normalise(source))
        if entry is None:
            return None
        return entry.get(language, entry.get("*"))


def publish(page: Page) -> Page:
    """Publish a page through a revision, as the editor's Publish button does."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def source_home(log=print):
    """The home page of the default language, under which each app builds its demo, or None
    (said in the log) when the home app's demo has not run."""
    from home.models import HomePage

    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        log("no home page in the default language: run the home app's demo first")
    return home


def ensure_section_index(home, factory, name, *, title, slug, introduction, log=print):
    """The section's index page under `home` (one per language tree), made and published when
    missing; `name` is the section's demo key prefix ("cities", "opencall"...)."""
    index = factory._meta.model.objects.filter(locale=home.locale).first()
    if index is None:
        index = factory(
            parent=home,
            locale=home.locale,
            translation_key=demo_key(f"{name}:index"),
            title=title,
            slug=slug,
            introduction=f"<p>{html.escape(introduction)}</p>",
            show_in_menus=True,
        )
        publish(index)
        log(f"created the section index: {index.title}")
    return index


def translate(instance, catalogue: Catalogue, log=print, languages=None) -> None:
    """Translate `instance` into every other locale (or those of `languages`) through
    wagtail-localize and publish it.

    A locale that already has a real translation is left alone (an editor may have changed it);
    an alias page (wagtail-localize's placeholder) is replaced by the translation.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    written = catalogue.languages()
    for locale in Locale.objects.exclude(pk=instance.locale_id).order_by("language_code"):
        if languages is not None and locale.language_code not in languages:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        if locale.language_code not in written:
            log(f"  no demo text in {locale.language_code}: {instance} stays untranslated there")
            continue
        missing = []
        for segment in segments:
            if segment.context.path == "slug":  # URLs keep their ASCII slug in every language
                text = segment.string.data
            else:
                text = catalogue.lookup(segment.string.data, locale.language_code)
            if text is None:
                missing.append(segment.string.data)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": "manual", "tool_name": "load_demo"},
            )
        if missing:
            raise DemoContentError(
                f"{instance}: no {locale.language_code} text for {missing!r} in the demo catalogue"
            )
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=True)
