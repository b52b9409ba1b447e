from django.shortcuts import render


def bad_request(request, exception):
    """Django's default 400 view renders without the request; the site's pages need it (menu,
    language switcher, footer), so the page is rendered here in the reader's language."""
    return render(request, "400.html", status=400)
