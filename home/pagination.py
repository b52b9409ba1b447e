"""The site's one pagination policy, for every list a reader pages through (the library, search
results, the archive of calls), drawn by one partial: templates/components/pager.html.

A `?page=` the reader (or an old link, or a crawler) sends is never an error: a value that is
not a page number gives the first page, and one past the end gives the last page (Django's
`Paginator.get_page`). Lists shrink as editors unpublish, so an old "page 3" link still lands
on the nearest page that exists instead of a 404.
"""

from django.core.paginator import Paginator


def paginate(items, request, per_page):
    """The page of `items` that the request's `page` parameter asks for, within range."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
