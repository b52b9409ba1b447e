"""Factories for the mirrors app's models, shared by the tests and `manage.py load_demo`."""

import factory
from factory.django import DjangoModelFactory

from mirrors.models import Mirror


class MirrorFactory(DjangoModelFactory):
    address = factory.Sequence(lambda n: f"https://mirror-{n}.example.org/")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Mirror
