"""Gunicorn's settings in production: `uv run gunicorn -c deploy/gunicorn.conf.py`.

Options on the command line win (`--bind`, `--workers`). Behind nginx (request bodies buffered,
slow clients dropped) and Varnish on the same machine: sync workers, as many as the machine's
cores can keep busy (`2 * cores + 1`, at most 12; `WEB_CONCURRENCY` wins), each replaced after
about a thousand requests (a slow leak cannot grow for ever).
What this file also decides is what gunicorn's logs may hold: nothing that tells who a reader is.

- The access log (stdout) records when, the method, the path without its query string (a
  search is in it), the status, the size and the time taken: no client address (`%(h)s`), no
  `X-Forwarded-For`, user agent or referrer. Nothing at all for a call's application form
  (`APPLICATION_FORM`, as nginx does): the time of a POST there would say when someone applied.
- The error log (stderr) keeps gunicorn's messages, but gunicorn writes the peer's address into
  the one it logs for a request it cannot parse ("Invalid request from ip=<address>: …", a
  malformed request line, a header it refuses): `PrivateLogger` takes the address out of the
  message before any handler sees it.
"""

import logging
import os
import re

from gunicorn.glogging import Logger

wsgi_app = "sheltercity.wsgi:application"
bind = "127.0.0.1:8000"  # behind Varnish and nginx on this machine (deploy/varnish/backend.vcl)

workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * (os.cpu_count() or 1) + 1, 12))
timeout = 30  # a worker silent this long is killed and replaced
graceful_timeout = 20  # on restart or stop, requests in progress get this long to finish
max_requests = 1000
max_requests_jitter = 100  # so that the workers are not all replaced at the same moment
# X-Forwarded-Proto is trusted from the proxies on this machine only.
forwarded_allow_ips = "127.0.0.1,::1"

accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = "info"


class NoPeerAddress(logging.Filter):
    """Turns "Invalid request from ip=<address>: <error>" into "Invalid request: <error>"
    (gunicorn.workers.base.Worker.handle_error); the address may be IPv6 (`::1`) or empty (a
    Unix socket), so everything from "from ip=" up to the first ": " goes."""

    pattern = re.compile(r" from ip=.*?: ")

    def filter(self, record):
        message = record.getMessage()
        if " from ip=" in message:
            record.msg, record.args = self.pattern.sub(": ", message, count=1), ()
        return True


# A call's application form, `/<language>/<the call's path>/apply/` (applications/views.py; the
# same pattern in deploy/nginx/sheltercity.conf and deploy/varnish/default.vcl). Requests for the
# onion address come through Varnish without nginx: this is their only access log.
APPLICATION_FORM = re.compile(r"^/[a-z]{2,3}(-[a-z0-9]+)?/[^?]+/apply/$")


class PrivateLogger(Logger):
    """Gunicorn's logger with `NoPeerAddress` on its error log, again after a reload, and no
    access log line for an application form."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(item, NoPeerAddress) for item in self.error_log.filters):
            self.error_log.addFilter(NoPeerAddress())

    def access(self, resp, req, environ, request_time):
        if APPLICATION_FORM.match(req.path or ""):
            return
        super().access(resp, req, environ, request_time)


logger_class = PrivateLogger
