"""Factories for the home app's models, shared by the tests and `manage.py load_demo`."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from home import blocks as home_blocks
from home.models import HomePage, SiteSettings, StandardPage


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Heading {n}")
    level = "h2"

    class Meta:
        model = home_blocks.HeadingBlock


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    class Meta:
        model = home_blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs.get("value") or "<p>A paragraph of text.</p>")


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = "A quotation."
    attribution = "Someone"

    class Meta:
        model = home_blocks.QuoteBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Find out more"
    text = "Where to go next."
    page = factory.SubFactory(wagtail_factories.PageChooserBlockFactory)
    link_text = "Read more"

    class Meta:
        model = home_blocks.CallToActionBlock


class HelplineBlockFactory(wagtail_factories.StructBlockFactory):
    name = factory.Sequence(lambda n: f"Helpline {n}")
    description = "Emergency support for defenders at risk."
    phone = "+00 0000 0000"
    email = "help@example.org"
    url = "https://example.org/help/"
    hours = "24/7"

    class Meta:
        model = home_blocks.HelplineBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)

    class Meta:
        model = home_blocks.BodyBlock


class HelplinesBlockFactory(wagtail_factories.StreamBlockFactory):
    helpline = factory.SubFactory(HelplineBlockFactory)

    class Meta:
        model = home_blocks.HelplinesBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Shelter City"
    slug = "home"
    introduction = "<p>A network of cities that take in human rights defenders at risk.</p>"
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "An introduction."
    show_in_menus = True
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = StandardPage


class SiteSettingsFactory(DjangoModelFactory):
    footer_text = "<p>Shelter City is a programme of Justice and Peace Netherlands.</p>"
    contact_email = "info@example.org"
    contact_address = "The Hague\nNetherlands"
    helplines = wagtail_factories.StreamFieldFactory(HelplinesBlockFactory)

    class Meta:
        model = SiteSettings


__all__ = [
    "BodyBlockFactory",
    "CallToActionBlockFactory",
    "HeadingBlockFactory",
    "HelplineBlockFactory",
    "HelplinesBlockFactory",
    "HomePageFactory",
    "ParagraphBlockFactory",
    "QuoteBlockFactory",
    "SiteSettingsFactory",
    "StandardPageFactory",
]
