"""The selection team's offline tool, run as they run it (`python -m applications.offline`, in a
process of its own, without Django settings): a key pair made, an archive decrypted into
readable files with every answer and the attachment intact, nothing overwritten, one clear line
per application it cannot open, and no module of Django imported."""

import datetime
import json
import stat

import pytest
from django.conf import settings

from applications import archive, sealing
from tests.applications.helpers import PDF, application, offline, sample_answers


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def snapshot(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def keys(tmp_path):
    """A key pair made by `keygen`: (the folder, the public key)."""
    folder = tmp_path / "keys"
    result = offline("keygen", "--out", folder)
    assert result.returncode == 0, result.stderr
    line = next(
        line for line in result.stdout.splitlines() if line.startswith("APPLICATIONS_PUBLIC_KEY=")
    )
    return folder, sealing.public_key_from_text(line.removeprefix("APPLICATIONS_PUBLIC_KEY="))


def write(path, sealed_items):
    """An archive of `sealed_items` ((day, sealed bytes)) at `path`."""
    items = [
        (archive.sealed_name(day, number), sealed)
        for number, (day, sealed) in enumerate(sealed_items, 1)
    ]
    call = {"title": "Zqxv call", "key": "0b7e2f9e-4a53-4f1c-9d6e-3c1a2b4d5e6f"}
    path.write_bytes(archive.write_archive(call, items))
    return path


def test_keygen_writes_a_private_secret_key_and_says_what_to_do_with_each_file(tmp_path):
    folder = tmp_path / "new" / "keys"
    result = offline("keygen", "--out", folder)
    assert result.returncode == 0, result.stderr
    secret_file, public_file = folder / "applications.key", folder / "applications.pub"
    assert mode(secret_file) == 0o600
    assert mode(folder) == 0o700
    secret = sealing.secret_key_from_text(secret_file.read_text())
    public_text = sealing.public_key_text(secret.public_key)
    assert public_file.read_text() == public_text + "\n"
    out = result.stdout
    assert f"APPLICATIONS_PUBLIC_KEY={public_text}\n" in out
    assert "never" in out and "leaves this offline machine" in out
    assert "second offline medium" in out
    assert f"Its fingerprint: {sealing.fingerprint(secret.public_key)}." in out
    assert str(secret_file) in out and str(public_file) in out
    assert secret_file.read_text() not in out  # the secret key is never printed

    before = snapshot(folder)
    again = offline("keygen", "--out", folder)
    assert again.returncode == 1
    assert "exists already" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert snapshot(folder) == before


def test_decrypt_writes_every_answer_and_the_attachment_intact(tmp_path, keys):
    key_folder, public = keys
    with_pdf = application(
        sample_answers(name="Zqxv Ana\u00efs \u0633\u0644\u0627\u0645"),
        day=datetime.date(2026, 12, 1),
        attachment=("cv.pdf", PDF),
        language="ar",
    )
    # Anyone with the public key can seal: a name that points out of the folder.
    with_pdf["attachment"]["name"] = "../../My CV (2026).pdf"
    without = application(day=datetime.date(2026, 12, 3))
    path = write(
        tmp_path / "download.zip",
        [
            ("2026-12-01", sealing.seal(public, with_pdf)),
            ("2026-12-03", sealing.seal(public, without)),
        ],
    )
    out = tmp_path / "decrypted"
    result = offline("decrypt", path, "--key", key_folder / "applications.key", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "2 of 2 application(s) decrypted" in result.stdout
    assert "1 attachment(s)" in result.stdout

    stem = f"2026-12-01-{with_pdf['receipt']}"
    other = f"2026-12-03-{without['receipt']}"
    attachment = f"{stem}-My-CV-2026-.pdf"  # reduced to a plain name, inside the folder
    assert sorted(snapshot(out)) == sorted(
        [f"{stem}.txt", f"{stem}.json", attachment, f"{other}.txt", f"{other}.json"]
    )
    assert mode(out) == 0o700
    assert all(mode(file) == 0o600 for file in out.iterdir())
    assert (out / attachment).read_bytes() == PDF

    saved = json.loads((out / f"{stem}.json").read_text())
    assert saved["answers"] == with_pdf["answers"]
    assert saved["receipt"] == with_pdf["receipt"]
    assert saved["call"] == with_pdf["call"]
    assert saved["attachment"]["file"] == attachment
    assert saved["attachment"]["sha256"] == with_pdf["attachment"]["sha256"]
    assert "data" not in saved["attachment"]
    assert json.loads((out / f"{other}.json").read_text())["answers"] == without["answers"]

    text = (out / f"{stem}.txt").read_text()
    assert text.startswith("Call: Zqxv call\nReceived on: 2026-12-01\nLanguage: ar\n")
    assert f"Receipt code: {with_pdf['receipt']}\n" in text
    assert f"Attachment: {attachment} ({len(PDF)} bytes, SHA-256 checked)" in text
    assert "Your name or a pseudonym:\n    Zqxv Ana\u00efs \u0633\u0644\u0627\u0645\n" in text
    assert "The threats you face:\n    Followed home twice.\n    My office was searched" in text
    assert "The cities you would prefer:\n    Utrecht, Tbilisi\n" in text
    assert "You work for human rights by non-violent means.:\n    yes\n" in text
    assert "Email me my receipt code:\n    no\n" in text
    assert "Attachment: none" in (out / f"{other}.txt").read_text()

    # Run again into the same folder: nothing is overwritten, each application is named.
    before = snapshot(out)
    again = offline("decrypt", path, "--key", key_folder / "applications.key", "--out", out)
    assert again.returncode == 1
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all("exists already" in line for line in lines)
    assert snapshot(out) == before


def test_the_wrong_key_opens_nothing_and_says_so_once_per_application(tmp_path, keys):
    _key_folder, public = keys
    path = write(
        tmp_path / "download.zip",
        [("2026-12-01", sealing.seal(public, application())) for _ in range(3)],
    )
    other_keys = tmp_path / "other"
    assert offline("keygen", "--out", other_keys).returncode == 0
    out = tmp_path / "decrypted"
    result = offline("decrypt", path, "--key", other_keys / "applications.key", "--out", out)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"sealed/2026-12-01-{number}.sealed: not sealed to this key, or damaged."
        for number in (1, 2, 3)
    ]
    assert "0 of 3 application(s) decrypted" in result.stdout
    assert list(out.iterdir()) == []


def flip_last_byte(sealed):
    return sealed[:-1] + bytes([sealed[-1] ^ 0xFF])


def test_one_bad_application_leaves_the_others_written(tmp_path, keys):
    key_folder, public = keys
    good = application(attachment=("cv.pdf", PDF))
    bad_attachment = application(attachment=("letter.pdf", PDF))
    bad_attachment["attachment"]["sha256"] = "0" * 64
    other_public = sealing.generate()[1]
    crafted = application()
    crafted["receipt"] = "../../../etc/passwd"
    path = write(
        tmp_path / "download.zip",
        [
            ("2026-12-01", sealing.seal(public, good)),
            ("2026-12-01", sealing.seal(other_public, application())),
            ("2026-12-01", flip_last_byte(sealing.seal(public, bad_attachment))),
            ("2026-12-01", sealing.seal(public, bad_attachment)),
            ("2026-12-01", sealing.seal(public, crafted)),
        ],
    )
    out = tmp_path / "decrypted"
    result = offline("decrypt", path, "--key", key_folder / "applications.key", "--out", out)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "sealed/2026-12-01-2.sealed: not sealed to this key, or damaged.",
        "sealed/2026-12-01-3.sealed: not sealed to this key, or damaged.",
        "sealed/2026-12-01-4.sealed: its attachment fails its SHA-256 check: not written.",
        "sealed/2026-12-01-5.sealed: opened, but its receipt code is not one the website makes.",
    ]
    assert "2 of 5 application(s) decrypted" in result.stdout
    assert "4 application(s) with a problem" in result.stdout
    day = good["received_on"]
    assert sorted(snapshot(out)) == sorted(
        [
            f"{day}-{good['receipt']}.txt",
            f"{day}-{good['receipt']}.json",
            f"{day}-{good['receipt']}-cv.pdf",
            # The answers of the application whose attachment is damaged, without it.
            f"{day}-{bad_attachment['receipt']}.txt",
            f"{day}-{bad_attachment['receipt']}.json",
        ]
    )
    text = (out / f"{day}-{bad_attachment['receipt']}.txt").read_text()
    assert "Attachment: damaged (it fails its SHA-256 check), not written" in text
    assert not (tmp_path.parent / "etc").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["decrypt", "{tmp}/missing.zip"], "no such file"),
        (["decrypt", "{tmp}/not.zip"], "not a ZIP file"),
        (["decrypt", "{tmp}/download.zip", "--key", "{tmp}/not.zip"], "not a Shelter City"),
        (["decrypt", "{tmp}/download.zip", "--key", "{tmp}/missing.key"], "cannot be read"),
    ],
    ids=["missing-archive", "not-an-archive", "not-a-key", "missing-key"],
)
def test_a_wrong_file_is_refused_in_one_line(tmp_path, keys, arguments, message):
    key_folder, public = keys
    write(tmp_path / "download.zip", [("2026-12-01", sealing.seal(public, application()))])
    (tmp_path / "not.zip").write_text("name,country\n")
    arguments = [argument.format(tmp=tmp_path) for argument in arguments]
    if "--key" not in arguments:
        arguments += ["--key", str(key_folder / "applications.key")]
    result = offline(*arguments, "--out", tmp_path / "decrypted")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "decrypted").exists()


def test_the_tool_imports_no_django(tmp_path, keys):
    """What the offline machine lacks: the tool runs a whole decryption without Django, Wagtail
    or any module of the site besides its own two."""
    key_folder, public = keys
    path = write(tmp_path / "download.zip", [("2026-12-01", sealing.seal(public, application()))])
    result = offline(
        "decrypt",
        path,
        "--key",
        key_folder / "applications.key",
        "--out",
        tmp_path / "decrypted",
        importtime=True,
    )
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert {"applications", "applications.sealing", "applications.archive", "nacl"} <= (imported)
    assert not {name for name in imported if name.split(".")[0] in ("django", "wagtail")}
    site_packages = {
        name.split(".")[0] for name in imported if name.split(".")[0] in settings.INSTALLED_APPS
    }
    assert site_packages == {"applications"}
