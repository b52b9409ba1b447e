import pytest

from .exported import exported_demo


@pytest.fixture(scope="session")
def mirror(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo's static mirror (tests/mirrors/exported.py), exported once per run."""
    return exported_demo(django_db_blocker, tmp_path_factory)
