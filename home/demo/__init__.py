"""Demonstration content of the home app: the site, each language's home page, the about,
privacy and contact pages, and the footer's site settings, in every configured language.

Facts come from the programme's public documents; what is invented is marked as
demonstration content on the page itself.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, SiteSettingsFactory, StandardPageFactory
from home.models import HomePage, SiteSettings, StandardPage

from . import text as T
from .tools import demo_key, publish, translate_each


def ensure_home(log):
    """The English home page, at the root of the default site."""
    english = Locale.get_default()
    key = demo_key("home:home")
    home = HomePage.objects.filter(translation_key=key, locale=english).first()
    if home is None:
        home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # Wagtail's stock "Welcome" page (a plain Page at the top of the tree, with the default
        # site on it) makes way for the home page; the site is recreated below.
        plain_page = ContentType.objects.get_for_model(Page)
        Page.objects.filter(depth=2, content_type=plain_page, numchild=0).delete()
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=english)
        )
        home = HomePageFactory(
            parent=root,
            locale=english,
            translation_key=key,
            title=T.HOME_TITLE,
            slug="home",
            introduction=str(T.paragraphs(T.HOME_INTRO)),
            body=[],
        )
        publish(home)
        log(f"created the home page: {home.title}")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Shelter City",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Shelter City"
        site.save()
    return home


def ensure_standard_page(home, name, title, introduction, body, log):
    key = demo_key(f"home:{name}")
    page = StandardPage.objects.filter(translation_key=key, locale=home.locale).first()
    if page is None:
        page = StandardPageFactory(
            parent=home,
            locale=home.locale,
            translation_key=key,
            title=title,
            slug=name,
            introduction=introduction,
            show_in_menus=True,
            body=body,
        )
        publish(page)
        log(f"created the page: {title}")
    return page


def load(log=print):
    home = ensure_home(log)
    about = ensure_standard_page(home, "about", T.ABOUT_TITLE, T.ABOUT_INTRO, T.about_body(), log)
    privacy = ensure_standard_page(
        home, "privacy", T.PRIVACY_TITLE, T.PRIVACY_INTRO, T.privacy_body(), log
    )
    contact = ensure_standard_page(
        home, "contact", T.CONTACT_TITLE, T.CONTACT_INTRO, T.contact_body(), log
    )
    home.refresh_from_db()  # pages were added under it since it was loaded
    if not home.body:
        home.body = T.home_body(about)
        publish(home)

    english = home.locale
    settings = SiteSettings.objects.filter(locale=english).first()
    if settings is None:
        settings = SiteSettingsFactory(
            locale=english,
            translation_key=demo_key("home:site-settings"),
            footer_text=str(T.paragraphs(T.FOOTER)),
            contact_email="shelter-city@example.org",
            contact_address=T.ADDRESS,
            helplines=T.helplines(),
        )
        log("created the site settings")

    translate_each("home", [home, about, privacy, contact, settings], T.catalogue, log)
