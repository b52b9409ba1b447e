"""Keeping the index right where Wagtail's own signals do not reach.

Wagtail re-indexes a page when it is saved (published, unpublished, moved, translated) and
removes it when it is deleted. A resource's entry also holds its files' text: when a file is
replaced or its language changed, the resources that carry it are indexed again.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.search.index import insert_or_update_object

from resources.models import ResourcePage


@receiver(post_save, sender=get_document_model())
def reindex_resources_of_document(sender, instance, created, **kwargs):
    if created:
        return  # no page carries it yet
    for page in ResourcePage.objects.filter(downloads__document=instance).distinct():
        insert_or_update_object(page)
