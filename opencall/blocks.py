"""Blocks of an open call page: the eligibility checklist, the selection timeline and the FAQ."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import ParagraphBlock


class Criterion(blocks.ChoiceBlock):
    choices = [
        ("non_violent", _("Non-violent work")),
        ("threatened", _("Threatened because of that work")),
        ("return", _("Willing to return home")),
        ("language", _("Language requirements")),
        ("without_family", _("Travels without family")),
        ("passport", _("Passport")),
        ("other", _("Other")),
    ]


class CriterionBlock(blocks.StructBlock):
    criterion = Criterion(label=_("Criterion"), default="other")
    text = blocks.CharBlock(
        label=_("What the applicant must meet"),
        max_length=300,
        help_text=_("One line, addressed to the applicant: “You work by non-violent means.”"),
    )

    class Meta:
        icon = "tick"
        label = _("Eligibility criterion")
        template = "components/streamfield/criterion_block.html"


class EligibilityBlock(blocks.StreamBlock):
    criterion = CriterionBlock()


class TimelineStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    date = blocks.DateBlock(label=_("By"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Selection step")
        template = "components/streamfield/timeline_step_block.html"


class SelectionBlock(blocks.StreamBlock):
    step = TimelineStepBlock()


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "components/streamfield/question_block.html"


class FAQBlock(blocks.StreamBlock):
    question = QuestionBlock()
