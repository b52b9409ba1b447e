"""Public uploads never touch the disk.

Django writes an uploaded file larger than FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file. An
application's attachment is plaintext until it is sealed, so outside the admin every upload is
kept in memory by `InMemoryUploadHandler`, and a file larger than
`APPLICATIONS_ATTACHMENT_MAX_MB` is dropped as it arrives (the form then says it was too large).
A body that ends inside a file (cut short) is refused, where Django would drop the file without
a word. The admin's uploads (documents up to DOCUMENT_MAX_UPLOAD_MB) keep Django's handlers.
"""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http.multipartparser import MultiPartParserError


class InMemoryUploadHandler(FileUploadHandler):
    """Every file in memory, up to `APPLICATIONS_ATTACHMENT_MAX_SIZE` bytes for all the files of
    a request together (a form has one attachment: a hundred files of the limit each would hold a
    gigabyte in memory); the names of the fields whose file went over are in
    `request.oversized_uploads`."""

    def __init__(self, request=None):
        super().__init__(request)
        self.limit = settings.APPLICATIONS_ATTACHMENT_MAX_SIZE
        self.skipped = False  # the file being read was too large, and is being skipped
        self.total = 0  # bytes of every file of the request kept so far
        if request is not None:
            request.oversized_uploads = set()

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.file = BytesIO()
        self.size = 0
        self.skipped = False

    def receive_data_chunk(self, raw_data, start):
        self.size += len(raw_data)
        if self.total + self.size > self.limit:
            self.file = BytesIO()  # what was received is let go at once
            self.skipped = True
            if self.request is not None:
                self.request.oversized_uploads.add(self.field_name)
            raise SkipFile
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.total += file_size
        self.file.seek(0)
        return InMemoryUploadedFile(
            file=self.file,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )

    def upload_interrupted(self):
        """Django's parser calls this when the body ended inside a file (a multipart body cut
        short, without the boundary after the file): it would drop the file without a word, and
        an application would be received without its attachment. The body is refused instead
        (a 400: RejectMalformedInputMiddleware). Django also calls this after a file skipped
        as too large, which the form reports itself."""
        if not self.skipped:
            self.file = BytesIO()
            raise MultiPartParserError("The request body ends inside a file.")


def public_uploads_in_memory_middleware(get_response):
    """Outside ADMIN_URL_PREFIXES, uploads are read by `InMemoryUploadHandler` only. Must come
    before anything that reads a POST body (RejectMalformedInputMiddleware, the CSRF check)."""

    def middleware(request):
        if request.method == "POST" and not request.path.startswith(settings.ADMIN_URL_PREFIXES):
            request.upload_handlers = [InMemoryUploadHandler(request)]
        return get_response(request)

    return middleware
