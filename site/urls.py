from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from editorial import history as editorial_history
from home import sitemaps, wellknown
from home import views as home_views
from home.wagtail_overrides import serve_page
from mirrors import views as mirrors_views
from resources.wagtail_overrides import serve_document

handler400 = home_views.bad_request
handler500 = home_views.server_error  # a 503 while the database is unreachable

urlpatterns = [
    # Wagtail's site history report, by language (editorial/history.py): before the admin's own.
    *editorial_history.site_history_urls(),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's serve view with its headers fixed (resources/wagtail_overrides.py), at Wagtail's
    # own address and before Wagtail's pattern, so that it answers every document link.
    re_path(r"^documents/(\d+)/(.*)$", serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path(".well-known/security.txt", wellknown.security_txt, name="security_txt"),
    # The key that signs the static mirror (mirrors/views.py).
    path(
        ".well-known/sheltercity-mirror.pub",
        mirrors_views.public_key,
        name="mirror_public_key",
    ),
    path("robots.txt", wellknown.robots_txt, name="robots_txt"),
    # Every language's pages, with their translations as hreflang alternates (home/sitemaps.py).
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("healthz", home_views.healthz, name="healthz"),
    # Each language's offline library (mirrors/offline.py), a ZIP named for when it was made.
    re_path(
        r"^offline/(?P<filename>[\w.-]+\.zip)$",
        mirrors_views.offline_library,
        name="offline_library",
    ),
]

if settings.DEBUG:
    from django.views.static import serve

    # Images in development. Documents are never served from the media folder: only through
    # /documents/ (Wagtail's serve view: headers, privacy, download counts).
    urlpatterns += [
        re_path(
            r"^media/(?!documents/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        )
    ]

# Every public page carries its language: /en/, /fr/, /ar/... `/` redirects to the best language
# from Accept-Language (LocaleMiddleware). Wagtail's catch-all route stays last.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Wagtail's sign-in form for private pages (`/<lang>/_util/login/`) would set a CSRF cookie
    # outside the admin: signing in happens under /admin/ (WAGTAIL_FRONTEND_LOGIN_URL).
    path(
        "_util/login/",
        RedirectView.as_view(url=settings.WAGTAIL_FRONTEND_LOGIN_URL, query_string=True),
    ),
    # Wagtail's serve view with the route kept in the shared cache (home/wagtail_overrides.py),
    # under Wagtail's own name, before Wagtail's pattern (which stays for its other views).
    re_path(serve_pattern, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
