"""What is computed from a resource's text: its table of contents and its reading time."""

import math
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import slugify

WORDS_PER_MINUTE = 200  # a common figure for reading on screen
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Section:
    anchor: str
    text: str
    level: str  # "h2" or "h3"


def anchor_for(text, taken):
    """A fragment identifier made from a heading, unique within the page. Unicode letters are
    kept, so Arabic and Russian headings get readable anchors too."""
    base = slugify(text, allow_unicode=True) or "section"
    anchor, number = base, 2
    while anchor in taken:
        anchor, number = f"{base}-{number}", number + 1
    taken.add(anchor)
    return anchor


def sections(body):
    """[(block, anchor or None)] for every block of `body`, and the table of contents."""
    taken = set()
    blocks, contents = [], []
    for block in body:
        anchor = None
        if block.block_type == "heading":
            anchor = anchor_for(block.value["text"], taken)
            contents.append(Section(anchor, block.value["text"], block.value["level"]))
        blocks.append((block, anchor))
    return blocks, contents


def block_text(block):
    """The words of a block, as a reader reads them."""
    value = block.value
    match block.block_type:
        case "heading":
            return value["text"]
        case "paragraph":
            return strip_tags(value.source)
        case "checklist":
            return " ".join([value["title"] or "", *value["steps"]])
        case "callout":
            return strip_tags(value["text"].source)
        case "quote":
            return f"{value['quote']} {value['attribution'] or ''}"
        case "image":
            return value["caption"] or ""
    return ""


def reading_minutes(page):
    """Whole minutes to read the summary and body, at least one."""
    text = " ".join([page.summary, *(block_text(block) for block in page.body)])
    return max(1, math.ceil(len(WORD.findall(text)) / WORDS_PER_MINUTE))
