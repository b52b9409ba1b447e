"""Who must sign in with a second factor.

Everyone who can put something in front of readers: superusers, and every member of a group
holding a page publishing permission (the Editors and every "Reviewers (xx)" group made by
editorial/roles.py; any group given `publish_page` later too). And the selection team: a group
holding `applications.select_applications` can delete applications. Translators, who only submit
drafts for review, may add a second factor and are then asked for it, but are not made to.
`ADMIN_2FA_REQUIRED_FOR_ALL=true` makes it required for every admin user.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import Q

# The groups whose members must use a second factor: a page publishing permission, or the
# selection team's permission over applications.
REQUIRING_GROUPS = Q(page_permissions__permission__codename="publish_page") | Q(
    permissions__codename="select_applications",
    permissions__content_type__app_label="applications",
)


def holds_a_guarded_role(user):
    """Whether `user` must sign in with a second factor whatever the setting: a superuser, or a
    member of a group that publishes pages or selects applications (one query)."""
    return user.is_superuser or Group.objects.filter(REQUIRING_GROUPS, user=user).exists()


def guarded_role_holders():
    """The ids of the users in a group that publishes pages or selects applications (one
    query)."""
    return set(Group.objects.filter(REQUIRING_GROUPS).values_list("user", flat=True)) - {None}


def two_factor_required_of(users):
    """The ids of those of `users` who must sign in with a second factor (one query at most):
    `two_factor_required` for many users at once."""
    active = [user for user in users if user.is_active]
    if settings.ADMIN_2FA_REQUIRED_FOR_ALL:
        return {user.pk for user in active}
    guarded = guarded_role_holders()
    return {user.pk for user in active if user.is_superuser or user.pk in guarded}


def two_factor_required(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return settings.ADMIN_2FA_REQUIRED_FOR_ALL or holds_a_guarded_role(user)
