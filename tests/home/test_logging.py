"""What the logs hold (issue 15): no reader's address, and no traceback for bad input, in
Django's logging as configured and in gunicorn's as `deploy/gunicorn.conf.py` configures it."""

import io
import logging
import os
import re
import runpy
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from home.models import HomePage
from sheltercity.logfilters import APPLICATION_FORM as APPLICATION_FORM_PATH
from sheltercity.logfilters import NoReaderDetails
from tests.public_pages import APPLICATION_FORM, LANGUAGES, application_form_path, public_urls

READER_ADDRESS = "198.51.100.23"  # REMOTE_ADDR, as the WSGI server gives it
FORWARDED_ADDRESS = "203.0.113.7"  # X-Forwarded-For, as a proxy adds it
READER_HEADERS = {
    "REMOTE_ADDR": READER_ADDRESS,
    "HTTP_X_FORWARDED_FOR": FORWARDED_ADDRESS,
    "HTTP_X_REAL_IP": FORWARDED_ADDRESS,
    "HTTP_USER_AGENT": "ReaderBrowser/1.0",
    "HTTP_REFERER": "https://referrer.example/",
}

# (method, path, extra headers, content type, body)
HOSTILE_REQUESTS = [
    *(
        ("GET", f"{path}?page={value}", {}, None, None)
        for path in ("/en/library/", "/fr/search/", "/en/calls/", "/ar/cities/", "/en/")
        for value in ("abc", "-1", "0", "1e9", "9" * 5000, "%00", "1;DROP", "%FF", "", "%EF%BC%91")
    ),
    ("GET", "/fr/search/?q=x&page=abc&page=2&type=nothing", {}, None, None),
    ("GET", "/en/?" + "x=1&" * 2000, {}, None, None),
    ("GET", "/en/%00/", {}, None, None),
    ("GET", "/en/library/?topic=%00&sort=%FF", {}, None, None),
    ("GET", "/en/", {"HTTP_HOST": "evil.example"}, None, None),
    ("GET", "/en/", {"HTTP_HOST": "bad host!"}, None, None),
    ("GET", "/en/", {"HTTP_ACCEPT_LANGUAGE": "x" * 500 + ";q=abc"}, None, None),
    ("GET", "/en/", {"HTTP_COOKIE": "csrftoken=%%%; sessionid=<x>"}, None, None),
    ("GET", "/xx/", {}, None, None),
    ("POST", "/documents/x", {}, "multipart/form-data", b"--x\r\n"),
    ("POST", "/static/x", {}, "multipart/form-data; boundary=", b"--x\r\n"),
    ("POST", "/xx/", {}, "multipart/form-data", b"broken"),
    ("POST", "/en/", {}, "multipart/form-data", b"broken"),
    ("POST", "/admin/login/", {}, "multipart/form-data", b"broken"),
    ("POST", "/en/", {}, "application/x-www-form-urlencoded", b"a=1&" * 1500),
    ("POST", "/en/", {}, "multipart/form-data; boundary=abc", b"--zzz\r\nbroken"),
    ("POST", "/en/search/", {}, "application/json", b"{"),
    ("PUT", "/en/", {}, "text/plain", b"x"),
]


@pytest.fixture
def console_log():
    """What the site's configured console handler (LOGGING in settings) writes, in a string."""
    handlers = [
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(item, NoReaderDetails) for item in handler.filters)
    ]
    assert handlers, "LOGGING's console handler has lost its NoReaderDetails filter"
    stream = io.StringIO()
    previous = [handler.setStream(stream) for handler in handlers]
    yield stream
    for handler, old in zip(handlers, previous, strict=True):
        handler.setStream(old)


def consume(response):
    """Read a streaming response (a download) to its end, which closes its file the way the
    test client means (`response.close()` called again would close the test's connection)."""
    if response.streaming:
        b"".join(response.streaming_content)


def test_bad_input_is_answered_without_a_traceback_or_an_address_in_the_log(
    client, db, console_log
):
    client.cookies["csrftoken"] = "a" * 32  # so that CSRF checks read the bodies
    for method, path, headers, content_type, body in HOSTILE_REQUESTS:
        extra = {**READER_HEADERS, **headers}
        if body is None:
            response = client.generic(method, path, **extra)
        else:
            response = client.generic(method, path, body, content_type=content_type, **extra)
        consume(response)
        assert response.status_code < 500, (method, path, response.status_code)
    written = console_log.getvalue()
    # The 400s are logged, in one line each.
    assert "NUL character in the request: /en/library/" in written
    assert "Unreadable request body: /documents/x" in written
    assert "Traceback" not in written
    assert READER_ADDRESS not in written
    assert FORWARDED_ADDRESS not in written
    assert "ReaderBrowser" not in written
    assert "referrer.example" not in written


def test_a_server_error_keeps_its_traceback_but_not_the_readers_address(
    client, db, console_log, monkeypatch, settings
):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    settings.ADMINS = [("Admin", "admin@example.org")]
    client.raise_request_exception = False
    assert client.get("/en/", **READER_HEADERS).status_code == 500
    written = console_log.getvalue()
    assert "Traceback" in written and "RuntimeError: boom" in written
    assert READER_ADDRESS not in written
    # The admins' error email: the traceback, without the request's address, agent or cookies.
    [email] = mail.outbox
    assert "RuntimeError" in email.body
    assert READER_ADDRESS not in email.subject + email.body
    assert FORWARDED_ADDRESS not in email.body and "ReaderBrowser" not in email.body


def test_every_handler_of_the_django_loggers_drops_the_request():
    for name in ("django", "django.request", "django.security", ""):
        logger = logging.getLogger(name)
        while logger:
            for handler in logger.handlers:
                if handler.__module__.startswith(("_pytest", "pytest")):
                    continue  # pytest's own capture
                assert any(isinstance(item, NoReaderDetails) for item in handler.filters), (
                    name,
                    handler,
                )
            logger = logger.parent if logger.propagate else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send(port, data, source="127.0.0.2"):
    """Send raw bytes from `source` (another loopback address than the server's, so that the
    reader's address is told apart from the address gunicorn listens on) and read the answer."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(
                ("127.0.0.1", port), timeout=30, source_address=(source, 0)
            ) as sock:
                sock.sendall(data)
                answer = b""
                while chunk := sock.recv(65536):
                    answer += chunk
                return answer
        except ConnectionRefusedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_gunicorn_logs_no_client_address_for_a_malformed_request(tmp_path):
    port = free_port()
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    stdout, stderr = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                str(Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
            ],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=out,
            stderr=err,
        )
        try:
            malformed = send(port, b"GARBAGE\x01 / HTTP/9.9\r\n\r\n")
            assert malformed.startswith(b"HTTP/1.1 400")
            bad_header = send(port, b"GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n")
            assert bad_header.startswith(b"HTTP/1.1 400")
            # An ordinary request reaches Django (the HTTPS redirect needs no database).
            request = b"GET /en/search/?q=secret HTTP/1.1\r\nHost: localhost\r\n"
            answer = send(port, request + b"Connection: close\r\n\r\n")
            assert answer.startswith(b"HTTP/1.1 301")
            # An application form: answered, and not logged.
            request = b"POST /ar/calls/current-call/apply/ HTTP/1.1\r\nHost: localhost\r\n"
            answer = send(port, request + b"Content-Length: 0\r\nConnection: close\r\n\r\n")
            assert answer.startswith(b"HTTP/1.1 301")
        finally:
            server.terminate()
            server.wait(timeout=30)
    written = stdout.read_text() + stderr.read_text()
    assert "Invalid request: " in written  # gunicorn's message, without its address
    assert '"GET /en/search/" 301' in written  # the access log, without the query string
    assert "apply" not in written
    assert "127.0.0.2" not in written
    assert "secret" not in written
    # The only 127.0.0.1 left is the address gunicorn listens on, in its start-up line.
    assert [line for line in written.splitlines() if "127.0.0.1" in line] == [
        line for line in written.splitlines() if "Listening at: http://127.0.0.1" in line
    ]


def test_django_logs_no_answer_of_an_application_form_but_a_server_error(
    client, db, console_log, monkeypatch
):
    """Django logs each 4xx with its path: for the form, that would say when someone tried to
    apply (sheltercity.logfilters). Other pages' 4xx are logged as before."""
    form = application_form_path("en")
    assert client.post(form, {}).status_code == 400  # the form again, to correct
    unreadable = client.generic("POST", form, b"x", content_type="multipart/form-data")
    assert unreadable.status_code == 400
    too_large = client.post(form, {"work": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})
    assert too_large.status_code == 400
    client.handler.enforce_csrf_checks = True
    assert client.post(form, {}).status_code == 403
    assert client.get("/en/no-such-page/").status_code == 404
    written = console_log.getvalue()
    assert "/apply/" not in written
    assert "Not Found: /en/no-such-page/" in written


def front_patterns():
    """The application form's address as each part of the stack recognises it: nginx (no
    access log, the body in memory), Varnish (passed), gunicorn (no access log line) and
    Django's logging (no 4xx line)."""
    deploy = Path(settings.BASE_DIR) / "deploy"
    nginx_conf = (deploy / "nginx/sheltercity.conf").read_text()
    vcl = (deploy / "varnish/default.vcl").read_text()
    nginx = re.search(r'location ~ "([^"]+)"', nginx_conf)
    varnish = re.search(r'req\.url ~ "(\^/\[a-z\][^"]+)"', vcl)
    gunicorn = runpy.run_path(str(deploy / "gunicorn.conf.py"))["APPLICATION_FORM"]
    return {
        "nginx": re.compile(nginx.group(1)),
        "varnish": re.compile(varnish.group(1)),
        "gunicorn": gunicorn,
        "django": APPLICATION_FORM_PATH,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_front_and_the_logs_know_an_application_form_by_the_same_address(db, language):
    patterns = front_patterns()
    form = application_form_path(language)
    others = [url.path for url in public_urls(language) if url.name != APPLICATION_FORM]
    others += ["/admin/pages/3/apply/", "/documents/1/apply/", f"/{language}/apply/"]
    others += [f"/{language}/search/?q=/apply/"]
    for name, pattern in patterns.items():
        assert pattern.match(form), (name, form)
        assert pattern.match(form + "?x=1") or name != "varnish", (name, form)  # a full URL
        for path in others:
            assert not pattern.match(path if name == "varnish" else path.split("?")[0]), (
                name,
                path,
            )
