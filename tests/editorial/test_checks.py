"""The translatable snippets declare themselves (`translated_by_language_roles`), and a system
check errs on one that does not."""

from django.core import checks
from django.db import models
from django.test.utils import isolate_apps
from wagtail.models import TranslatableMixin

from cities.models import Organisation
from editorial.checks import check_translatable_snippets, declaration_errors
from editorial.roles import translated_snippet_models
from home.models import SiteSettings
from resources.models import Topic


def test_the_project_passes_the_check():
    assert check_translatable_snippets() == []
    assert not [error for error in checks.run_checks() if error.id.startswith("editorial.")]


def test_the_snippets_come_from_the_models_declarations():
    assert set(translated_snippet_models()) == {Topic, Organisation, SiteSettings}


def test_a_translatable_snippet_that_says_nothing_is_an_error(monkeypatch):
    monkeypatch.delattr(Topic, "translated_by_language_roles")
    errors = check_translatable_snippets()
    assert [(error.id, error.obj) for error in errors] == [("editorial.E001", Topic)]
    assert "translated_by_language_roles = True" in errors[0].hint
    assert Topic not in translated_snippet_models()


def test_left_out_on_purpose_is_no_error(monkeypatch):
    monkeypatch.setattr(Topic, "translated_by_language_roles", False)
    assert check_translatable_snippets() == []
    assert Topic not in translated_snippet_models()


@isolate_apps("editorial")
def test_a_new_translatable_model_must_declare_it():
    class Leaflet(TranslatableMixin, models.Model):  # noqa: DJ008
        class Meta(TranslatableMixin.Meta):
            app_label = "editorial"

    class Poster(TranslatableMixin, models.Model):  # noqa: DJ008
        translated_by_language_roles = True  # but not a registered snippet

        class Meta(TranslatableMixin.Meta):
            app_label = "editorial"

    class Note(models.Model):  # noqa: DJ008 (not translatable: nothing to declare)
        class Meta:
            app_label = "editorial"

    errors = declaration_errors([Leaflet, Poster, Note], snippets=[Leaflet])
    assert [(error.id, error.obj) for error in errors] == [
        ("editorial.E001", Leaflet),
        ("editorial.E002", Poster),
    ]
    assert declaration_errors([Poster], snippets=[Poster]) == []
