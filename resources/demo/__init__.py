"""Demonstration content of the resource library: the library page, five topics and about
thirty resources with PDFs generated from their text, translated into some or all languages.

Runs after the home app's demo (INSTALLED_APPS order), under the English home page.
"""

from contextlib import contextmanager

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Collection, Locale
from wagtail.rich_text import RichText

from home.demo.tools import (
    demo_key,
    ensure_section_index,
    publish,
    source_home,
    translate_each,
)
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory, TopicFactory
from resources.models import (
    RelatedResource,
    ResourceDocument,
    ResourceDownload,
    ResourcePage,
    Topic,
)

from . import text as T
from .pdf import BackgroundJobs, build_pdf

RESOURCES = T.RESOURCES
RELATED_PER_RESOURCE = 2
PDFS = BackgroundJobs()


def ensure_topic(topic, locale):
    key = demo_key(f"resources:topic:{topic.key}")
    existing = Topic.objects.filter(translation_key=key, locale=locale).first()
    return existing or TopicFactory(
        locale=locale,
        translation_key=key,
        name=topic.name,
        slug=topic.key,
        description=topic.description,
    )


def body(resource):
    blocks = []
    for kind, value in resource.body:
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{escape(value)}</p>")))
        elif kind == "checklist":
            blocks.append(("checklist", {"title": "", "steps": list(value)}))
        elif kind in ("tip", "warning"):
            text = RichText(f"<p>{escape(value)}</p>")
            blocks.append(("callout", {"kind": kind, "text": text}))
        elif kind == "quote":
            blocks.append(("quote", {"quote": value, "attribution": ""}))
    return blocks


def pdf_lines(resource, language):
    """The resource's text in `language`, as (line, is_heading) for the PDF."""
    say = lambda english: T.catalogue.lookup(english, language) or english  # noqa: E731
    with translation.override(language):
        labels = {"tip": translation.gettext("Tip"), "warning": translation.gettext("Warning")}
    lines = [(say(resource.summary), False)]
    for kind, value in resource.body:
        if kind == "heading":
            lines.append((say(value), True))
        elif kind == "checklist":
            lines.extend((f"{number}. {say(step)}", False) for number, step in enumerate(value, 1))
        elif kind in labels:
            lines.append((f"{labels[kind]}: {say(value)}", False))
        else:
            lines.append((say(value), False))
    return lines


def pdf_arguments(resource, language):
    """What `make_pdf` needs for the resource's PDF in `language`."""
    title = T.catalogue.lookup(resource.title, language) or resource.title
    lines = pdf_lines(resource, language)
    footer = T.catalogue.lookup(T.FOOTER, language) or T.FOOTER
    return (f"{resource.key}-{language}.pdf", title, language, (language, title, lines, footer))


def make_pdf(name, title, language, pdf):
    """The PDF's bytes, and what the document model reads from them at upload (the
    attributes `_set_document_file_metadata` sets: size, checksums, page count, text)."""
    content = build_pdf(*pdf)
    # No query here (it may run in a worker): a collection given keeps its default unread.
    document = ResourceDocument(title=f"{title} (PDF)", language=language, collection_id=None)
    document.file = ContentFile(content, name=name)
    before = dict(vars(document))
    document._set_document_file_metadata()
    metadata = {
        attribute: value
        for attribute, value in vars(document).items()
        if not attribute.startswith("_") and attribute != "file" and before.get(attribute) != value
    }
    return content, metadata


@contextmanager
def prepare(log=print):
    """Start making the PDFs of the resources not loaded yet while the apps before this one load
    (`load_demo` enters this before any app's `load`); stop when the demo is loaded."""
    english = Locale.get_default()
    loaded = set(
        ResourcePage.objects.filter(locale=english).values_list("translation_key", flat=True)
    )
    jobs = {
        (resource.key, language): pdf_arguments(resource, language)
        for resource in RESOURCES
        if demo_key(f"resources:{resource.key}") not in loaded
        for language in resource.file_languages
    }
    PDFS.start(make_pdf, jobs)
    if PDFS.pending:
        log(f"resources: making {len(jobs)} PDFs in the background")
    try:
        yield
    finally:
        PDFS.stop()


def make_document(resource, language, collection):
    arguments = pdf_arguments(resource, language)
    content, metadata = PDFS.result((resource.key, language), make_pdf, arguments)
    name, title, language, _pdf = arguments
    document = ResourceDocument(
        title=f"{title} (PDF)",
        language=language,
        collection=collection,
        file=ContentFile(content, name=name),
    )
    for attribute, value in metadata.items():  # as _set_document_file_metadata() sets them
        setattr(document, attribute, value)
    document.save()
    return document


def ensure_resource(index, resource, topics, collection):
    key = demo_key(f"resources:{resource.key}")
    page = ResourcePage.objects.filter(translation_key=key, locale=index.locale).first()
    if page is not None:
        return page, False
    page = ResourcePageFactory(
        parent=index,
        locale=index.locale,
        translation_key=key,
        title=resource.title,
        slug=resource.key,
        summary=resource.summary,
        body=body(resource),
        topic=topics[resource.topic],
        format=resource.format,
        level=resource.level,
        last_reviewed=resource.reviewed,
        review_interval=resource.interval,
    )
    page.downloads = [
        ResourceDownload(document=make_document(resource, language, collection), sort_order=order)
        for order, language in enumerate(resource.file_languages)
    ]
    page.save()
    return page, True


def link_related(pages_by_key, new):
    """Each new resource points at the next ones on its topic, then is published."""
    by_topic = {}
    for resource in RESOURCES:
        by_topic.setdefault(resource.topic, []).append(resource.key)
    for resource in RESOURCES:
        page = pages_by_key[resource.key]
        if resource.key not in new:
            continue
        keys = by_topic[resource.topic]
        position = keys.index(resource.key)
        others = [
            keys[(position + step) % len(keys)] for step in range(1, RELATED_PER_RESOURCE + 1)
        ]
        page.related_resources = [
            RelatedResource(resource=pages_by_key[other], sort_order=order)
            for order, other in enumerate(others)
            if other != resource.key
        ]
        page.save()
        publish(page)


def load(log=print):
    home = source_home(log)
    if home is None:
        return
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    index = ensure_section_index(
        home,
        ResourceIndexPageFactory,
        "resources",
        title=T.INDEX_TITLE,
        slug="library",
        introduction=T.INDEX_INTRO,
        log=log,
    )
    topics = {topic.key: ensure_topic(topic, home.locale) for topic in T.TOPICS}
    pages, new, pdfs = {}, set(), 0
    for number, resource in enumerate(RESOURCES, 1):
        pages[resource.key], created = ensure_resource(index, resource, topics, collection)
        if created:
            new.add(resource.key)
            pdfs += len(resource.file_languages)
            log(
                f"resources: {number}/{len(RESOURCES)} pages, {pdfs} PDFs: "
                f"created the resource: {resource.title}"
            )
    link_related(pages, new)
    translate_each("resources: topics", list(topics.values()), T.catalogue, log)
    translate_each("resources: library", [index], T.catalogue, log)
    languages = {pages[resource.key].pk: resource.languages for resource in RESOURCES}
    translate_each(
        "resources: pages",
        [pages[resource.key] for resource in RESOURCES],
        T.catalogue,
        log,
        languages=lambda page: languages[page.pk],
    )
