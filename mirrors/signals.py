"""What makes an offline library out of date (mirrors/offline.py): a resource or the library
published or unpublished in its language (a deleted page is unpublished first), a topic of its
language changed, or a document changed (any language's page may offer it). Marking is one
query in the editor's transaction; the archive is rebuilt later by
`manage.py build_offline_libraries`, so publishing never waits for it."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished

from mirrors.offline import mark_changed
from resources.models import ResourceIndexPage, ResourcePage, Topic


def page_changed(sender, instance, **kwargs):
    mark_changed(instance.locale.language_code)


def topic_changed(sender, instance, **kwargs):
    mark_changed(instance.locale.language_code)


def document_changed(sender, instance, **kwargs):
    mark_changed(*(code for code, _name in settings.LANGUAGES))


def connect():
    document = get_document_model()
    for model in (ResourcePage, ResourceIndexPage):
        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(page_changed, sender=model, dispatch_uid=f"offline_{model}_{name}")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(topic_changed, sender=Topic, dispatch_uid=f"offline_topic_{name}")
        signal.connect(document_changed, sender=document, dispatch_uid=f"offline_doc_{name}")
