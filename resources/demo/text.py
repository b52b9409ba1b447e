"""The resource library's demonstration text and resources, read from `content.yaml` beside
this file and one file per resource in `content/<key>.yaml` (every text in every language:
correct it there).

The advice is general, real-world practice written for the demo; every generated PDF ends
with a line saying it is demonstration content.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from home.demo.tools import DemoContentError, DemoText

HERE = Path(__file__).parent
text = DemoText(HERE / "content.yaml")
catalogue = text.catalogue
LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar")
BODY_KINDS = ("heading", "paragraph", "checklist", "tip", "warning", "quote")


@dataclass(frozen=True)
class DemoResource:
    key: str  # stable, ASCII: its translation key and slug
    topic: str  # a Topic key below
    format: str  # guide, checklist, toolkit, template, audio, video
    level: str  # beginner, intermediate, advanced
    reviewed: datetime.date  # the last review
    interval: int  # months between reviews: 3, 6, 12 or 24
    title: str  # the English text, registered in the catalogue
    summary: str
    # ("heading", text) | ("paragraph", text) | ("checklist", [text, ...])
    # | ("tip", text) | ("warning", text) | ("quote", text)
    body: list = field(default_factory=list)
    languages: tuple = LANGUAGES  # the languages its page is translated into ("en" always)
    file_languages: tuple = ("en",)  # a PDF is generated in each of these


@dataclass(frozen=True)
class DemoTopic:
    key: str
    name: str
    description: str


INDEX_TITLE = text.text("index", "title")
INDEX_INTRO = text.text("index", "introduction")
FOOTER = text.text("pdf_footer")
TOPICS = [
    DemoTopic(
        text.get("topics", n, "key"),
        text.text("topics", n, "name"),
        text.text("topics", n, "description"),
    )
    for n in range(len(text.get("topics")))
]


def read_resource(key: str) -> DemoResource:
    """The resource of `content/<key>.yaml`, its texts registered in the catalogue."""
    path = HERE / "content" / f"{key}.yaml"
    if not path.exists():
        raise DemoContentError(f"{text.path}: the resource {key} has no file {path}")
    data = DemoText(path, catalogue)
    title, summary = data.text("title"), data.text("summary")
    body = []
    for n, block in enumerate(data.get("body")):
        if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in BODY_KINDS:
            raise DemoContentError(f"{path}: body.{n}: one of {BODY_KINDS} per block")
        (kind,) = block
        read = data.texts if kind == "checklist" else data.text
        body.append((kind, read("body", n, kind)))
    topic = data.get("topic")
    if topic not in {topic.key for topic in TOPICS}:
        raise DemoContentError(f"{path}: topic {topic} is not in {text.path}")
    return DemoResource(
        key=key,
        topic=topic,
        format=data.get("format"),
        level=data.get("level"),
        reviewed=datetime.date.fromisoformat(str(data.get("reviewed"))),
        interval=data.get("interval"),
        title=title,
        summary=summary,
        body=body,
        languages=tuple(data.get("languages")),
        file_languages=tuple(data.get("file_languages")),
    )


def read_resources() -> list[DemoResource]:
    """Every resource, in the order of `resources` in content.yaml; each file listed there."""
    keys = text.get("resources")
    unlisted = {path.stem for path in (HERE / "content").glob("*.yaml")} - set(keys)
    if unlisted:
        raise DemoContentError(f"{text.path}: add {sorted(unlisted)} to its resources")
    return [read_resource(key) for key in keys]


RESOURCES = read_resources()
