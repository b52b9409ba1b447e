"""Demonstration content of the resource library: the library page, five topics and about
thirty resources with PDFs generated from their text, translated into some or all languages.

Runs after the home app's demo (INSTALLED_APPS order), under the English home page.
"""

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Collection
from wagtail.rich_text import RichText

from home.demo.tools import demo_key, ensure_section_index, publish, source_home, translate
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory, TopicFactory
from resources.models import (
    RelatedResource,
    ResourceDocument,
    ResourceDownload,
    ResourcePage,
    Topic,
)

from . import text as T
from .pdf import build_pdf

RESOURCES = T.RESOURCES
RELATED_PER_RESOURCE = 2


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


def make_document(resource, language, collection):
    title = T.catalogue.lookup(resource.title, language) or resource.title
    content = build_pdf(
        language,
        title,
        pdf_lines(resource, language),
        T.catalogue.lookup(T.FOOTER, language) or T.FOOTER,
    )
    document = ResourceDocument(
        title=f"{title} (PDF)",
        language=language,
        collection=collection,
        file=ContentFile(content, name=f"{resource.key}-{language}.pdf"),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_resource(index, resource, topics, collection, log):
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
    log(f"created the resource: {page.title}")
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
    pages, new = {}, set()
    for resource in RESOURCES:
        pages[resource.key], created = ensure_resource(index, resource, topics, collection, log)
        if created:
            new.add(resource.key)
    link_related(pages, new)
    for topic in topics.values():
        translate(topic, T.catalogue, log)
    translate(index, T.catalogue, log)
    for resource in RESOURCES:
        translate(pages[resource.key], T.catalogue, log, languages=resource.languages)
