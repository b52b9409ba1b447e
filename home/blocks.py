"""StreamField blocks shared by every app. Each renders with its own template under
`templates/components/streamfield/`."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from home.text import text_for_indexing


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
        label=_("Level"),
        search_index=False,  # how the heading is drawn, not words a reader searches for
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/streamfield/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    def get_searchable_content(self, value):
        """Its text, paragraphs, headings and list items kept apart (home.text)."""
        if not self.search_index:
            return []
        return [text_for_indexing(value.source)]

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/streamfield/paragraph_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/streamfield/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(label=_("Link text"), max_length=100)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/streamfield/call_to_action_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()


class Synchronised:
    """A block whose value is the same in every language (a telephone number, an address to
    write to): wagtail-localize makes no segment of it, so no translator can change it in any
    language (not even as an "override"), and a translation takes it from the source language
    each time it is synchronised. The two methods are the ones wagtail-localize's segment
    extraction and ingestion call on a block that has them."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class SynchronisedCharBlock(Synchronised, blocks.CharBlock):
    pass


class SynchronisedEmailBlock(Synchronised, blocks.EmailBlock):
    pass


class SynchronisedURLBlock(Synchronised, blocks.URLBlock):
    pass


class HelplineBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    description = blocks.CharBlock(label=_("What it is for"), required=False, max_length=300)
    # How to reach the helpline is the same in every language (editorial: a translator must not
    # be able to change a number that a defender in danger calls).
    phone = SynchronisedCharBlock(label=_("Telephone"), required=False, max_length=50)
    email = SynchronisedEmailBlock(label=_("Email"), required=False)
    url = SynchronisedURLBlock(label=_("Website"), required=False)
    hours = blocks.CharBlock(label=_("When"), required=False, max_length=100)

    class Meta:
        icon = "warning"
        label = _("Helpline")
        template = "components/streamfield/helpline_block.html"


class HelplinesBlock(blocks.StreamBlock):
    helpline = HelplineBlock()
