"""A reviewer sees what changed since the live version before the Publish button: Wagtail's
revision comparison for pages (editorial.views.compare_first), a table of the changed texts for
snippets (editorial.review.pending_changes)."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.roles import reviewers_name, translators_name
from home.models import SiteSettings
from tests.editorial.helpers import as_user


def test_a_reviewer_opening_a_changed_translation_sees_the_comparison_first(client, member, about):
    french = about["fr"]
    translator, reviewer = member(translators_name("fr")), member(reviewers_name("fr"))
    french.introduction = "Une nouvelle introduction, pas encore publiée."
    revision = french.save_revision(user=translator)
    edit = f"/admin/pages/{french.pk}/edit/"

    response = as_user(client, reviewer).get(edit)
    assert response.status_code == 302
    assert (
        response["Location"] == f"/admin/pages/{french.pk}/revisions/compare/live...{revision.pk}/"
    )
    comparison = client.get(response["Location"])
    assert comparison.status_code == 200
    text = comparison.content.decode()
    assert "Une nouvelle introduction" in text
    assert f"{edit}?review=edit" in text  # the way on to the editor and its Publish
    assert client.get(f"{edit}?review=edit").status_code == 200
    # Shown once per revision: the comparison's own "Edit" link, a reload, open the editor.
    assert client.get(edit).status_code == 200

    # The translator (who cannot publish) goes straight to the editor.
    assert as_user(client, translator).get(edit).status_code == 200


def test_no_comparison_when_nothing_waits_or_the_changes_are_the_reviewers_own(
    client, member, about
):
    french = about["fr"]
    reviewer = member(reviewers_name("fr"))
    edit = f"/admin/pages/{french.pk}/edit/"
    assert as_user(client, reviewer).get(edit).status_code == 200  # nothing waiting
    french.save_revision(user=reviewer)
    assert client.get(edit).status_code == 200  # their own draft


def test_a_snippets_reviewer_sees_the_changed_texts_before_publishing(client, member):
    arabic = SiteSettings.objects.get(locale__language_code="ar")
    translation = Translation.objects.get(
        source__object_id=arabic.translation_key, target_locale=arabic.locale
    )
    segment = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )[0]
    StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=arabic.locale
    ).update(data="نص غيّره المترجم")
    edit = f"/admin/snippets/home/sitesettings/edit/{arabic.pk}/"

    page = as_user(client, member(reviewers_name("ar"))).get(edit)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Before you publish" in text
    assert "نص غيّره المترجم" in text
    # A translator does not publish, so sees no such table.
    page = as_user(client, member(translators_name("ar"))).get(edit)
    assert "Before you publish" not in page.content.decode()
