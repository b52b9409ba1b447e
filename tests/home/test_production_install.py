"""A production install leaves out the `demo` dependency group (`uv sync --frozen --no-dev
--no-group demo`): the site must start and every app module import without those libraries.

The checks run once, in a new Python process with production settings whose import system
refuses the demo libraries, as an environment without them would.
"""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from applications.sealing import generate, public_key_text

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ("factory", "wagtail_factories", "fpdf", "uharfbuzz", "yaml")

SCRIPT = """
import importlib, io, json, pkgutil, sys

class WithoutTheDemoGroup:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (demo group)", name=name)
        return None

sys.meta_path.insert(0, WithoutTheDemoGroup())  # before anything imports them

import django
django.setup()
from django.core.management import CommandError, call_command

results = {"blocked": []}
for name in BLOCKED:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError:
        results["blocked"].append(name)

out = io.StringIO()
call_command("check", stdout=out)
results["check"] = out.getvalue()

# Every module of the project's packages but the demo's, the factories and the migrations.
results["imported"] = []
def walk(package_name):
    package = importlib.import_module(package_name)
    results["imported"].append(package_name)
    for info in pkgutil.iter_modules(package.__path__, package_name + "."):
        if info.name.rpartition(".")[2] in ("demo", "factories", "migrations"):
            continue
        if info.ispkg:
            walk(info.name)
        else:
            importlib.import_module(info.name)
            results["imported"].append(info.name)
for name in PACKAGES:
    walk(name)

try:
    call_command("load_demo", stdout=io.StringIO())
    results["load_demo"] = "ran"
except CommandError as error:
    results["load_demo"] = str(error)

print(json.dumps(results))
"""


def packages():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return sorted({name.partition(".")[0] for name in setuptools["packages"]})


@pytest.fixture(scope="module")
def without_demo_group():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
        "SECRET_KEY": "a-production-like-secret-key-for-this-test-only-0123456789",
        "ALLOWED_HOSTS": "sheltercity.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        # As production has one (made offline; a throwaway one here): without it the checks
        # warn that the application forms are closed (applications.W001).
        "APPLICATIONS_PUBLIC_KEY": public_key_text(generate()[1]),
    }
    code = f"BLOCKED = {BLOCKED!r}\nPACKAGES = {packages()!r}\n{SCRIPT}"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_demo_libraries_are_only_in_the_demo_group():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    main = " ".join(project["project"]["dependencies"]).lower()
    demo = " ".join(project["dependency-groups"]["demo"]).lower()
    for requirement in ("wagtail-factories", "factory-boy", "fpdf2", "uharfbuzz", "pyyaml"):
        assert requirement in demo
        assert requirement not in main


def test_the_demo_libraries_are_refused(without_demo_group):
    assert without_demo_group["blocked"] == list(BLOCKED)


def test_production_settings_start_without_the_demo_group(without_demo_group):
    assert "System check identified no issues" in without_demo_group["check"]


def test_every_app_module_imports_without_the_demo_group(without_demo_group):
    imported = without_demo_group["imported"]
    assert {"home.models", "resources.downloads", "search.views"} <= set(imported)
    assert "home.management.commands.load_demo" in imported
    assert not any(".demo" in name or "factories" in name for name in imported)


def test_load_demo_says_to_install_the_demo_group(without_demo_group):
    assert "install the demo group: uv sync --group demo" in without_demo_group["load_demo"]
