"""Signing in with two factors in Chromium, with no JavaScript needed: a reviewer sets up the
authenticator app in Arabic (reading the secret off the page and computing the code as the app
would), an editor signs in with a code in French after a wrong one is refused, and signs in with
a recovery code in Spanish, which then stops working."""

import base64
import re
import time

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from accounts import twofactor
from editorial.roles import EDITORS, reviewers_name
from tests.accounts.helpers import code_for, give_second_factor

pytestmark = pytest.mark.browser

PASSWORD = "two-factor-journey-1"


@pytest.fixture
def person(demo_site, django_user_model):
    def make(name, group, language):
        user = django_user_model.objects.create_user(
            username=name, password=PASSWORD, email=f"{name}@example.org"
        )
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return make


def password_step(browser, base, username, language, javascript=False):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale=language, java_script_enabled=javascript
    )
    tab = context.new_page()
    tab.goto(f"{base}/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    with tab.expect_navigation():
        tab.click("form.login-form button[type=submit]")
    return tab


def enter_code(tab, code):
    tab.fill("#id_code", code)
    with tab.expect_navigation():
        tab.click("form.login-form button[type=submit]")


def test_a_reviewer_sets_up_the_app_in_arabic(browser, demo_site, person, screenshot):
    reviewer = person("reviewer-ar", reviewers_name("ar"), "ar")
    base = demo_site.url
    tab = password_step(browser, base, "reviewer-ar", "ar")
    # Reviewers publish: the password leads to setting up a second factor, nowhere else.
    tab.wait_for_url(re.compile(r".*/admin/two-factor/enrol/.*"))
    assert tab.get_attribute("html", "dir") == "rtl"
    assert tab.inner_text("h1") == "إعداد المصادقة الثنائية"
    assert tab.locator("figure.accounts-qr-code svg").count() == 1  # the QR code, inline
    screenshot(tab, "two-factor-enrol-ar")
    secret = tab.inner_text("#two-factor-secret").replace(" ", "")
    key = base64.b32decode(secret)
    enter_code(tab, code_for(key))
    assert tab.inner_text("h1") == "رموز الاسترداد الخاصة بك"
    codes = [code.strip() for code in tab.locator("#recovery-codes code").all_inner_texts()]
    assert len(codes) == 10
    tab.click("main a.button")
    tab.wait_for_url(f"{base}/admin/")
    assert twofactor.has_device(reviewer)
    tab.goto(f"{base}/admin/pages/")
    assert "/two-factor/" not in tab.url
    tab.context.close()


@pytest.fixture
def enrolled_editor(person):
    editor = person("editor-2fa", EDITORS, "fr")
    device = give_second_factor(editor)
    codes = twofactor.new_recovery_codes(editor)
    return editor, device, codes


def test_a_wrong_code_is_refused_then_the_right_one_opens_the_admin_in_french(
    browser, demo_site, enrolled_editor, screenshot
):
    _editor, device, _codes = enrolled_editor
    base = demo_site.url
    tab = password_step(browser, base, "editor-2fa", "fr")
    tab.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
    assert tab.inner_text("h1") == "Authentification à deux facteurs"
    enter_code(tab, "000000")
    assert "Ce code n’est pas le bon" in tab.inner_text("main")
    screenshot(tab, "two-factor-wrong-code-fr")
    assert "/two-factor/verify/" in tab.url
    time.sleep(1.5)  # django-otp's delay after a wrong code (one second after the first)
    enter_code(tab, code_for(device.bin_key))
    tab.wait_for_url(f"{base}/admin/")
    tab.context.close()


def test_a_recovery_code_works_once_in_spanish(browser, demo_site, enrolled_editor):
    editor, _device, codes = enrolled_editor
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    base = demo_site.url
    tab = password_step(browser, base, "editor-2fa", "es")
    tab.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
    enter_code(tab, codes[0])
    tab.wait_for_url(f"{base}/admin/")
    assert "Códigos de recuperación restantes: 9" in tab.inner_text("main")
    tab.context.close()

    again = password_step(browser, base, "editor-2fa", "es")
    again.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
    enter_code(again, codes[0])
    assert "/two-factor/verify/" in again.url
    assert "Ese código no es correcto" in again.inner_text("main")
    again.goto(f"{base}/admin/pages/")
    assert "/two-factor/verify/" in again.url
    again.context.close()
