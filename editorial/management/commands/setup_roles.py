from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or put right the editorial groups (Editors; per language Translators and "
        "Reviewers), their permissions on each language's tree, and each language's review "
        "workflow. Safe to run again, e.g. after adding a language."
    )

    def handle(self, *args, **options):
        groups = setup_roles()
        for name in groups:
            self.stdout.write(f"  {name}")
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} groups ready."))
