"""home/wagtail_overrides.py: the upstream code each override stands on is unchanged, and each
override gives what upstream gives."""

import pytest
import wagtail
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from home.models import StandardPage
from home.wagtail_overrides import CHECKED_AGAINST, route_for_request
from resources.models import ResourcePage
from tests.public_pages import public_urls
from tests.upstream import fingerprint, recheck, upstream_name

# (override, upstream piece, its fingerprint at CHECKED_AGAINST)
FINGERPRINTS = [
    ("1. routing", Page.route_for_request, "5530d229b2de42ba"),
    ("1. routing", Page.route, "643c9afcc2deb381"),
    ("1. routing", wagtail_views.serve, "eab2a9d475a33843"),
    ("1. routing", Site.find_for_request, "4edb710b9fd353a0"),
    ("2. view restrictions", Page.get_view_restrictions, "f41021bde7cdda11"),
    ("2. view restrictions", PageQuerySet.private_q, "eb30b1c0017f13c2"),
]


@pytest.mark.parametrize(
    ("override", "piece", "expected"),
    FINGERPRINTS,
    ids=[upstream_name(piece) for _override, piece, _expected in FINGERPRINTS],
)
def test_the_upstream_code_each_override_stands_on_is_unchanged(override, piece, expected):
    assert fingerprint(piece) == expected, recheck(
        f"Wagtail {wagtail.__version__}",
        piece,
        CHECKED_AGAINST,
        override,
        "home/wagtail_overrides.py",
    )


def routed(path, find_route):
    """What `find_route` gives for `path`: the page, its type and the sub-route's arguments."""
    language, _, rest = path.lstrip("/").partition("/")
    with translation.override(language):
        route = find_route(RequestFactory().get(path), rest)
    return None if route is None else (route.page.pk, type(route.page), repr(route.args))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_kept_route_is_the_one_wagtail_finds(db, language):
    paths = [url.path.split("?")[0] for url in public_urls(language)]
    paths += [f"/{language}/calls/feed/rss/", f"/{language}/calls/feed/atom/"]
    paths += [f"/{language}/calls/feed/nothing/", f"/{language}/about/more/"]  # 404s
    for path in paths:
        upstream = routed(path, Page.route_for_request)
        assert routed(path, route_for_request) == upstream  # the walk, then kept
        assert routed(path, route_for_request) == upstream  # from the cache


def test_restrictions_are_upstream_s_when_there_are_some(db):
    resource = ResourcePage.objects.live().filter(locale__language_code="fr").first()
    about = StandardPage.objects.get(locale__language_code="fr", slug="about")
    assert list(resource.get_view_restrictions()) == []
    restriction = PageViewRestriction.objects.create(
        page=resource.get_parent(), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.first())
    assert list(resource.get_view_restrictions()) == [restriction]
    assert list(about.get_view_restrictions()) == []
    ours = set(ResourcePage.objects.public().values_list("pk", flat=True))
    upstream = set(
        ResourcePage.objects.exclude(
            PageQuerySet.private_q(ResourcePage.objects.all())
        ).values_list("pk", flat=True)
    )
    assert ours == upstream and resource.pk not in ours
