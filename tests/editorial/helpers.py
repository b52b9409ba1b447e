"""Steps of the translation journey through the admin's own views, shared by the tests."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.accounts.helpers import sign_in


def as_user(client, user):
    return sign_in(client, user)


def translate_everything(page, locale, translate):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        text = translate(segment.string.data)
        if text is None:
            continue  # left untranslated
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    return translation


FRENCH = {"Zqxv night safety": "Zqxv sécurité de nuit", "Walk home in pairs.": "Rentrez à deux."}


def refused(response):
    """Wagtail's admin answers a refused action with a redirect to the dashboard and its
    "Sorry, you do not have permission" message (a 403 for some views)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def submit(client, user, page):
    return as_user(client, user).post(f"/admin/editorial/submit/{page.pk}/")


def act(client, user, page, action, comment=""):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return as_user(client, user).post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", {"comment": comment}
    )
