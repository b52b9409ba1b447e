"""Applications are kept APPLICATIONS_RETENTION_DAYS (90 here) after their call closes, by the
call's closing time as its page says now, then deleted by `manage.py purge_applications` (the
maintenance service runs it); one is deleted on request by `manage.py delete_application`."""

import datetime
import io
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from applications.models import SealedApplication
from tests.applications.helpers import closed_call, store_application

pytestmark = pytest.mark.django_db


def purge():
    out = io.StringIO()
    call_command("purge_applications", stdout=out)
    return out.getvalue()


def remaining(*rows):
    return {row.pk for row in rows if SealedApplication.objects.filter(pk=row.pk).exists()}


def test_the_retention_delay_is_ninety_days_here():
    assert settings.APPLICATIONS_RETENTION_DAYS == 90


def test_applications_go_ninety_days_after_their_call_closes():
    expired, *_ = store_application(closed_call(91))
    kept, *_ = store_application(closed_call(89))
    also_expired, *_ = store_application(closed_call(200))
    assert purge() == "Deleted 2 application(s) to calls closed more than 90 days ago.\n"
    assert remaining(expired, kept, also_expired) == {kept.pk}
    assert purge() == "Deleted 0 application(s) to calls closed more than 90 days ago.\n"


def test_a_closing_date_moved_later_keeps_the_applications_longer():
    call = closed_call(91)
    row, *_ = store_application(call)  # kept the closing time of 91 days ago
    call.closes_at = timezone.now() - datetime.timedelta(days=10)
    call.stay_starts = timezone.localdate() + datetime.timedelta(days=60)
    call.stay_ends = call.stay_starts + datetime.timedelta(days=91)
    call.save_revision().publish()
    moved_earlier = closed_call(10)
    early, *_ = store_application(moved_earlier)
    moved_earlier.closes_at = timezone.now() - datetime.timedelta(days=95)
    moved_earlier.opens_at = moved_earlier.closes_at - datetime.timedelta(days=30)
    moved_earlier.save_revision().publish()
    assert row.call_closes_at < timezone.now() - datetime.timedelta(days=90)
    assert "Deleted 1 application(s)" in purge()
    assert remaining(row, early) == {row.pk}


def test_a_call_whose_pages_are_gone_goes_by_the_closing_time_its_applications_kept():
    gone = closed_call(91)
    expired, *_ = store_application(gone)
    still_closing = closed_call(89)
    kept, *_ = store_application(still_closing)
    gone.delete()
    still_closing.delete()
    never_a_page, *_ = store_application(
        call_key=uuid.uuid4(), closes_at=timezone.now() - datetime.timedelta(days=120)
    )
    assert "Deleted 2 application(s)" in purge()
    assert remaining(expired, kept, never_a_page) == {kept.pk}


def test_the_maintenance_service_purges():
    unit = Path(settings.BASE_DIR, "deploy/systemd/sheltercity-maintenance.service").read_text()
    assert "ExecStart=/srv/sheltercity/app/.venv/bin/python manage.py purge_applications\n" in unit
    assert "`purge_applications`" in unit


def test_delete_application_deletes_the_one_with_that_code(capsys):
    call = closed_call(1)
    row, code, _sealed = store_application(call)
    other, *_ = store_application(call)
    out = io.StringIO()
    call_command("delete_application", code.lower(), stdout=out)
    assert out.getvalue() == "Deleted the application with this receipt code.\n"
    assert code not in out.getvalue()
    assert remaining(row, other) == {other.pk}
    with pytest.raises(CommandError, match="No application has this receipt code"):
        call_command("delete_application", code)
    assert remaining(other) == {other.pk}


def test_delete_application_reads_the_code_from_standard_input(monkeypatch):
    row, code, _sealed = store_application(closed_call(1))
    monkeypatch.setattr("sys.stdin", io.StringIO(code + "\n"))
    call_command("delete_application", "-", stdout=io.StringIO())
    assert remaining(row) == set()


@pytest.mark.parametrize("typed", ["", "ABCD", "ABCD-EFGH-JKMN-PQRU", "ABCD-EFGH-JKMN-PQRS-TVWX"])
def test_delete_application_refuses_what_is_not_a_receipt_code(typed, monkeypatch):
    row, *_ = store_application(closed_call(1))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(CommandError, match="This is not a receipt code"):
        call_command("delete_application", typed)
    assert remaining(row) == {row.pk}
