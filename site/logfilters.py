"""What the site's logs may hold: nothing about the reader, and no traceback for bad input."""

import logging


class NoReaderDetails(logging.Filter):
    """Attached to every handler of `LOGGING` (`sheltercity.settings.base`).

    - Django attaches the request to its records (`django.request`, `django.security.*`,
      `django.server`); a handler that reads it (the admins' error email prints `REMOTE_ADDR`,
      the user agent and the cookies) would record who sent it. It is taken off the record.
    - Django logs a bad request (a 4xx: a body it cannot parse, a Host it does not serve, too
      many fields) with its exception and so a full traceback of the reader's input. The
      answer is the 400 page; the log keeps its one line (what and where), not the traceback.
      A 5xx keeps its traceback: that is the site's fault, and what the traceback is for.
    """

    def filter(self, record):
        record.__dict__.pop("request", None)
        status = getattr(record, "status_code", None)
        if record.exc_info and (
            (isinstance(status, int) and status < 500) or record.name.startswith("django.security.")
        ):
            record.exc_info = None
            record.exc_text = None
        return True
