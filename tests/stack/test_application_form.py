"""A call's application form through the production stack (tests/stack/conftest.py starts it):
never from the front cache, its CSRF cookie set through it; an application sent through nginx
as a browser sends it is received, sealed; and the stack keeps nothing of it: no access log
line (nginx's, gunicorn's), no Django log line for a form sent back to correct, none of the
typed values in any file of the stack (logs, nginx's temporary folders, Varnish's working files,
the database's files), and nginx never put the body or the page it answered in a temporary
file."""

import base64
import re
import time
import uuid
from http.cookies import SimpleCookie

import pytest
import requests
from bs4 import BeautifulSoup
from fpdf import FPDF

from applications.limits import MIN_SECONDS
from applications.models import SealedApplication
from applications.sealing import open_sealed
from tests.applications.helpers import secret_key
from tests.public_pages import application_form_path

# As tests/stack/test_stack.py: the stack copies the demo from the test database; transactional,
# so that no transaction wraps a test while its connection points at the stack's database.
pytestmark = [pytest.mark.stack, pytest.mark.django_db(transaction=True)]

# nginx's warning when it writes a request body, or the page it relays, to a temporary file.
TEMPORARY_FILE = "is buffered to a temporary file"


def csrf_cookie(response):
    """The one cookie `response` sets: Django's CSRF cookie, as a Morsel."""
    cookies = SimpleCookie(response.headers["Set-Cookie"])
    assert list(cookies) == ["csrftoken"], response.headers["Set-Cookie"]
    return cookies["csrftoken"]


def test_the_form_is_never_served_from_the_cache_and_sets_its_cookie_through_it(as_editor, front):
    path = application_form_path("en")
    first = front(path)
    cookie = csrf_cookie(first)
    for response in (first, front(path), front(path)):
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "PASS", response.headers
        assert "no-store" in response.headers["Cache-Control"]
        assert response.headers["Referrer-Policy"] == "same-origin"
        sent = csrf_cookie(response)
        # For the browser's session only, unreadable by scripts, same-site, HTTPS only.
        assert sent["max-age"] == "" and sent["expires"] == "", sent.output()
        assert sent["httponly"] and sent["secure"] and sent["samesite"] == "Lax", sent.output()
    # A reader's CSRF cookie reaches Django and is kept: a form opened in another tab stays
    # valid. (Varnish drops a reader's cookies on the way to every other page.)
    again = front(path, headers={"Cookie": f"csrftoken={cookie.value}"})
    assert csrf_cookie(again).value == cookie.value
    # The call's own page is kept by the cache as before, and sets no cookie.
    call = path.removesuffix("apply/")
    front(call)
    kept = front(call)
    assert kept.headers["X-Cache"] == "HIT"
    assert "Set-Cookie" not in kept.headers


def large_pdf(marker, size=600_000):
    """A readable PDF of at least `size` bytes (far more than nginx's default in-memory body
    buffer, 128 KB), uncompressed, with `marker` in its text on every page."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_font("helvetica", size=9)
    line = f"{marker} letter of support. " * 3
    for _ in range(size // 5000 + 1):  # each page holds some 6 KB of text
        pdf.add_page()
        for _ in range(60):
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    content = bytes(pdf.output())
    assert len(content) >= size
    return content


def fill_in(html, **answers):
    """The form's POST data from its page: its hidden fields, every confirmation ticked, the
    call's first city, and `answers`."""
    form = BeautifulSoup(html, "html.parser").select_one("form.application-form")
    data = {field["name"]: field["value"] for field in form.select('input[type="hidden"]')}
    for box in form.select('input[type="checkbox"][name^="confirm_"]'):
        data[box["name"]] = "on"
    city = form.select_one('input[name="cities"]')
    if city is not None:
        data["cities"] = city["value"]
    data.update(answers)
    return data


def send(stack, path, page, data, files=None, **headers):
    """POST `data` (and `files`) to the form at `path` as a browser does after `page`: with the
    page's CSRF cookie, and the Origin and Referer a same-origin form sends."""
    cookie = csrf_cookie(page).value  # `Secure`: a client keeps none over plain HTTP, sent here
    return requests.post(
        stack.url + path,
        data=data,
        files=files,
        headers={
            "Cookie": f"csrftoken={cookie}",
            "Origin": stack.url,
            "Referer": stack.url + path,
            **headers,
        },
        timeout=30,
        allow_redirects=False,
    )


def wait_for_the_form_to_be_old_enough(opened):
    """The form token refuses a form sent sooner than MIN_SECONDS after it was made."""
    time.sleep(max(0.0, MIN_SECONDS + 0.5 - (time.monotonic() - opened)))


def lines_with(path, text):
    if not path.exists():
        return []
    return [line for line in path.read_text(errors="replace").splitlines() if text in line]


def flushed_access_log(stack, front):
    """nginx's access log once what came before is in it (it is written every 5 s): a page
    that does not exist, asked for after the rest, must appear in it."""
    marker = f"/en/no-such-page-{uuid.uuid4().hex[:8]}/"
    assert front(marker).status_code == 404
    log = stack.workdir / "nginx-access.log"
    give_up = time.monotonic() + 15
    while not lines_with(log, marker):
        assert time.monotonic() < give_up, "nginx wrote no access log line in 15 s"
        time.sleep(0.25)
    return log


def test_an_application_through_nginx_is_received_and_the_stack_keeps_nothing_of_it(
    as_editor, stack, front
):
    path = application_form_path("en")
    mark = uuid.uuid4().hex[:10]
    answers = {
        "name": f"Nadia Stackapplicant {mark}",
        "country": "CO",
        "contact_method": "email",
        "contact": f"nadia.{mark}@example.org",
        "organisation": f"Valley Water Defenders {mark}",
        "work": f"I monitor river pollution by a mine {mark}. " * 60,
        "threats": f"Threatening calls after each report {mark}. " * 60,
        "languages": f"Spanish (native), English (basic) {mark}",
        "passport": "valid",
        "availability": "whole",
        "availability_details": f"Free from April {mark}",
    }
    attached = f"Attached-{mark}"
    pdf = large_pdf(attached)
    before = SealedApplication.objects.count()

    # Sent back to correct (a confirmation left unticked): the whole page comes back with the
    # answers in it, uncompressed, larger than nginx's default in-memory buffers for a page.
    page = front(path)
    opened = time.monotonic()
    data = fill_in(page.text, **answers)
    unticked = next(name for name in data if name.startswith("confirm_"))
    wait_for_the_form_to_be_old_enough(opened)
    corrected = send(
        stack,
        path,
        page,
        {name: value for name, value in data.items() if name != unticked},
        {"attachment": ("support.pdf", pdf, "application/pdf")},
        **{"Accept-Encoding": "identity"},
    )
    assert corrected.status_code == 400, corrected.text[:3000]
    assert answers["organisation"] in corrected.text
    assert "Content-Encoding" not in corrected.headers
    assert len(corrected.content) > 8 * 4096 + 4096  # more than nginx's default buffers

    # Sent whole: received.
    page = front(path)
    opened = time.monotonic()
    data = fill_in(page.text, **answers)
    wait_for_the_form_to_be_old_enough(opened)
    response = send(
        stack, path, page, data, {"attachment": ("support.pdf", pdf, "application/pdf")}
    )
    assert response.status_code == 200, response.text[:3000]
    assert response.headers["X-Cache"] == "PASS"
    code = re.search(r'class="receipt__code"><bdi dir="ltr"><strong>([0-9A-Z-]+)<', response.text)
    assert code is not None, response.text[:3000]
    code = code.group(1)

    # Sealed as it came, attachment and all (the test key pair's secret half opens it).
    assert SealedApplication.objects.count() == before + 1
    sealed = SealedApplication.objects.by_receipt(code).get()
    application = open_sealed(secret_key(), sealed.sealed)
    values = {answer["name"]: answer["value"] for answer in application["answers"]}
    assert values["name"] == answers["name"]
    assert values["work"] == answers["work"].strip()
    assert base64.b64decode(application["attachment"]["data"]) == pdf

    # A request body larger than the default buffer, to another address: nginx says when it
    # writes one to a temporary file (what the checks below look for).
    requests.post(stack.url + "/en/about/", data={"x": "y" * 300_000}, timeout=30)

    # No access log line for the form, in nginx's log or gunicorn's, and no Django line (the
    # 400 above): no line at all names it.
    flushed_access_log(stack, front)
    for log in ("nginx-access.log", "gunicorn.log", "nginx-error.log"):
        assert not lines_with(stack.workdir / log, "/apply/"), log
    # Nor a temporary file: nginx did write one for the other address's body.
    written = lines_with(stack.workdir / "nginx-error.log", TEMPORARY_FILE)
    assert any('"POST /en/about/ ' in line for line in written), written
    assert all('"POST /en/about/ ' in line for line in written), written

    # None of what was typed or attached, nor the receipt code, in any file of the stack.
    typed = [
        answers["name"],
        answers["contact"],
        answers["organisation"],
        f"I monitor river pollution by a mine {mark}",
        f"Threatening calls after each report {mark}",
        answers["languages"],
        answers["availability_details"],
        attached,
        code,
    ]
    assert attached.encode() in pdf  # the search can find it
    searched = 0
    for file in stack.workdir.rglob("*"):
        try:
            if not file.is_file():
                continue
            content = file.read_bytes()
        except OSError:
            continue  # a socket, or a file gone since it was listed
        searched += 1
        for value in typed:
            for encoded in {value.encode(), value.encode("utf-16-le"), value.lower().encode()}:
                assert encoded not in content, f"{value!r} in {file}"
    assert searched > 100  # logs, temporary folders, Varnish's files, the database's files
