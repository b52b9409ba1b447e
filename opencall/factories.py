"""Factories for the open call app, shared by the tests and `manage.py load_demo`."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from cities.factories import CityPageFactory
from home.factories import ParagraphBlockFactory
from opencall import blocks as call_blocks
from opencall.models import CallCity, OpenCallIndexPage, OpenCallPage


class CriterionBlockFactory(wagtail_factories.StructBlockFactory):
    criterion = "non_violent"
    text = "You work for human rights by non-violent means."

    class Meta:
        model = call_blocks.CriterionBlock


class EligibilityBlockFactory(wagtail_factories.StreamBlockFactory):
    criterion = factory.SubFactory(CriterionBlockFactory)

    class Meta:
        model = call_blocks.EligibilityBlock


class TimelineStepBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Interviews"
    description = "Shortlisted candidates are interviewed."

    class Meta:
        model = call_blocks.TimelineStepBlock


class SelectionBlockFactory(wagtail_factories.StreamBlockFactory):
    step = factory.SubFactory(TimelineStepBlockFactory)

    class Meta:
        model = call_blocks.SelectionBlock


class QuestionBlockFactory(wagtail_factories.StructBlockFactory):
    question = "Can I bring my family?"
    answer = factory.SubFactory(ParagraphBlockFactory)

    class Meta:
        model = call_blocks.QuestionBlock


class FAQBlockFactory(wagtail_factories.StreamBlockFactory):
    question = factory.SubFactory(QuestionBlockFactory)

    class Meta:
        model = call_blocks.FAQBlock


class OpenCallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Open calls"
    slug = "calls"
    introduction = "<p>The calls for applications.</p>"

    class Meta:
        model = OpenCallIndexPage


class OpenCallPageFactory(wagtail_factories.PageFactory):
    """A call open now (from ten days ago for a month), unless given other dates."""

    title = factory.Sequence(lambda n: f"Open call {n}")
    introduction = "Defenders at risk can apply for a three-month stay."
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))
    closes_at = factory.LazyAttribute(lambda call: call.opens_at + datetime.timedelta(days=30))
    stay_starts = factory.LazyAttribute(
        lambda call: timezone.localdate(call.closes_at) + datetime.timedelta(days=60)
    )
    stay_ends = factory.LazyAttribute(lambda call: call.stay_starts + datetime.timedelta(days=91))
    eligibility = wagtail_factories.StreamFieldFactory(EligibilityBlockFactory)
    selection = wagtail_factories.StreamFieldFactory(SelectionBlockFactory)
    faq = wagtail_factories.StreamFieldFactory(FAQBlockFactory)
    offer = "<p>Travel, housing and training.</p>"
    how_to_apply = "<p>Fill in the form.</p>"
    application_url = "https://example.org/apply/"

    class Meta:
        model = OpenCallPage


class CallCityFactory(DjangoModelFactory):
    call = factory.SubFactory(OpenCallPageFactory)
    city = factory.SubFactory(CityPageFactory)

    class Meta:
        model = CallCity
