"""Building blocks for demonstration content, used by each app's `demo` module.

The demo's text is data: each app's `demo/content.yaml` (and the library's
`resources/demo/content/<key>.yaml`) holds every text in every language side by side, read by
`DemoText` into a `Catalogue` that `translate` draws on.

Demo objects get a stable translation key (`demo_key`), so `load_demo` recognises what it made
before without looking anything up by slug or title, and never overwrites an editor's changes.
Translations are made the way an editor makes them: through wagtail-localize (a translation
source, its segments, a translated string per segment), then published.
"""

import html
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import HomePage

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

    def add(self, value) -> str:
        """Register a text read from a data file: a mapping of language codes to text (with
        `en`), or a plain value that reads the same in every language. Returns the English."""
        if isinstance(value, dict):
            return self.text(**value)
        return self.same(value)

    def languages(self) -> set[str]:
        return {code for entry in self.entries.values() for code in entry} - {"*"}

    def lookup(self, source: str, language: str) -> str | None:
        entry = self.entries.get(_normalise(source))
        if entry is None:
            return None
        return entry.get(language, entry.get("*"))


def read_data(path: Path):
    """The content of a demo data file (YAML, safe loading: plain data only)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present
    with open(path, encoding="utf-8") as data:
        return yaml.load(data, Loader=loader)  # noqa: S506 (a safe loader)


class DemoText:
    """One demo data file, read once; the texts taken from it are registered in `catalogue`.

    `text("about", "title")` is the English of the text at that place, registered with its
    translations; `texts(...)` the same for a list; `template(...)` a text with `{placeholders}`
    by language, registered only once filled in (`Catalogue.add(filled)`).
    """

    def __init__(self, path: Path, catalogue: Catalogue | None = None):
        self.path = Path(path)
        self.data = read_data(self.path)
        self.catalogue = Catalogue() if catalogue is None else catalogue

    def get(self, *keys):
        """The data at `keys` (mapping keys or list positions) in the file."""
        value = self.data
        for depth, key in enumerate(keys):
            try:
                value = value[key]
            except (KeyError, IndexError, TypeError):
                where = ".".join(str(part) for part in keys[: depth + 1])
                raise DemoContentError(f"{self.path}: no {where}") from None
        return value

    def check(self, value, where):
        """`value` is a text: a plain value, or a mapping of known language codes with `en`."""
        if isinstance(value, dict):
            known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
            unknown = sorted(set(value) - known)
            if unknown or "en" not in value:
                problem = f"unknown language {unknown}" if unknown else "no English (en) text"
                raise DemoContentError(f"{self.path}: {where}: {problem}")
        elif not isinstance(value, str):
            raise DemoContentError(f"{self.path}: {where}: not a text: {value!r}")
        return value

    def add(self, value, where="") -> str:
        return self.catalogue.add(self.check(value, where))

    def text(self, *keys) -> str:
        return self.add(self.get(*keys), ".".join(map(str, keys)))

    def texts(self, *keys) -> list[str]:
        where = ".".join(map(str, keys))
        return [self.add(value, f"{where}.{n}") for n, value in enumerate(self.get(*keys))]

    def template(self, *keys) -> dict[str, str]:
        return dict(self.check(self.get(*keys), ".".join(map(str, keys))))


def publish(page: Page) -> Page:
    """Publish a page through a revision, as the editor's Publish button does."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def source_home(log=print):
    """The home page of the default language, under which each app builds its demo, or None
    (said in the log) when the home app's demo has not run."""
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


def translate_each(label, instances, catalogue: Catalogue, log=print, languages=None) -> int:
    """`translate` each of `instances` (into `languages(instance)` when given), a line for each
    that gained translations: "cities: translated 12/41 into 5 languages: Amsterdam"."""
    total = 0
    for number, instance in enumerate(instances, 1):
        made = translate(
            instance, catalogue, log, languages=languages(instance) if languages else None
        )
        if made:
            log(f"{label}: translated {number}/{len(instances)} into {made} languages: {instance}")
        total += made
    return total


def write_string_translations(locale, texts):
    """Store `texts` ((segment, text) pairs) as manual translations into `locale`, in two bulk
    writes rather than a read and a write per segment.

    A bulk write skips `StringTranslation.save`, which flags invalid HTML (`has_error`) for
    strings from outside tools, and its signal, which copies a page title's translation to the
    page's draft title; the demo's texts are checked by `DemoText`, and publishing the
    translation just after sets the title itself.
    """
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale,
            translation_of__in={segment.string_id for segment, _text in texts},
            context__in={segment.context_id for segment, _text in texts},
        )
    }
    fields = {"translation_type": "manual", "tool_name": "load_demo"}
    new, changed = {}, []
    for segment, text in texts:
        key = (segment.string_id, segment.context_id)
        row = existing.get(key)
        if row is None:
            new[key] = StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=locale,
                data=text,
                **fields,
            )
        elif row.data != text or row.translation_type != "manual":
            row.data = text
            row.has_error = False
            for name, value in fields.items():
                setattr(row, name, value)
            changed.append(row)
    StringTranslation.objects.bulk_create(new.values())
    StringTranslation.objects.bulk_update(changed, ["data", "has_error", *fields])


def translate(instance, catalogue: Catalogue, log=print, languages=None) -> int:
    """Translate `instance` into every other locale (or those of `languages`) through
    wagtail-localize and publish it; returns how many translations it made.

    A locale that already has a real translation is left alone (an editor may have changed it);
    an alias page (wagtail-localize's placeholder) is replaced by the translation.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    written = catalogue.languages()
    made = 0
    for locale in Locale.objects.exclude(pk=instance.locale_id).order_by("language_code"):
        if languages is not None and locale.language_code not in languages:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        if locale.language_code not in written:
            log(f"  no demo text in {locale.language_code}: {instance} stays untranslated there")
            continue
        texts, missing = [], []
        for segment in segments:
            if segment.context.path == "slug":  # URLs keep their ASCII slug in every language
                text = segment.string.data
            else:
                text = catalogue.lookup(segment.string.data, locale.language_code)
            if text is None:
                missing.append(segment.string.data)
            texts.append((segment, text))
        if missing:
            raise DemoContentError(
                f"{instance}: no {locale.language_code} text for {missing!r} in the demo catalogue"
            )
        # One commit per translation rather than one per saved row: its publication is
        # Wagtail's on-commit hook, which runs as the block ends, as it did after each row.
        with transaction.atomic():
            write_string_translations(locale, texts)
            translation, _ = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            translation.save_target(publish=True)
        made += 1
    return made
