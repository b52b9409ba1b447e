"""Demonstration content of the mirrors app: a few example mirrors for the footer's "If this
site is blocked", read from `content.yaml` beside this file. A mirror already there (by its
address) is left as it is, so an editor's changes are kept."""

from pathlib import Path

from home.demo.tools import read_data
from mirrors.factories import MirrorFactory
from mirrors.models import Mirror

CONTENT = Path(__file__).with_name("content.yaml")


def load(log=print):
    entries = read_data(CONTENT)["mirrors"]
    made = 0
    for position, entry in enumerate(entries):
        if not Mirror.objects.filter(address=entry["address"]).exists():
            MirrorFactory(sort_order=position, **entry)
            made += 1
    log(f"{made} mirrors added, {len(entries) - made} kept")
