"""The resource editor's page form (apart from resources.forms, the document forms, which need
the document model loaded: this one is imported by the page model)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from resources.choices import RECORDED_FORMATS, Format
from resources.files import ALLOWED_KINDS, format_has_its_files, media_type


class ResourcePageForm(WagtailAdminPageForm):
    """The resource editor's form: the format a resource declares must be what its files are
    (an "Audio" resource has an audio file to download), checked with the files formset."""

    def clean(self):
        cleaned_data = super().clean()
        format = cleaned_data.get("format")
        formset = self.formsets.get("downloads")
        if not format or formset is None or not formset.is_valid():
            return cleaned_data
        documents = [
            form.cleaned_data["document"]
            for form in formset.forms
            if form.cleaned_data.get("document") and not form.cleaned_data.get("DELETE")
        ]
        if not format_has_its_files(format, [document.file_extension for document in documents]):
            label = dict(Format.choices)[format]
            if format in RECORDED_FORMATS:
                message = _(
                    "A resource in the format “%(format)s” needs a file of that kind in “Files "
                    "to download” (%(kinds)s). Add one, or choose the format the resource is."
                )
            else:
                message = _(
                    "A resource in the format “%(format)s” needs a document among its files "
                    "(%(kinds)s), not only recordings. Add one, or choose the format the "
                    "resource is."
                )
            wanted = RECORDED_FORMATS.get(format, "application")
            kinds = [
                kind.label
                for kind in ALLOWED_KINDS.values()
                if media_type(kind.extension) == wanted
            ]
            self.add_error("format", message % {"format": label, "kinds": ", ".join(kinds)})
        return cleaned_data
