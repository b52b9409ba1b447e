from django.conf import settings
from django.core.management.base import BaseCommand

from applications.models import SealedApplication


class Command(BaseCommand):
    help = (
        "Delete the applications to calls that closed more than APPLICATIONS_RETENTION_DAYS "
        "days ago (the call's closing time read from its page, or kept with the applications "
        "when its pages are deleted). Run by sheltercity-maintenance.service."
    )

    def handle(self, *args, **options):
        deleted, _counts = SealedApplication.objects.past_retention().delete()
        self.stdout.write(
            f"Deleted {deleted} application(s) to calls closed more than "
            f"{settings.APPLICATIONS_RETENTION_DAYS} days ago."
        )
