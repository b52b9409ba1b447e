"""Who must sign in with a second factor.

Everyone who can put something in front of readers: superusers, and every member of a group
holding a page publishing permission (the Editors and every "Reviewers (xx)" group made by
editorial/roles.py; any group given `publish_page` later too). Translators, who only submit
drafts for review, may add a second factor and are then asked for it, but are not made to.
`ADMIN_2FA_REQUIRED_FOR_ALL=true` makes it required for every admin user.
"""

from django.conf import settings
from wagtail.models import GroupPagePermission


def can_publish(user):
    return (
        user.is_superuser
        or GroupPagePermission.objects.filter(
            group__user=user, permission__codename="publish_page"
        ).exists()
    )


def publishers():
    """The ids of the users given a page publishing permission through a group (one query)."""
    return set(
        GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
            "group__user", flat=True
        )
    )


def two_factor_required_of(users):
    """The ids of those of `users` who must sign in with a second factor (one query at most):
    `two_factor_required` for many users at once."""
    active = [user for user in users if user.is_active]
    if settings.ADMIN_2FA_REQUIRED_FOR_ALL:
        return {user.pk for user in active}
    publishing = publishers()
    return {user.pk for user in active if user.is_superuser or user.pk in publishing}


def two_factor_required(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return settings.ADMIN_2FA_REQUIRED_FOR_ALL or can_publish(user)
