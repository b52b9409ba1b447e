"""Small PDFs of the demo resources, made at load time with fpdf2: the title, the summary and
the body's text, in the resource's language (Arabic shaped and set right to left by HarfBuzz).
"""

import datetime
from pathlib import Path

from fpdf import FPDF

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian: fonts-dejavu-core
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
]


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
