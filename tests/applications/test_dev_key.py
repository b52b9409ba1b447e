"""`manage.py applications_dev_key`, what `make run` runs: a key pair of the checkout's own in
development settings, made once; nothing anywhere else."""

import io

import pytest
from django.core.management import CommandError, call_command

from applications import sealing


def make_key(settings, tmp_path, public_key=""):
    settings.APPLICATIONS_PUBLIC_KEY = public_key
    settings.APPLICATIONS_PUBLIC_KEY_DEV_FILE = str(tmp_path / "var" / "dev-applications.pub")
    out = io.StringIO()
    call_command("applications_dev_key", stdout=out)
    return out.getvalue()


def test_a_development_pair_is_made_once(settings, tmp_path):
    public_file, secret_file = (
        tmp_path / "var/dev-applications.pub",
        tmp_path / "var/dev-applications.key",
    )
    assert "Development key pair for applications" in make_key(settings, tmp_path)
    assert secret_file.stat().st_mode & 0o777 == 0o600
    secret = sealing.secret_key_from_text(secret_file.read_text())
    assert sealing.public_key_from_text(public_file.read_text()) == secret.public_key
    before = secret_file.read_bytes(), public_file.read_bytes()
    assert make_key(settings, tmp_path) == ""
    assert (secret_file.read_bytes(), public_file.read_bytes()) == before


def test_nothing_is_made_beside_a_configured_key(settings, tmp_path):
    configured = sealing.public_key_text(sealing.generate()[1])
    assert make_key(settings, tmp_path, public_key=configured) == ""
    assert not (tmp_path / "var").exists()


def test_a_secret_key_without_its_public_half_is_left_alone(settings, tmp_path):
    (tmp_path / "var").mkdir()
    lone = tmp_path / "var/dev-applications.key"
    lone.write_text("kept")
    with pytest.raises(CommandError, match=r"exists already.*Delete it"):
        make_key(settings, tmp_path)
    assert lone.read_text() == "kept"
    assert not (tmp_path / "var/dev-applications.pub").exists()
