"""Who may save a translatable snippet (topics, organisations, site settings) in which language.

Wagtail grants snippet permissions per model, with no tree to scope them to a language, and
these snippets have no drafts or workflow: saving one puts it live. So the edit view is guarded
by language here (the `before_edit_snippet` hook), as page permissions are by tree:

- the source language (English): Editors;
- another language: that language's Reviewers save (publish) it. When it is a
  wagtail-localize translation, its Translators (and the Editors) may open wagtail-localize's
  editor and translate: what they type is kept as wagtail-localize's translations, and their
  "Publish" emails the language's reviewers instead. So a snippet's translation, machine-made
  or not, goes live only through its language's reviewers.

Superusers may do anything.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied
from wagtail_localize.models import Translation

from editorial.notifications import notify_reviewers_of_snippet
from editorial.roles import group_names, may_publish_in, translated_snippet_models, works_in


def refusal(request, instance):
    """The response refusing `request` to edit `instance`, or None when it may go on."""
    if request.user.is_superuser or type(instance) not in translated_snippet_models():
        return None
    language = instance.locale.language_code
    groups = group_names(request.user)
    if may_publish_in(groups, language):
        return None
    if not (works_in(groups, language) and _in_translation_editor(instance)):
        return permission_denied(request)
    if request.method == "POST":
        emailed = notify_reviewers_of_snippet(instance, request.path, request.user)
        names = {"language": instance.locale.get_display_name()}
        if emailed:
            text = _(
                "Only the reviewers of %(language)s publish this translation. What you "
                "translated is kept in the editor, and they were emailed to review it."
            )
        else:
            text = _(
                "Only the reviewers of %(language)s publish this translation. What you "
                "translated is kept in the editor; none of them has an email address, so "
                "tell them it is ready."
            )
        messages.warning(request, text % names)
        return redirect(request.get_full_path())
    return None


def _in_translation_editor(instance):
    """Whether `instance` opens in wagtail-localize's editor, which keeps what is typed without
    saving the snippet. (Wagtail's own form would lose a translator's text on refusal, so a
    snippet made outside wagtail-localize is for its reviewers only.)"""
    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale=instance.locale, enabled=True
    ).exists()
