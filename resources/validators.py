"""Checks of a file that say why it is refused, shared by every form that takes one: the
document upload form (forms.py) and an applicant's attachment (applications/forms.py). Kept
apart from forms.py, which imports Wagtail's admin forms, so that models may import it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.lists import text_list
from resources.files import inspect_pdf


def check_pdf(file):
    """Refuse a PDF pypdf cannot read, or one with active content.

    Active content is refused, not stripped: the editor learns that the file had it (and can
    ask where it came from), and what readers download is byte for byte the file the editor
    chose, with the SHA-256 they can check against it."""
    facts = inspect_pdf(file)  # its text is read once, when the document is saved
    if facts is None or not facts[0]:
        raise ValidationError(
            _(
                "This PDF cannot be opened: it may be damaged or protected by a password. "
                "Export it again without a password."
            ),
            code="unreadable_pdf",
        )
    active = facts[1]
    if active:
        raise ValidationError(
            _(
                "This PDF contains active content (%(found)s): scripts, actions, embedded files "
                "or media that a reader’s PDF viewer could run or open. Export or print it "
                "again as a plain PDF (for example with “Print to PDF”) and upload that file."
            ),
            code="active_pdf",
            params={"found": text_list(active)},
        )
