"""Every place where the resources app changes how Wagtail behaves, in one module.

Checked against Wagtail 8.0.1 (`CHECKED_AGAINST`); tests/resources/test_downloads.py calls
Wagtail's own view too and fails when upstream changes under an override, so it can be reread
and, when no longer needed, removed.

1. **Document downloads without `Content-Encoding: None`, with `Cross-Origin-Resource-Policy`**
   (`serve_document`, served at Wagtail's own address, `documents/<id>/<filename>`, by a
   pattern placed before Wagtail's in site/urls.py, so `document.url` and every
   `{% url "wagtaildocs_serve" %}` lead to it).
   Upstream: the serve view (`wagtail.documents.views.serve.serve`) hands a locally stored
   file to `wagtail.utils.sendfile.sendfile`, which ends with
   `response["Content-Encoding"] = encoding or guessed_encoding`, the second value from
   `mimetypes.guess_type(path)`. For a `.pdf` or `.docx` that is None, and Django writes the
   header as the text "None" (unconditional since wagtail/wagtail#3903, 2017; no upstream
   issue about it found as of 2026-12). For a name `guess_type` sees as compressed
   (`.gz`, `.bz2`, `.xz`, `.br`...) it is that encoding, and a browser would silently decompress
   the download, so what the reader saves is not the file whose SHA-256 the page shows. The
   file is always sent as stored, so the header is removed whatever its value.
   Upstream sends no `Cross-Origin-Resource-Policy`; here a document may only be loaded by this
   site's own pages (`same-origin`), so another site cannot embed it or probe it from a
   reader's browser (a plain link to it still works).
"""

from wagtail.documents.views.serve import serve as wagtail_serve

CHECKED_AGAINST = "8.0.1"


def serve_document(request, document_id, document_filename):
    """Wagtail's document serve view (privacy, `before_serve_document` hooks, download count,
    its CSP and nosniff headers), with the headers fixed (override 1)."""
    response = wagtail_serve(request, document_id, document_filename)
    if "Content-Encoding" in response:
        del response["Content-Encoding"]
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
