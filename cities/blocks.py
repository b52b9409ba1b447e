"""Blocks of a city page's "what a stay offers" section."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import HeadingBlock, ParagraphBlock


class ParticipantQuoteBlock(blocks.StructBlock):
    """Words of a past participant. Shown only with their consent, and never with a name when
    the city keeps its defenders' names private."""

    quote = blocks.TextBlock(label=_("Quote"))
    pseudonym = blocks.CharBlock(
        label=_("Pseudonym"),
        required=False,
        max_length=100,
        help_text=_("Optional. Never a real name unless the person asked for it."),
    )
    consent = blocks.BooleanBlock(
        label=_("The participant agreed to publication"),
        required=False,
        help_text=_("A quote without consent is kept in the draft and never shown on the site."),
    )

    class Meta:
        icon = "openquote"
        label = _("Participant quote")
        template = "components/streamfield/participant_quote_block.html"


class StayBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    participant_quote = ParticipantQuoteBlock()
