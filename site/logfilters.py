"""What the site's logs may hold: nothing about the reader, and no traceback for bad input."""

import logging
import re

# A call's application form, `/<language>/<the call's path>/apply/` (applications/views.py; the
# same pattern in the front's configuration: deploy/nginx/sheltercity.conf,
# deploy/varnish/default.vcl, deploy/gunicorn.conf.py).
APPLICATION_FORM = re.compile(r"^/[a-z]{2,3}(-[a-z0-9]+)?/[^?]+/apply/$")


class NoReaderDetails(logging.Filter):
    """Attached to every handler of `LOGGING` (`sheltercity.settings.base`).

    - Django attaches the request to its records (`django.request`, `django.security.*`,
      `django.server`); a handler that reads it (the admins' error email prints `REMOTE_ADDR`,
      the user agent and the cookies) would record who sent it. It is taken off the record.
    - Django logs a bad request (a 4xx: a body it cannot parse, a Host it does not serve, too
      many fields) with its exception and so a full traceback of the reader's input. The
      answer is the 400 page; the log keeps its one line (what and where), not the traceback.
      A 5xx keeps its traceback: that is the site's fault, and what the traceback is for.
    - Django logs every 4xx answer with its path: for an application form (a form to correct,
      a CSRF refusal, the flood limit) that line would say when someone tried to apply, which
      neither nginx's nor gunicorn's access log says. It is dropped (a 5xx is kept).
    """

    def filter(self, record):
        request = record.__dict__.pop("request", None)
        status = getattr(record, "status_code", None)
        if (
            isinstance(status, int)
            and status < 500
            and APPLICATION_FORM.match(getattr(request, "path", None) or "")
        ):
            return False
        if record.exc_info and (
            (isinstance(status, int) and status < 500) or record.name.startswith("django.security.")
        ):
            record.exc_info = None
            record.exc_text = None
        return True
