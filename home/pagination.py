"""The site's one pagination policy, for every list a reader pages through (the library, search
results, the archive of calls), drawn by one partial: templates/components/pager.html.

A `?page=` the reader (or an old link, or a crawler) sends is never an error: a value that is
not a page number gives the first page, and one past the end gives the last page (Django's
`Paginator.get_page`). Lists shrink as editors unpublish, so an old "page 3" link still lands
on the nearest page that exists instead of a 404.
"""

from django.core.paginator import Paginator


class Rows:
    """The rows of a filtered, ordered QuerySet as the Paginator slices them, in one query:
    which rows, read from `rows` narrowly (primary keys, in a sliced subquery: none of the
    columns of the thousands of rows not shown), then those rows in full from `full` (the
    same model: with its related rows, say), in the same order. `count`: known already."""

    def __init__(self, rows, full, count):
        self.rows, self.full, self.count = rows, full, count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        shown = self.rows.values("pk")[index]
        return list(self.full.filter(pk__in=shown).order_by(*self.rows.query.order_by))


def paginate(items, request, per_page, count=None):
    """The page of `items` that the request's `page` parameter asks for, within range.
    `items` may be a QuerySet, of which only that page is then loaded; `count`, when known
    already (counted with the filters' options), saves counting them again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is not computed
    return paginator.get_page(request.GET.get("page"))
