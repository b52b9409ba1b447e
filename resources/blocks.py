"""The blocks of a resource's body. Headings build the table of contents (resources.reading)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import HeadingBlock, ImageBlock, ParagraphBlock, QuoteBlock


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    steps = blocks.ListBlock(blocks.CharBlock(label=_("Step"), max_length=500), label=_("Steps"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "components/streamfield/checklist_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("warning", _("Warning")), ("tip", _("Tip"))],
        default="tip",
        label=_("Kind"),
        search_index=False,  # "Tip" is how the box is drawn, not words of the resource
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Warning or tip")
        template = "components/streamfield/callout_block.html"


class ResourceBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = ImageBlock()
