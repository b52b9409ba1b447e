import io

from django.contrib.auth import get_user_model
from django.core.management import call_command


def ensure_admin_output():
    """What `manage.py ensure_admin` prints."""
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_ensure_admin_generates_a_password_and_prints_it_once(db, monkeypatch):
    for name in ("DJANGO_SUPERUSER_USERNAME", "DJANGO_SUPERUSER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    output = ensure_admin_output()
    password = output.split("admin / ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    again = ensure_admin_output()
    assert password not in again and "password as set before" in again
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_ensure_admin_uses_the_environment(db, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "editor-in-chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a long passphrase for the admin")
    output = ensure_admin_output()
    assert "a long passphrase" not in output
    user = get_user_model().objects.get(username="editor-in-chief")
    assert user.check_password("a long passphrase for the admin")


def test_setup_site_migrates_loads_the_demo_only_when_empty_and_ensures_an_admin(db):
    # What `make run` runs before serving; on a site with content it loads nothing.
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    text = out.getvalue()
    assert "No migrations to apply" in text
    assert "demo content not loaded" in text
    assert "Admin login" in text
