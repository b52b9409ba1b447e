"""Factories for the resources app, shared by the tests and `manage.py load_demo`."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from resources.models import (
    Format,
    Level,
    ResourceDocument,
    ResourceDownload,
    ResourceIndexPage,
    ResourcePage,
    Topic,
)


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "What the topic covers."

    class Meta:
        model = Topic


class ResourceDocumentFactory(wagtail_factories.DocumentFactory):
    language = "en"

    class Meta:
        model = ResourceDocument


def default_body():
    return [
        ("heading", {"text": "Before you start", "level": "h2"}),
        ("paragraph", RichText("<p>Set aside half an hour somewhere quiet.</p>")),
        ("checklist", {"title": "", "steps": ["Update your phone.", "Write down your codes."]}),
        ("callout", {"kind": "tip", "text": RichText("<p>Ask a colleague to help.</p>")}),
        ("heading", {"text": "Next steps", "level": "h2"}),
        ("paragraph", RichText("<p>Come back to this guide every few months.</p>")),
    ]


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resource library"
    slug = "library"
    introduction = "<p>Guides and checklists for defenders.</p>"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "What this resource helps with."
    body = factory.LazyFunction(default_body)
    topic = factory.SubFactory(TopicFactory)
    format = Format.GUIDE
    level = Level.BEGINNER
    last_reviewed = factory.LazyFunction(lambda: datetime.date.today())
    review_interval = 12

    class Meta:
        model = ResourcePage


class ResourceDownloadFactory(DjangoModelFactory):
    page = factory.SubFactory(ResourcePageFactory)
    document = factory.SubFactory(ResourceDocumentFactory)

    class Meta:
        model = ResourceDownload


__all__ = [
    "ResourceDocumentFactory",
    "ResourceDownloadFactory",
    "ResourceIndexPageFactory",
    "ResourcePageFactory",
    "TopicFactory",
]
