"""Small PDFs of the demo resources, made at load time with fpdf2: the title, the summary and
the body's text, in the resource's language (Arabic shaped and set right to left by HarfBuzz).
"""

import datetime
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from django.db import connections
from fpdf import FPDF

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian: fonts-dejavu-core
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
]


PARENT_CONNECTIONS = []  # in a worker, kept until it ends (os._exit: never closed)

FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


class MissingFont(Exception):
    pass


def font_path():
    for path in FONT_CANDIDATES:
        if path.exists():
            return path
    raise MissingFont("The demo PDFs need the DejaVu Sans font: apt-get install fonts-dejavu-core")


def build_pdf(language, title, lines, footer):
    """The bytes of a PDF: `title`, then each of `lines` (text, is_heading)."""
    pdf = FPDF(format="A4")
    pdf.set_creator("Shelter City demo content")
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creation_date(FIXED_DATE)  # the same bytes on every run: the checksum stays stable
    pdf.add_font("DejaVu", "", str(font_path()))
    pdf.set_text_shaping(True)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    align = "R" if language == "ar" else "L"
    pdf.set_font("DejaVu", size=18)
    pdf.multi_cell(0, 9, title, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for text, is_heading in lines:
        pdf.set_font("DejaVu", size=13 if is_heading else 11)
        if is_heading:
            pdf.ln(3)
        pdf.multi_cell(
            0, 6.5 if is_heading else 5.5, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(1.5)
    pdf.ln(6)
    pdf.set_font("DejaVu", size=8)
    pdf.multi_cell(0, 4, footer, align=align, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def forget_database_connections():
    """In a forked worker: set the parent's database connections aside, open and unused (closing
    one would speak on it, or roll back on the parent's file), so that a query, which no job
    makes, would open a connection of its own."""
    for connection in connections.all(initialized_only=True):
        PARENT_CONNECTIONS.append(connection.connection)
        connection.connection = None


class BackgroundJobs:
    """Runs jobs ahead of time in a worker process where it can, for the PDFs.

    Setting text (HarfBuzz shaping, line breaking, font subsetting, reading the text back) needs
    no database, so it can take another core while the pages are saved: `load_demo` starts the
    PDFs before the first app's demo loads and the library picks them up when it gets there. A
    forked worker needs nothing but the arguments, and a job gives the same result wherever it
    runs (the PDFs' bytes and checksums do not change). Without `fork`, or in a process running
    threads (a live test server), each job runs when its result is needed, as before.
    """

    def __init__(self):
        self.pool = None
        self.pending = {}

    def start(self, function, jobs):
        """Begin `function(*arguments)` for each of `jobs` ({key: arguments}), in that order."""
        if not jobs or threading.active_count() > 1:
            return
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        workers = max(1, (os.cpu_count() or 1) - 1)  # one core stays with the database work
        sys.stdout.flush()  # a forked worker flushes what it inherited when it ends
        sys.stderr.flush()
        self.pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=forget_database_connections,
        )
        self.pending = {key: self.pool.submit(function, *args) for key, args in jobs.items()}

    def result(self, key, function, arguments):
        """The result of job `key`, run ahead of time, or now."""
        future = self.pending.pop(key, None)
        return future.result() if future is not None else function(*arguments)

    def stop(self):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        self.pending = {}
