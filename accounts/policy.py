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


def two_factor_required(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return settings.ADMIN_2FA_REQUIRED_FOR_ALL or can_publish(user)
