from resources.choices import Format, Level

from .documents import DownloadCount, ResourceDocument
from .pages import (
    RelatedResource,
    ResourceDownload,
    ResourceIndexPage,
    ResourcePage,
    attach_languages,
    attach_topics,
)
from .snippets import Topic

__all__ = [
    "DownloadCount",
    "Format",
    "Level",
    "RelatedResource",
    "ResourceDocument",
    "ResourceDownload",
    "ResourceIndexPage",
    "ResourcePage",
    "Topic",
    "attach_languages",
    "attach_topics",
]
