"""Factories for the cities app, shared by the tests and `manage.py load_demo`."""

from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cities import blocks as city_blocks
from cities.models import CityHost, CityIndexPage, CityPage, Organisation, Region
from home.factories import HeadingBlockFactory, ParagraphBlockFactory


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Host organisation {n}")
    website = "https://example.org/"
    description = "A human rights organisation that hosts defenders."

    class Meta:
        model = Organisation


class ParticipantQuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = "I slept through the night for the first time in a year."
    pseudonym = "Amal"
    consent = True

    class Meta:
        model = city_blocks.ParticipantQuoteBlock


class StayBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    participant_quote = factory.SubFactory(ParticipantQuoteBlockFactory)

    class Meta:
        model = city_blocks.StayBlock


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Shelter Cities"
    slug = "cities"
    introduction = "<p>The cities of the network.</p>"

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"City {n}")
    country = "NL"
    region = Region.EUROPE
    latitude = factory.Sequence(lambda n: Decimal(-500 + (n * 73) % 1200) / 10)
    longitude = factory.Sequence(lambda n: Decimal(-1700 + (n * 371) % 3400) / 10)
    introduction = "A city of the network."
    year_joined = 2015
    working_languages = factory.LazyFunction(lambda: ["en"])
    stay = wagtail_factories.StreamFieldFactory(StayBlockFactory)
    eligibility = "<p>Defenders working non-violently.</p>"

    class Meta:
        model = CityPage


class CityHostFactory(DjangoModelFactory):
    city = factory.SubFactory(CityPageFactory)
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = CityHost


__all__ = [
    "CityHostFactory",
    "CityIndexPageFactory",
    "CityPageFactory",
    "OrganisationFactory",
    "ParticipantQuoteBlockFactory",
    "StayBlockFactory",
]
