"""The conventions the README's "Where behaviour lives" describes, checked on the code itself,
so that adding a page type or a searchable model follows them or fails here.

Page types are read from Wagtail's registry (`get_page_models()`), never from a list kept by
hand: a new page type is covered by these tests the moment it exists.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.core import checks
from django.template.loader import get_template
from django.utils import translation
from wagtail.coreutils import camelcase_to_underscore
from wagtail.models import Page, get_page_models

from home.models import BasePage, SearchResultType, StandardPage
from search.checks import check_search_result_types
from search.engine import result_types

ROOT = Path(settings.BASE_DIR)
# The project's own packages: its apps (those in INSTALLED_APPS that live in the checkout) and
# the Django project, imported as `sheltercity`.
PROJECT_PACKAGES = {app for app in settings.INSTALLED_APPS if (ROOT / app).is_dir()} | {
    "sheltercity"
}
PAGE_TYPES = [model for model in get_page_models() if model is not Page]


def project_modules():
    """The project's own Python modules (not tests, scripts, migrations or the venv)."""
    for package in sorted(PROJECT_PACKAGES - {"sheltercity"} | {"site"}):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model._meta.label)
def test_every_page_type_follows_the_conventions(model):
    """Each page type extends BasePage, has its template where BasePage looks for it, and
    says whether readers find it in search."""
    assert issubclass(model, BasePage)
    name = f"pages/{model._meta.app_label}/{camelcase_to_underscore(model.__name__)}.html"
    assert get_template(name)
    assert "search_result_type" in dir(model), f"{model._meta.label}: see search/checks.py"
    kind = model.search_result_type
    assert kind is None or isinstance(kind, SearchResultType)


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model._meta.label)
def test_every_page_type_is_in_the_demo_and_renders_in_every_language(client, model):
    """The demo holds a page of every type translated into every language (not an alias), so
    every other test of "every page" reaches it; each is served in its language."""
    pages = model.objects.live().public().filter(alias_of=None).select_related("locale")
    languages = {page.locale.language_code for page in pages}
    assert languages == {code for code, _name in settings.LANGUAGES}, model._meta.label
    with translation.override(settings.LANGUAGE_CODE):  # the language each page sets is undone
        for language in sorted(languages):
            page = next(page for page in pages if page.locale.language_code == language)
            response = client.get(page.url)
            assert response.status_code == 200, (page.url, response.status_code)
            assert f'<html lang="{language}"' in response.content.decode()


def test_the_search_types_are_read_from_the_page_models():
    declared = sorted(
        (model.search_result_type.order, model.search_result_type.key, model)
        for model in PAGE_TYPES
        if model.search_result_type is not None
    )
    assert [(kind.key, kind.model) for kind in result_types()] == [
        (key, model) for _order, key, model in declared
    ]
    assert [kind.key for kind in result_types()] == ["resource", "city", "call", "page"]


def test_the_system_check_passes_on_the_project():
    assert check_search_result_types() == []
    assert not [error for error in checks.run_checks() if error.id.startswith("sitesearch.")]


def test_a_page_type_that_does_not_say_whether_it_is_searched_stops_the_site(monkeypatch):
    """Adding a page type, step "search": forgetting `search_result_type` fails at start-up."""
    monkeypatch.delattr(StandardPage, "search_result_type")
    errors = check_search_result_types()
    assert [(error.id, error.obj) for error in errors] == [("sitesearch.E001", StandardPage)]
    assert "search_result_type" in errors[0].hint


def test_two_page_types_with_one_search_key_stop_the_site(monkeypatch):
    city_type = next(kind for kind in result_types() if kind.key == "city").model
    monkeypatch.setattr(StandardPage, "search_result_type", SearchResultType("city", "Pages"))
    errors = check_search_result_types()
    assert [error.id for error in errors] == ["sitesearch.E002"]
    assert city_type._meta.label in errors[0].msg


def test_leaving_a_page_type_out_of_search_is_explicit(monkeypatch):
    monkeypatch.setattr(StandardPage, "search_result_type", None)
    assert check_search_result_types() == []


@pytest.mark.parametrize("path", list(project_modules()), ids=lambda path: str(path))
def test_no_behaviour_reached_by_dotted_strings_or_lazy_imports(path):
    """Modules import each other at the top, in one direction: no `import_string`, and no
    import of project code inside a function (the way import circles are hidden), except in an
    app's `ready()` (Django's place for registering signals and checks)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    assert "import_string" not in path.read_text()
    hidden = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if path.name == "apps.py" and function.name == "ready":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level or module.split(".")[0] in PROJECT_PACKAGES:
                    hidden.append(f"line {node.lineno}: from {'.' * node.level}{module}")
            elif isinstance(node, ast.Import):
                hidden += [
                    f"line {node.lineno}: import {alias.name}"
                    for alias in node.names
                    if alias.name.split(".")[0] in PROJECT_PACKAGES
                ]
    assert not hidden, f"{path}: imports inside functions: {hidden}"
