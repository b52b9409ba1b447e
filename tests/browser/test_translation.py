"""The whole translation journey in Chromium: an editor publishes a new resource in English and
asks for French; a French translator translates it in wagtail-localize's editor and submits
it; a French reviewer approves it from the dashboard; the French page is live, and listed in
the French library and search. The editor and the reviewer publish, so they sign in with a code
from an authenticator app too."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from accounts import twofactor
from editorial.roles import EDITORS, reviewers_name, translators_name
from resources.models import ResourceIndexPage
from tests.accounts.helpers import code_for, give_second_factor

pytestmark = pytest.mark.browser

PASSWORD = "journey-password-1"
FRENCH = {
    "Zqxv night walks": "Zqxv marches de nuit",
    "Plan the way home after a late meeting.": "Prévoyez le retour après une réunion tardive.",
}


@pytest.fixture
def team(demo_site, django_user_model):
    for name, group in [
        ("editor", EDITORS),
        ("translator", translators_name("fr")),
        ("reviewer", reviewers_name("fr")),
    ]:
        user = django_user_model.objects.create_user(
            username=name, password=PASSWORD, email=f"{name}@example.org"
        )
        user.groups.add(Group.objects.get(name=group))
        if group != translators_name("fr"):
            give_second_factor(user)  # they publish: a second factor is required
    return demo_site


def signed_in(browser, base, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.goto(f"{base}/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.click("button[type=submit]")
    user = get_user_model().objects.get(username=username)
    if twofactor.has_device(user):
        tab.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
        tab.fill("#id_code", code_for(give_second_factor(user).bin_key))
        tab.click("form.login-form button[type=submit]")
    tab.wait_for_url(f"{base}/admin/")
    return tab


def test_a_resource_goes_from_english_to_french_through_review(browser, team, screenshot):
    base = team.url
    library = ResourceIndexPage.objects.get(locale__language_code="en")

    # The editor writes and publishes the English resource, then asks for French.
    editor = signed_in(browser, base, "editor")
    editor.goto(f"{base}/admin/pages/add/resources/resourcepage/{library.pk}/")
    editor.fill("#id_title", "Zqxv night walks")
    editor.fill("#id_summary", "Plan the way home after a late meeting.")
    editor.click("text=Choose topic")
    editor.click(".modal a:has-text('Physical security')")
    editor.select_option("#id_format", "guide")
    editor.select_option("#id_level", "beginner")
    editor.click("button:has-text('More actions')")
    editor.click("button:has-text('Publish')")
    editor.wait_for_selector(".messages:has-text('created and published')")
    english = Page.objects.get(title="Zqxv night walks", locale__language_code="en")
    editor.goto(f"{base}/admin/localize/submit/page/{english.pk}/")
    editor.check("label:has-text('Français') input")
    editor.locator("main input[type=submit]").click()
    editor.wait_for_selector(".messages:has-text('submitted for translation')")
    french = Page.objects.get(translation_key=english.translation_key, locale__language_code="fr")

    # The French translator translates each segment in wagtail-localize's editor and submits.
    translator = signed_in(browser, base, "translator")
    translator.goto(f"{base}/admin/pages/{french.pk}/edit/")
    translate = translator.get_by_role("button", name="Translate", exact=True)
    for _ in range(20):  # one per text segment
        if not translate.count():
            break
        translate.first.click()
        field = translator.locator("textarea").first
        source = field.evaluate(
            "el => el.closest('li').querySelector('p, .segment-value')?.textContent || ''"
        )
        field.fill(FRENCH.get(source.strip(), "FR " + source.strip()))
        translator.get_by_role("button", name="Save", exact=True).first.click()
        translator.wait_for_timeout(300)
    translator.get_by_role("button", name="Submit for review").click()
    translator.wait_for_selector(".messages:has-text('waiting for review')")
    # Nothing of it is public before the review: the French address still shows the text it
    # showed (the English one, with the notice that it is not translated yet).
    assert Page.objects.get(pk=french.pk).title == "Zqxv night walks"

    # The French reviewer approves it from the dashboard.
    reviewer = signed_in(browser, base, "reviewer")
    row = reviewer.locator("tr", has_text="Zqxv marches de nuit")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    for _ in range(50):  # the dashboard posts the approval and reloads
        if Page.objects.get(pk=french.pk).title == "Zqxv marches de nuit":
            break
        reviewer.wait_for_timeout(200)
    screenshot(reviewer, "translation-approved")

    french = Page.objects.get(pk=french.pk).specific
    assert french.live and french.title == "Zqxv marches de nuit"

    # Readers: the French page, the French library and French search.
    reader = browser.new_context(java_script_enabled=False).new_page()
    reader.goto(f"{base}{french.url}")
    assert reader.locator("h1").inner_text() == "Zqxv marches de nuit"
    reader.goto(f"{base}/fr/library/")
    assert reader.locator("a:has-text('Zqxv marches de nuit')").count() == 1
    reader.goto(f"{base}/fr/search/?q=marches+nuit")
    assert reader.locator("h2.search-result__title:has-text('Zqxv marches de nuit')").count() == 1
    screenshot(reader, "translation-live-fr")
