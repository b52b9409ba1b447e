from django.shortcuts import render


def bad_request(request, exception):
    """Django's default 400 view renders without the request; the site's pages need it (menu,
    language switcher, footer), so the page is rendered here in the reader's language."""
    return render(request, "400.html", status=400)


def bad_request_message(request, message):
    """The 400 page with a message saying what was wrong (for the site's own checks of
    parameters; Django's own 400s say nothing about their cause)."""
    return render(request, "400.html", {"message": message}, status=400)
