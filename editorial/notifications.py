"""Telling translators what to update.

When a page of the source language is published and its text changed (its translatable
segments differ from those its translations were last made from), the translators of each
language that has a translation of it get an email: which page changed and where to update
it. Reviewers are told by Wagtail itself when a page's translation waits for them (its
workflow's group approval task notifies the group), and by `notify_reviewers_of_snippet` when
a translator asks them to publish a snippet's translation (snippets have no workflow).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.urls import reverse
from django.utils import translation as django_translation
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from editorial.roles import reviewers_name, translators_name


def _texts(segments):
    return {(segment.path, segment.string.data) for segment in segments}


def source_changed(source, page):
    """Whether `page` (just published) has text its translation source does not."""
    published = _texts(s for s in extract_segments(page) if isinstance(s, StringSegmentValue))
    stored = {
        (segment.context.path, segment.string.data)
        for segment in source.stringsegment_set.select_related("context", "string")
    }
    return published != stored


def _addresses(group_names):
    """Group name -> the email addresses of its active members who have one. One query."""
    found = defaultdict(list)
    for group, email in (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=group_names)
        .exclude(email="")
        .values_list("groups__name", "email")
    ):
        found[group].append(email)
    return found


def notify_translators(page):
    """Email the translators of every language `page` is translated into, when its text
    changed. Returns the number of emails sent."""
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None or not source_changed(source, page):
        return 0
    locales = [
        translation.target_locale
        for translation in source.translations.filter(enabled=True).select_related("target_locale")
    ]
    targets = dict(
        Page.objects.filter(
            translation_key=page.translation_key, locale__in=locales, alias_of__isnull=True
        ).values_list("locale_id", "pk")
    )
    addresses = _addresses([translators_name(locale.language_code) for locale in locales])
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    messages = []
    for locale in locales:
        code = locale.language_code
        recipients = addresses.get(translators_name(code))
        if locale.pk not in targets or not recipients:
            continue
        with django_translation.override(code):
            subject = _("To update: “%(page)s”") % {"page": page.title}
            body = _(
                "“%(page)s” was published again with changes in %(source)s.\n\n"
                "Update its translation: open it, choose “Bring in the changes”, "
                "translate what is new and submit it for review:\n%(url)s\n"
            ) % {
                "page": page.title,
                "source": page.locale.get_display_name(),
                "url": base + reverse("wagtailadmin_pages:edit", args=[targets[locale.pk]]),
            }
        messages.append((subject, body, settings.DEFAULT_FROM_EMAIL, recipients))
    return send_mass_mail(messages, fail_silently=True)


def notify_reviewers_of_snippet(instance, edit_url, user):
    """Email the reviewers of `instance`'s language that its translation waits for them.
    Returns how many reviewers were emailed."""
    code = instance.locale.language_code
    recipients = _addresses([reviewers_name(code)]).get(reviewers_name(code))
    if not recipients:
        return 0
    with django_translation.override(code):
        subject = _("To review: “%(object)s”") % {"object": instance}
        body = _(
            "%(user)s translated “%(object)s” and asks you to review it. Open it, check the "
            "translation and press “Publish”:\n%(url)s\n"
        ) % {
            "user": user.get_full_name() or user.get_username(),
            "object": instance,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_url,
        }
    return send_mass_mail(
        [(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)], fail_silently=True
    )
