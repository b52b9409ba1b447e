"""BENCHMARKS.md, where each part of `make bench` writes its own section between two marker
comments and leaves the rest of the file as it is (scripts/bench_stack.py,
scripts/bench_mirror.py)."""

from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def markers(name):
    """The comments that open and close the section `name`."""
    return f"<!-- {name}: begin -->", f"<!-- {name}: end -->"


def write_section(name, text):
    """Put `text` (which starts and ends with the markers) in place of the section `name`, or
    at the end of the file the first time."""
    begin, end = markers(name)
    old = PATH.read_text() if PATH.exists() else "# Benchmarks\n"
    if begin in old and end in old:
        new = old[: old.index(begin)] + text + old[old.index(end) + len(end) :]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    PATH.write_text(new)
