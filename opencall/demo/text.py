"""The open call app's demonstration text, read from `content.yaml` beside this file (every
text in every language: correct it there).

The criteria, the offer and the selection steps follow the programme's public documents; the
calls themselves, their dates and links are demonstration content and say so.
"""

from pathlib import Path

from home.demo.tools import DemoText

text = DemoText(Path(__file__).with_name("content.yaml"))
catalogue = text.catalogue

INDEX_TITLE = text.text("index", "title")
INDEX_INTRO = text.text("index", "introduction")

# By season ("spring", "autumn"): `{year}` is filled in, then registered (`call_title`).
CALL_TITLES = {
    season: text.template("call", "title", season) for season in text.get("call", "title")
}
CALL_INTRO = text.text("call", "introduction")
ELIGIBILITY = {
    key: text.text("call", "eligibility", key) for key in text.get("call", "eligibility")
}
OFFER_LEAD = text.text("call", "offer", "lead")
OFFER_ITEMS = text.texts("call", "offer", "items")
SELECTION_STEPS = [
    (text.text("call", "selection", n, "title"), text.text("call", "selection", n, "description"))
    for n in range(len(text.get("call", "selection")))
]
HOW_TO_APPLY = text.texts("call", "how_to_apply")
FAQ = [
    (text.text("call", "faq", n, "question"), text.text("call", "faq", n, "answer"))
    for n in range(len(text.get("call", "faq")))
]
LINK_TEXT = text.text("call", "link_text")
