from django.urls import path
from wagtail import hooks

from editorial import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editorial/submit/<int:page_id>/", views.submit, name="editorial_submit")]
