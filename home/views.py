from django.core.exceptions import BadRequest
from django.shortcuts import render


class BadParameter(BadRequest):
    """A request parameter the reader can correct (a page number that is not a number...). Its
    message, written for the reader and translated, is shown on the 400 page; any other bad
    request keeps the page's general text."""


def bad_request(request, exception):
    """Django's default 400 view renders without the request; the site's pages need it (menu,
    language switcher, footer), so the page is rendered here in the reader's language."""
    message = str(exception) if isinstance(exception, BadParameter) else ""
    return render(request, "400.html", {"message": message}, status=400)
