"""The application form of one call: its fields follow the call (its cities, its eligibility
criteria, its stay dates). `answers()` turns a valid form into what is sealed."""

import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from home.text import strip_invisible
from resources.files import sniff
from resources.validators import check_pdf

CONTACT_METHODS = [
    ("signal", _("Signal")),
    ("email", _("Email")),
    ("other", _("Another way")),
]
PASSPORT = [
    ("valid", _("I have a passport valid until at least six months after the stay")),
    ("expiring", _("I have a passport, but it expires before that")),
    ("none", _("I have no passport")),
    ("discuss", _("I would rather explain this to the selection team")),
]
AVAILABILITY = [
    ("whole", _("Yes, for the whole stay")),
    ("part", _("Only for part of it")),
    ("no", _("No")),
]
# A Signal phone number (international, digits with optional spaces and dashes) or username
# (letters, digits or underscores, a dot, then at least two digits: "name.01").
SIGNAL_ID = RegexValidator(
    r"^(\+?[0-9][0-9 ()-]{5,22}[0-9]|[A-Za-z0-9_]{3,32}\.[0-9]{2,10})$",
    message=_(
        "Write a Signal phone number with its country code (+31 6 1234 5678) or a Signal "
        "username (name.01)."
    ),
)
TOKEN_MESSAGES = {
    "invalid": _(
        "This form could not be checked: it may have been changed on its way. Check your "
        "answers and send it again."
    ),
    "expired": _(
        "This form was open for too long, so it has been renewed. Check your answers, choose "
        "your attachment again if you had one, and send it again."
    ),
    "too_fast": _(
        "This form was sent too quickly after it was opened. Check your answers and send it again."
    ),
    "used": _(
        "This form has been sent already. If you saw no receipt code, send it again: this "
        "new form can be sent once."
    ),
}


class TextField(forms.CharField):
    """Text without invisible characters (home.text), stripped."""

    def to_python(self, value):
        return strip_invisible(super().to_python(value))


def long_text(label, help_text="", required=True, max_length=5000, rows=6):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ApplicationForm(forms.Form):
    name = TextField(
        label=_("Your name or a pseudonym"),
        max_length=200,
        help_text=_(
            "A pseudonym is fine: the selection team asks for your legal name only if you are "
            "selected, for the travel documents."
        ),
    )
    country = forms.ChoiceField(label=_("The country where you live and work"))
    contact_method = forms.ChoiceField(
        label=_("How the selection team can reach you safely"),
        choices=CONTACT_METHODS,
        widget=forms.RadioSelect,
    )
    contact = TextField(
        label=_("Your Signal number or username, email address, or other way to reach you"),
        max_length=200,
    )
    send_receipt = forms.BooleanField(
        label=_("Email me my receipt code at this address"),
        help_text=_(
            "Only if you chose email. The message holds the receipt code and what happens "
            "next, nothing of your application. Leave it unticked if others may read your email."
        ),
        required=False,
    )
    organisation = TextField(
        label=_("Your organisation"),
        max_length=200,
        required=False,
        help_text=_("Leave it empty if you work on your own."),
    )
    work = long_text(
        _("Your human rights work"),
        _("What you do, for whom, and since when."),
    )
    threats = long_text(
        _("The threats you face"),
        _("What has happened to you or those close to you because of your work, and when."),
    )
    languages = TextField(
        label=_("The languages you speak, and how well"),
        max_length=300,
        help_text=_("For example: Spanish (native), English (good), French (basic)."),
    )
    passport = forms.ChoiceField(
        label=_("Your passport"), choices=PASSPORT, widget=forms.RadioSelect
    )
    cities = forms.MultipleChoiceField(
        label=_("The cities you would prefer"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none if you have no preference."),
    )
    availability = forms.ChoiceField(
        label=_("Can you come for the whole stay?"),
        choices=AVAILABILITY,
        widget=forms.RadioSelect,
    )
    availability_details = long_text(
        _("Anything about your availability"), required=False, max_length=1000, rows=3
    )
    attachment = forms.FileField(
        label=_("A PDF document"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, call, cities, criteria, *args, oversized=(), **kwargs):
        """`cities`: the call's cities in the reader's language; `criteria`: (id, text) of each
        of its eligibility criteria; `oversized`: the file fields whose upload was too large
        (uploads.py)."""
        super().__init__(*args, **kwargs)
        self.call = call
        self.oversized = set(oversized)
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        self.fields["cities"].choices = [(str(city.translation_key), city.title) for city in cities]
        self.fields["attachment"].help_text = _(
            "A CV, a letter of support or anything else the selection team should read. One "
            "PDF file, at most %(limit)s."
        ) % {"limit": filesizeformat(settings.APPLICATIONS_ATTACHMENT_MAX_SIZE)}
        self.criteria = []
        for criterion_id, text in criteria:
            name = f"confirm_{criterion_id}"
            self.fields[name] = forms.BooleanField(
                label=text,
                error_messages={
                    "required": _("Tick this to apply: the call asks every applicant to meet it.")
                },
            )
            self.criteria.append(name)

    def confirmations(self):
        return [self[name] for name in self.criteria]

    def clean_contact(self):
        contact = self.cleaned_data["contact"]
        method = self.cleaned_data.get("contact_method")
        if method == "email":
            EmailValidator(message=_("Write a whole email address, such as name@example.org."))(
                contact
            )
        elif method == "signal":
            SIGNAL_ID(contact)
        return contact

    def clean_attachment(self):
        file = self.cleaned_data.get("attachment")
        limit = settings.APPLICATIONS_ATTACHMENT_MAX_SIZE
        # Dropped as it arrived (uploads.py), or, should it have come some other way, too large.
        if "attachment" in self.oversized or (file and file.size > limit):
            raise ValidationError(
                _("This file is larger than %(limit)s. Send a smaller PDF, or none."),
                code="file_too_large",
                params={"limit": filesizeformat(limit)},
            )
        if not file:
            return None
        extension = os.path.splitext(file.name)[1].lower()
        if extension != ".pdf" or sniff(file) != "application/pdf":
            raise ValidationError(
                _("Only a PDF file can be added. Save or print your document as PDF first."),
                code="not_pdf",
            )
        check_pdf(file)
        return file

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("send_receipt") and cleaned_data.get("contact_method") != "email":
            self.add_error(
                "send_receipt",
                _("A receipt can only be emailed to an email address: choose email above."),
            )
        return cleaned_data

    def answers(self):
        """Each answer as {name, label, value}, what is sealed: labels and choices in the
        site's main language (the selection team's), the applicant's words as they wrote them,
        the cities as the applicant saw them, a confirmation as true."""
        data = self.cleaned_data
        cities = dict(self.fields["cities"].choices)
        rows = []
        with translation.override(settings.LANGUAGE_CODE):
            for name, field in self.fields.items():
                if name in ("token", "attachment"):
                    continue
                value = data.get(name)
                if name == "country":
                    value = f"{countries.name(value)} ({value})"
                elif name == "cities":
                    value = [cities[key] for key in value]
                elif isinstance(field, forms.ChoiceField):
                    value = str(dict(field.choices).get(value, value))
                rows.append({"name": name, "label": str(field.label), "value": value})
        return rows
