"""`manage.py export_mirror DIR`: what an operator is told, and that nothing is lost. The export
itself is replaced by a quick stand-in here (tests/mirrors/test_export.py runs the real one):
these tests are about the folder it is written into."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

from mirrors import mirror


@pytest.fixture
def fake_export(monkeypatch):
    """export_mirror writing a two-file copy; `state["fail"]` makes it stop half-way."""
    fake = SimpleNamespace(calls=[], state={"fail": False})

    def export_mirror(directory, *, key=None, **options):
        fake.calls.append((directory, key))
        (directory / "index.html").write_text("new copy")
        if fake.state["fail"]:
            raise RuntimeError("the export stopped")
        (directory / "en").mkdir()
        (directory / "en" / "index.html").write_text("new page")
        return SimpleNamespace(directory=directory, written={"index.html": "/"}, broken={})

    monkeypatch.setattr(mirror, "export_mirror", export_mirror)
    return fake


def run(*args):
    out = io.StringIO()
    call_command("export_mirror", *args, stdout=out)
    return out.getvalue()


def listing(folder):
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


def test_a_new_folder(tmp_path, fake_export):
    out = run(str(tmp_path / "copy"), "--unsigned")
    assert listing(tmp_path) == ["copy", "copy/en", "copy/en/index.html", "copy/index.html"]
    assert "unsigned" in out
    assert fake_export.calls[0][1] is None  # --unsigned: no key given to the export


def test_a_folder_that_is_not_empty_is_refused_without_replace(tmp_path, fake_export):
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "keep.txt").write_text("someone's file")
    with pytest.raises(CommandError, match=r"is not empty: give --replace to replace it"):
        run(str(tmp_path / "copy"), "--unsigned")
    assert listing(tmp_path) == ["copy", "copy/keep.txt"]
    assert (tmp_path / "copy" / "keep.txt").read_text() == "someone's file"
    assert not fake_export.calls


def test_replace_swaps_the_whole_folder(tmp_path, fake_export):
    (tmp_path / "copy" / "old").mkdir(parents=True)
    (tmp_path / "copy" / "old" / "page.html").write_text("old copy")
    run(str(tmp_path / "copy"), "--unsigned", "--replace")
    # The old copy is gone entirely (no page of it left among the new ones), no work folder left.
    assert listing(tmp_path) == ["copy", "copy/en", "copy/en/index.html", "copy/index.html"]
    assert (tmp_path / "copy").stat().st_mode & 0o755 == 0o755  # readable by a web server


def test_a_failed_export_leaves_the_old_copy_as_it_was(tmp_path, fake_export):
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "index.html").write_text("old copy")
    fake_export.state["fail"] = True
    with pytest.raises(RuntimeError):
        run(str(tmp_path / "copy"), "--unsigned", "--replace")
    assert listing(tmp_path) == ["copy", "copy/index.html"]
    assert (tmp_path / "copy" / "index.html").read_text() == "old copy"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"MIRROR_SIGNING_KEY": "not a key"}, "not a base64 Ed25519 seed of 32 bytes"),
        ({"MIRROR_SIGNING_KEY": "c2hvcnQ="}, "not a base64 Ed25519 seed of 32 bytes"),
        ({"MIRROR_SIGNING_KEY_FILE": "/nonexistent/mirror.key"}, "cannot be read"),
        ({}, "No signing key: set MIRROR_SIGNING_KEY"),
    ],
)
def test_a_bad_key_configuration_is_said_and_nothing_written(
    tmp_path, fake_export, settings, setting, message
):
    settings.MIRROR_SIGNING_KEY = ""
    settings.MIRROR_SIGNING_KEY_FILE = ""
    for name, value in setting.items():
        setattr(settings, name, value)
    with pytest.raises(CommandError, match=message):
        run(str(tmp_path / "copy"))
    assert listing(tmp_path) == []
    assert not fake_export.calls


def test_broken_links_are_listed_and_fail_the_command(tmp_path, monkeypatch):
    def export_mirror(directory, **options):
        (directory / "index.html").write_text("copy")
        broken = {"/en/gone/": {"/en/", "/en/about/"}}
        return SimpleNamespace(directory=directory, written={"index.html": "/"}, broken=broken)

    monkeypatch.setattr(mirror, "export_mirror", export_mirror)
    with pytest.raises(CommandError) as raised:
        run(str(tmp_path / "copy"), "--unsigned")
    assert "1 links lead nowhere in the copy" in str(raised.value)
    assert "/en/gone/ (linked from /en/, /en/about/)" in str(raised.value)
