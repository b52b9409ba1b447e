"""The home app's demonstration text, read from `content.yaml` beside this file (every text in
every language: correct it there)."""

from pathlib import Path

from wagtail.rich_text import RichText

from .tools import DemoText

text = DemoText(Path(__file__).with_name("content.yaml"))
catalogue = text.catalogue

HOME_TITLE = text.text("home", "title")
HOME_INTRO = text.text("home", "introduction")
OFFER = (text.text("home", "offer", "heading"), text.text("home", "offer", "text"))
WHO = (text.text("home", "who_can_apply", "heading"), text.text("home", "who_can_apply", "text"))
QUOTE = (text.text("home", "quote", "text"), text.text("home", "quote", "by"))
CALL_TO_ACTION = (
    text.text("home", "call_to_action", "heading"),
    text.text("home", "call_to_action", "text"),
    text.text("home", "call_to_action", "link"),
)

ABOUT_TITLE = text.text("about", "title")
ABOUT_INTRO = text.text("about", "introduction")
ABOUT_SECTIONS = [
    (text.text("about", "sections", n, "heading"), text.text("about", "sections", n, "text"))
    for n in range(len(text.get("about", "sections")))
]

PRIVACY_TITLE = text.text("privacy", "title")
PRIVACY_INTRO = text.text("privacy", "introduction")
PRIVACY_P = text.text("privacy", "text")

CONTACT_TITLE = text.text("contact", "title")
CONTACT_INTRO = text.text("contact", "introduction")
CONTACT_P = text.text("contact", "text")

FOOTER = text.text("site_settings", "footer")
ADDRESS = text.text("site_settings", "contact_address")
HELPLINES = [
    {
        "name": text.text("site_settings", "helplines", n, "name"),
        "description": text.text("site_settings", "helplines", n, "description"),
        # A phone number is the same in every language; an empty field is not text.
        "phone": text.text("site_settings", "helplines", n, "phone") if line["phone"] else "",
        "email": line["email"],
        "url": line["url"],
        "hours": text.text("site_settings", "helplines", n, "hours"),
    }
    for n, line in enumerate(text.get("site_settings", "helplines"))
]


def paragraphs(*texts):
    return RichText("".join(f"<p>{text}</p>" for text in texts))


def section(heading, paragraph):
    return [("heading", {"text": heading, "level": "h2"}), ("paragraph", paragraphs(paragraph))]


def home_body(about_page):
    return [
        *section(*OFFER),
        *section(*WHO),
        ("quote", {"quote": QUOTE[0], "attribution": QUOTE[1]}),
        (
            "call_to_action",
            {
                "heading": CALL_TO_ACTION[0],
                "text": CALL_TO_ACTION[1],
                "page": about_page,
                "link_text": CALL_TO_ACTION[2],
            },
        ),
    ]


def about_body():
    return [block for heading, paragraph in ABOUT_SECTIONS for block in section(heading, paragraph)]


def privacy_body():
    return [("paragraph", paragraphs(PRIVACY_P))]


def contact_body():
    return [("paragraph", paragraphs(CONTACT_P))]


def helplines():
    return [("helpline", dict(line)) for line in HELPLINES]
