"""`manage.py mirror_key` and `manage.py verify_mirror`: what they print, their exit status,
and a clear message (never a traceback) for what a person can get wrong."""

import base64
import io
import os
import stat
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from nacl.signing import SigningKey

from mirrors import manifest, signing
from tests.mirrors.helpers import FILES, key, make_mirror


def run(*arguments):
    out, err = io.StringIO(), io.StringIO()
    call_command(*arguments, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def manage(*arguments, **environment):
    """manage.py in a process of its own, as a person runs it: its exit status and output."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sheltercity.settings.test", **environment}
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def lines_starting(output, prefix):
    return [line[len(prefix) :] for line in output.splitlines() if line.startswith(prefix)]


# --- mirror_key ------------------------------------------------------------------------------


def test_generate_writes_a_secret_only_its_owner_reads_and_prints_the_public_key(tmp_path):
    path = tmp_path / "mirror.key"
    out, _err = run("mirror_key", "generate", "--output", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    seed = base64.b64decode(path.read_text().strip(), validate=True)
    assert len(seed) == 32
    generated = SigningKey(seed)
    assert lines_starting(out, "Public key: ") == [signing.public_key_text(generated)]
    assert lines_starting(out, "Key ID: ") == [signing.key_id_text(generated)]
    assert lines_starting(out, "MIRROR_SIGNING_KEY_FILE=") == [str(path)]
    assert path.read_text().strip() not in out  # the secret stays in the file


def test_generate_never_overwrites_a_key(tmp_path):
    path = tmp_path / "mirror.key"
    path.write_text("the key that signed last year's mirrors\n")
    with pytest.raises(CommandError, match="exists already"):
        run("mirror_key", "generate", "--output", str(path))
    assert path.read_text() == "the key that signed last year's mirrors\n"


def test_generate_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(CommandError, match="cannot be written"):
        run("mirror_key", "generate", "--output", str(tmp_path / "no" / "such" / "mirror.key"))


def test_generate_without_a_file_prints_the_setting(settings):
    out, _err = run("mirror_key", "generate")
    (seed,) = lines_starting(out, "MIRROR_SIGNING_KEY=")
    settings.MIRROR_SIGNING_KEY = seed
    assert lines_starting(out, "Public key: ") == [signing.public_key_text()]


def test_show_prints_the_settings_public_key_and_key_id():
    out, _err = run("mirror_key", "show")
    assert lines_starting(out, "Public key: ") == [signing.public_key_text()]
    assert lines_starting(out, "Key ID: ") == [signing.key_id_text()]


def test_show_without_a_key_says_how_to_make_one(settings):
    settings.MIRROR_SIGNING_KEY = ""
    with pytest.raises(CommandError, match="mirror_key generate"):
        run("mirror_key", "show")
    settings.MIRROR_SIGNING_KEY = "too short"
    with pytest.raises(CommandError, match="32 bytes"):
        run("mirror_key", "show")


def test_the_development_key_is_made_once_when_it_is_the_key_in_use(settings, tmp_path):
    path = str(tmp_path / "var" / "dev-mirror-signing.key")
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = path
    settings.MIRROR_SIGNING_KEY_DEV_FILE = path
    out, _err = run("mirror_key", "dev-key")
    assert signing.key_id_text() in out
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    made = signing.public_key_text()
    assert run("mirror_key", "dev-key") == ("", "")
    assert signing.public_key_text() == made  # kept, not replaced


def test_no_development_key_where_another_key_is_set(settings, tmp_path):
    path = tmp_path / "dev.key"
    settings.MIRROR_SIGNING_KEY_DEV_FILE = str(path)
    settings.MIRROR_SIGNING_KEY_FILE = str(tmp_path / "real.key")
    run("mirror_key", "dev-key")
    settings.MIRROR_SIGNING_KEY_FILE = ""
    settings.MIRROR_SIGNING_KEY_DEV_FILE = ""  # the test and production settings
    run("mirror_key", "dev-key")
    assert not path.exists()
    assert not (tmp_path / "real.key").exists()


def test_the_development_settings_use_the_development_key():
    program = (
        "import django.conf as c; s = c.settings; "
        "print(s.MIRROR_SIGNING_KEY_FILE == s.MIRROR_SIGNING_KEY_DEV_FILE, "
        "s.MIRROR_SIGNING_KEY_DEV_FILE.endswith('var/dev-mirror-signing.key'))"
    )
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("MIRROR_SIGNING_KEY", "MIRROR_SIGNING_KEY_FILE")
    }
    env["DJANGO_SETTINGS_MODULE"] = "sheltercity.settings.dev"
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.split() == ["True", "True"]


# --- verify_mirror ---------------------------------------------------------------------------


@pytest.fixture
def mirror(tmp_path):
    """A mirror signed with the settings' key."""
    folder = make_mirror(tmp_path / "mirror")
    manifest.write_manifest(folder, None, "Shelter City")
    return folder


def test_a_faithful_mirror_verifies_with_the_settings_key(mirror):
    out, err = run("verify_mirror", str(mirror))
    assert out.splitlines()[0] == f"verified 6 files, key ID {signing.key_id_text()}"
    assert err == ""


def test_the_public_key_may_be_given_or_read_from_a_file(mirror, tmp_path, settings):
    public = signing.public_key_text()
    settings.MIRROR_SIGNING_KEY = ""  # where a partner checks: no secret key
    assert run("verify_mirror", str(mirror), "--public-key", public)[0].startswith("verified 6")
    path = tmp_path / "live-site.pub"
    path.write_text(f"untrusted comment: minisign public key\n{public}\n")
    assert run("verify_mirror", str(mirror), "--public-key", str(path))[0].startswith("verified 6")


def test_problems_are_one_line_each_and_the_status_is_1(mirror):
    (mirror / "index.html").write_text("tampered")
    (mirror / "static" / "css" / "site.css").unlink()
    with pytest.raises(CommandError) as raised:
        out, err = io.StringIO(), io.StringIO()
        call_command("verify_mirror", str(mirror), stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert "2 problems" in str(raised.value)
    assert err.getvalue().splitlines() == [
        f"index.html: changed (8 bytes, listed {len(FILES['index.html'].encode())}).",
        "static/css/site.css: missing.",
    ]
    assert out.getvalue() == ""


def test_another_key_is_a_problem(mirror):
    with pytest.raises(CommandError) as raised:
        run("verify_mirror", str(mirror), "--public-key", signing.public_key_text(key()))
    assert raised.value.returncode == 1


@pytest.mark.parametrize("value", ["RWnot-a-key", "Ed"])
def test_a_bad_public_key_is_a_message(mirror, value):
    with pytest.raises(CommandError, match="public key"):
        run("verify_mirror", str(mirror), "--public-key", value)


def test_a_missing_folder_is_a_message(tmp_path):
    with pytest.raises(CommandError, match="is not a folder"):
        run("verify_mirror", str(tmp_path / "nowhere"))


def test_without_any_public_key_it_says_where_to_find_one(mirror, settings):
    settings.MIRROR_SIGNING_KEY = ""
    with pytest.raises(CommandError, match=r"/\.well-known/sheltercity-mirror\.pub"):
        run("verify_mirror", str(mirror))


def test_the_exit_status_from_the_shell(mirror, tmp_path):
    """0 when faithful, 1 with the problems and no traceback otherwise."""
    public = signing.public_key_text()
    ok = manage("verify_mirror", str(mirror), "--public-key", public)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("verified 6 files, key ID ")
    data = bytearray((mirror / "documents" / "self care guide.pdf").read_bytes())
    data[0] ^= 0x20
    (mirror / "documents" / "self care guide.pdf").write_bytes(bytes(data))
    tampered = manage("verify_mirror", str(mirror), "--public-key", public)
    assert tampered.returncode == 1
    assert "documents/self care guide.pdf: changed" in tampered.stderr
    assert "Traceback" not in tampered.stderr
    missing = manage("verify_mirror", str(tmp_path / "nowhere"), "--public-key", public)
    assert missing.returncode == 1
    assert "is not a folder" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad_key = manage("verify_mirror", str(mirror), "--public-key", "nonsense")
    assert bad_key.returncode == 1
    assert "Traceback" not in bad_key.stderr
