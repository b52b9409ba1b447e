import io

import pytest
from fpdf import FPDF

from home.demo.tools import demo_key
from resources.models import ResourceIndexPage, ResourcePage


@pytest.fixture
def library_indexes(db):
    """The demo's library of each language, by language code."""
    pages = ResourceIndexPage.objects.filter(translation_key=demo_key("resources:index"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def demo_resource(key):
    """The demo resource `key` in each language it is published in, by language code."""
    pages = ResourcePage.objects.filter(translation_key=demo_key(f"resources:{key}"))
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def pdf_bytes(pages=1, text="Shelter City test file"):
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(text=f"{text}, page {number + 1}")
    return bytes(pdf.output())


def zip_bytes(entries):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()
