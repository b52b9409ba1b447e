"""Demo: the editorial roles and workflows (`manage.py setup_roles`)."""

from editorial.roles import setup_roles


def load(log):
    groups = setup_roles()
    log(f"{len(groups)} editorial groups and a review workflow per language")
