"""The editorial roles, made (and put right) by `manage.py setup_roles`, run by `load_demo`.

- **Editors**: every language. They write and publish the source language (the default,
  English), create and edit pages in every language, and ask for translations; they do not
  publish other languages, so no translation (machine-made or not) goes live unreviewed.
- **Translators (xx)**, one group per language: edit that language's pages, never another's;
  they submit their work to review and cannot publish.
- **Reviewers (xx)**: what translators of that language do, plus publishing in it; they are the
  group that approves that language's review workflow.

Page permissions are scoped to each language's home page, so they cover that language's tree
only. Snippets, images and documents are not in a tree: Wagtail grants them per model (or per
collection). For the translatable snippets, editorial/snippets.py scopes the edit view by
language instead (README, "Translation workflows").

Which snippets are translated by these roles is said on each model, not listed here: a
translatable snippet sets `translated_by_language_roles = True` (or `False` to be left out on
purpose), and `translated_snippet_models()` reads Wagtail's snippet registry. A translatable
snippet or setting that says neither is a system check error (editorial/checks.py).

A snippet that is the same in every language (not translatable, e.g. the mirrors in the footer)
belongs to no language's translators or reviewers: it sets `edited_by_editors = True`, and only
the Editors add, change and delete it (`editors_snippet_models()`), as they do the source
language's site settings.

The **Selection team** is no editorial role: its members see how many applications each call
received, download them sealed and delete one on request (applications/staff.py), and nothing
else. No other group holds `applications.select_applications`.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from home.models import HomePage

EDITORS = "Editors"
SELECTION_TEAM = "Selection team"

# Page permissions, by role, on a language's tree.
WRITE = ["add_page", "change_page"]
PUBLISH = ["publish_page", "unlock_page", "lock_page"]

# What a translatable snippet model sets to True to be translated by these roles (model
# permissions, no tree to scope them to), or to False to be left out.
TRANSLATED_BY_ROLES = "translated_by_language_roles"


def translated_snippet_models():
    """The translatable snippet models that declare `translated_by_language_roles = True`, in
    Wagtail's registration order."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        and getattr(model, TRANSLATED_BY_ROLES, False) is True
    ]


# What a snippet that is the same in every language sets to True to be kept by the Editors.
EDITED_BY_EDITORS = "edited_by_editors"


def editors_snippet_models():
    """The snippet models that are not translatable and declare `edited_by_editors = True`."""
    return [
        model
        for model in get_snippet_models()
        if not issubclass(model, TranslatableMixin)
        and getattr(model, EDITED_BY_EDITORS, False) is True
    ]


def translators_name(code):
    return f"Translators ({code})"


def reviewers_name(code):
    return f"Reviewers ({code})"


def workflow_name(code):
    return f"Review in {dict(settings.LANGUAGES)[code]} ({code})"


def group_names(user):
    """The names of `user`'s groups, read once per user object (so once per request)."""
    cached = getattr(user, "_editorial_group_names", None)
    if cached is None:
        cached = user._editorial_group_names = frozenset(user.groups.values_list("name", flat=True))
    return cached


def may_publish_in(groups, language):
    """Whether members of `groups` (names) publish in `language`: the Editors in the source
    language, that language's Reviewers in the others."""
    if language == settings.LANGUAGE_CODE:
        return EDITORS in groups
    return reviewers_name(language) in groups


def works_in(groups, language):
    """Whether members of `groups` (names) may work on translations into `language`: those who
    publish in it, its Translators, and the Editors (who edit every language, publishing only
    the source). Every wagtail-localize route that reads or changes one translation asks this
    (editorial/localize_overrides.py)."""
    return may_publish_in(groups, language) or (
        language != settings.LANGUAGE_CODE and bool(groups & {EDITORS, translators_name(language)})
    )


def user_works_in(user, language):
    return user.is_superuser or works_in(group_names(user), language)


def user_languages(user):
    """Every language `user` works in, the source language included (for the Editors)."""
    return [code for code, _name in settings.LANGUAGES if user_works_in(user, code)]


def languages_of(user):
    """The languages other than the source that `user` works in: every one for superusers and
    editors, else those of their translator and reviewer groups."""
    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if user.is_superuser:
        return others
    groups = group_names(user)
    return [code for code in others if works_in(groups, code)]


def _permissions(*names):
    """Permission objects from "app_label.codename" names."""
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _submit_translation_permission():
    """wagtail-localize's "Can submit translations", made by one of its migrations: made again
    here when a test database was flushed since (the live-server tests)."""
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    return permission


def _model_permissions(label, actions):
    app_label, model = label.split(".")
    content_type = ContentType.objects.get(app_label=app_label, model=model)
    return list(
        Permission.objects.filter(
            content_type=content_type, codename__in=[f"{action}_{model}" for action in actions]
        )
    )


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(codename)
        )


def _grant_collection(group, codenames):
    root = Collection.get_first_root_node()
    for name in codenames:
        app_label, codename = name.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def language_roots():
    """Each language's home page (its tree's root), by language code."""
    homes = HomePage.objects.filter(depth=2).select_related("locale")
    return {home.locale.language_code: home for home in homes}


@transaction.atomic
def setup_roles():
    """Create or put right every group, its permissions and each language's workflow.
    Idempotent: run it again after adding a language. Returns the groups by name."""
    roots = language_roots()
    source = settings.LANGUAGE_CODE
    admin_access = _permissions("wagtailadmin.access_admin")
    groups = {}

    snippets = [model._meta.label_lower for model in translated_snippet_models()]
    snippets_of_editors = [model._meta.label_lower for model in editors_snippet_models()]
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *admin_access,
        _submit_translation_permission(),
        *[
            p
            for label in snippets + snippets_of_editors
            for p in _model_permissions(label, ["add", "change", "delete"])
        ],
        *_model_permissions("wagtailsearchpromotions.searchpromotion", ["add", "change", "delete"]),
    )
    _grant_collection(
        editors,
        [
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ],
    )
    groups[EDITORS] = editors

    selection_team, _ = Group.objects.get_or_create(name=SELECTION_TEAM)
    # Exactly these two, whatever was added by hand since: the team handles applications only.
    selection_team.permissions.set(
        [*admin_access, *_permissions("applications.select_applications")]
    )
    groups[SELECTION_TEAM] = selection_team

    for code, _name in settings.LANGUAGES:
        root = roots.get(code)
        translators, _ = Group.objects.get_or_create(name=translators_name(code))
        reviewers, _ = Group.objects.get_or_create(name=reviewers_name(code))
        for group in (translators, reviewers):
            group.permissions.add(
                *admin_access,
                *[p for label in snippets for p in _model_permissions(label, ["change"])],
            )
            _grant_collection(group, ["wagtailimages.choose_image", "wagtaildocs.choose_document"])
        groups[translators.name], groups[reviewers.name] = translators, reviewers
        if root is None:
            continue  # no tree yet for this language: `sync_locale_trees`, then run again
        _grant_pages(editors, root, WRITE + (PUBLISH if code == source else []))
        _grant_pages(translators, root, WRITE)
        _grant_pages(reviewers, root, WRITE + PUBLISH)
        _review_workflow(code, root, reviewers)
    return groups


def _review_workflow(code, root, reviewers):
    """The language's workflow: one group approval task for its reviewers, on its tree."""
    task, _ = GroupApprovalTask.objects.get_or_create(name=f"Approval by {reviewers.name}")
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=workflow_name(code))
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
