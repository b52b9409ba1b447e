"""What the front cache is purged of when a page changes (home/frontend_cache.py). The purges
themselves, through a real Varnish, are tested in tests/stack/."""

import pytest
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from home.frontend_cache import _schedule, flush, related_urls, shown_on_every_page, subtree_urls
from home.models import HomePage, StandardPage
from opencall.models import OpenCallIndexPage, OpenCallPage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def test_a_resource_purges_itself_its_translations_its_library_its_home_and_the_sitemap():
    resource = ResourcePage.objects.live().filter(locale__language_code="fr").first()
    urls = related_urls(resource, PurgeBatch())
    expected = {resource.get_full_url(), resource.get_parent().get_full_url()}
    expected.add(HomePage.objects.get(locale__language_code="fr").get_full_url())
    expected.update(page.get_full_url() for page in resource.get_translations().live())
    expected.add(resource.get_site().root_url + "/sitemap.xml")
    assert len(expected) > 5  # translated: the test means something
    assert urls == expected


def test_a_call_purges_its_index_feeds_and_is_shown_on_every_page():
    call = OpenCallPage.objects.live().filter(locale__language_code="en").first()
    index = call.get_parent().get_full_url()
    urls = related_urls(call, PurgeBatch())
    assert {index, index + "feed/rss/", index + "feed/atom/"} <= urls
    assert call.get_full_url() + "calendar/" in urls
    assert shown_on_every_page(call)


def test_a_page_in_no_menu_is_not_shown_on_every_page_but_a_menu_page_is():
    resource = ResourcePage.objects.live().filter(show_in_menus=False).first()
    assert not shown_on_every_page(resource)
    about = StandardPage.objects.live().get(locale__language_code="en", slug="about")
    assert about.show_in_menus
    assert shown_on_every_page(about)
    about.show_in_menus = False  # taken out of the menu: every page's menu changes again
    assert shown_on_every_page(about)


def test_a_moved_section_purges_every_page_under_it():
    index = OpenCallIndexPage.objects.live().filter(locale__language_code="en").first()
    urls = subtree_urls(index, PurgeBatch())
    calls = OpenCallPage.objects.live().child_of(index)
    assert calls.exists()
    assert {call.get_full_url() for call in calls} <= urls


def test_a_rolled_back_change_does_not_stop_later_purges(django_capture_on_commit_callbacks):
    """What a transaction collected is sent on commit; one that rolls back leaves no state that
    keeps the next transaction's purges from being sent."""
    with pytest.raises(RuntimeError), transaction.atomic():
        _schedule(["http://localhost/en/rolled-back/"])
        raise RuntimeError("the editor's save failed")
    with django_capture_on_commit_callbacks() as callbacks:
        _schedule(["http://localhost/en/saved/"])
    assert flush in callbacks
