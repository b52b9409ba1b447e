from .documents import DownloadCount, ResourceDocument
from .pages import (
    Format,
    Level,
    RelatedResource,
    ResourceDownload,
    ResourceIndexPage,
    ResourcePage,
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
]
