"""The fixed choices of a resource, apart from the models so that the library's filter form and
the models can both read them without importing each other."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Format(models.TextChoices):
    GUIDE = "guide", _("Guide")
    CHECKLIST = "checklist", _("Checklist")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")


# The formats that are a recording: a resource in one has a file of that kind to download (the
# first part of its MIME type; resources.files.media_type). The written formats are read on the
# page or downloaded as documents.
RECORDED_FORMATS = {Format.AUDIO: "audio", Format.VIDEO: "video"}


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")
