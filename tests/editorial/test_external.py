"""External translators (a PO file out and back) and machine translation: either way the text
is a draft until the language's reviewers approve it."""

import subprocess
import sys

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.models import Translation

from tests.editorial.helpers import FRENCH, act, as_user, submit


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


@pytest.mark.django_db
def test_a_po_file_goes_out_and_comes_back_translated(client, people, french_draft):
    translation = translation_of(french_draft)
    as_user(client, people["translator"])
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= set(FRENCH)

    for entry in po:  # what an external translator does in their PO editor
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile(
        "fr.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload}
    )
    assert response.status_code == 302

    submit(client, people["translator"], french_draft)
    assert not Page.objects.get(pk=french_draft.pk).live  # nothing live before review
    act(client, people["reviewer"], french_draft, "approve")
    french = Page.objects.get(pk=french_draft.pk).specific
    assert french.live and french.title == "Zqxv sécurité de nuit"


@pytest.mark.django_db
def test_machine_translation_is_off_by_default(settings):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


@pytest.mark.django_db
def test_machine_translation_waits_for_review(client, people, french_draft, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    translation = translation_of(french_draft)
    as_user(client, people["translator"])
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302
    submit(client, people["translator"], french_draft)
    draft = Page.objects.get(pk=french_draft.pk).specific
    assert not draft.live
    # The dummy translator reverses the words: the draft holds its proposal.
    assert draft.get_latest_revision_as_object().title == "safety night Zqxv"
    act(client, people["reviewer"], french_draft, "approve")
    assert Page.objects.get(pk=french_draft.pk).live


@pytest.mark.parametrize(
    ("key", "translator"), [("", "None"), ("a-deepl-key:fx", "DeepLTranslator")]
)
def test_machine_translation_is_off_unless_a_deepl_key_is_given(tmp_path, key, translator):
    """DEEPL_API_KEY switches wagtail-localize's DeepL translator on (read at start-up, so in a
    new process); without it the editor offers no machine translation."""
    code = (
        "import django; django.setup();"
        "from wagtail_localize.machine_translators import get_machine_translator;"
        "print(type(get_machine_translator()).__name__ if get_machine_translator() else None)"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DEEPL_API_KEY": key,
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == translator
