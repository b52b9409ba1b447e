"""Serving a file: a clear 404 when it is missing from storage, and a count of downloads per
file and per day. Nothing about the reader (address, browser, referrer, cookie) is read."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from resources.models import DownloadCount


def count_download(document):
    """Add one to today's total for `document`: one query, two for the day's first download."""
    day = timezone.localdate()
    counts = DownloadCount.objects.filter(document=document, day=day)
    if counts.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DownloadCount.objects.create(document=document, day=day, count=1)
    except IntegrityError:  # another request made the day's row first
        counts.update(count=F("count") + 1)


def before_serve(document, request):
    if not document.file.storage.exists(document.file.name):
        message = _(
            "This file is missing from the library. Please tell us through the contact page; "
            "the rest of the resource can still be read online."
        )
        return render(request, "404.html", {"message": message}, status=404)
    if request.method == "GET":
        count_download(document)
    return None
