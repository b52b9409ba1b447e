import sys

from django.core.management.base import BaseCommand, CommandError

from applications import receipts
from applications.models import SealedApplication


class Command(BaseCommand):
    help = (
        "Delete the application that has this receipt code, at once and for good (as the "
        "admin's Applications page does). The code is never printed or logged; give - to read "
        "it from standard input, out of the shell's history."
    )

    def add_arguments(self, parser):
        parser.add_argument("receipt_code", metavar="RECEIPT_CODE", help="the code, or -")

    def handle(self, *args, receipt_code, **options):
        if receipt_code == "-":
            receipt_code = sys.stdin.readline().strip()
        if receipts.normalise(receipt_code) is None:
            raise CommandError(
                "This is not a receipt code: a receipt code has 16 letters and digits, in four "
                "groups of four."
            )
        deleted, _counts = SealedApplication.objects.by_receipt(receipt_code).delete()
        if not deleted:
            raise CommandError(
                "No application has this receipt code: it may have been deleted already (on "
                "request, or after the retention delay), or be mistyped."
            )
        self.stdout.write("Deleted the application with this receipt code.")
