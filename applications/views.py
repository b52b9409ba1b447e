"""The application form of an open call (routed by `OpenCallPage` at `<call>/apply/`).

What the applicant sends is sealed at once (`receive`): the plaintext lives in this request's
memory only. These views never log it (a failure logs its exception's type, never a traceback
whose frames hold the answers), never put it in a URL or the cache, and the uploads arrive in
memory (uploads.py). Every response here is `no-store`, and this is the only page of the site
that may set a cookie (Django's CSRF cookie) and sends `Referrer-Policy: same-origin` (without
it Chromium sends `Origin: null` with the POST, which the CSRF check refuses).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from applications import sealing
from applications.forms import TOKEN_MESSAGES, ApplicationForm
from applications.keys import public_key
from applications.limits import FormToken, TokenProblem, over_rate, seconds_to_next_minute
from applications.models import SealedApplication
from applications.sealing import fingerprint

logger = logging.getLogger(__name__)

TEMPLATE = "pages/opencall/application.html"


def criteria_of(call):
    """(block id, text) of each eligibility criterion of the call."""
    return [
        (block.id, block.value["text"])
        for block in call.eligibility
        if block.block_type == "criterion"
    ]


def private(response):
    """Kept by no browser or proxy, and the same-origin Referer the CSRF check needs."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def render(request, call, state, status=200, **context):
    response = call.render(
        request, template=TEMPLATE, context_overrides={"state": state, "call": call, **context}
    )
    response.status_code = status
    return private(response)


@sensitive_post_parameters()
def application_form(request, call):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    refused = 403 if request.method == "POST" else 200
    status = call.status()
    if status != "open":
        return render(request, call, status, status=refused)
    key = public_key()
    if key is None:
        return render(request, call, "no_key", status=503)
    if request.method != "POST":
        form = new_form(request, call)
        return render(request, call, "form", form=form, key_fingerprint=fingerprint(key))
    if over_rate():
        response = render_again(request, call, key, "too_many", status=429)
        response.headers["Retry-After"] = str(seconds_to_next_minute())
        return response
    try:
        return submit(request, call, key)
    except Exception as error:
        # The type only: a traceback's frames and an exception's text may hold the answers.
        logger.error("An application could not be received: %s.", type(error).__name__)
        return render_again(request, call, key, "not_received", status=500)


@sensitive_variables()
def render_again(request, call, key, state, status):
    """The form again, with what was sent (unchecked: a flood or a fault is no time to check
    it) and a fresh token, under a notice saying why it was not received: nothing typed is lost,
    though a file must be chosen again (no browser sends one back)."""
    sent = {
        name: values if name == "cities" else values[-1]
        for name, values in request.POST.lists()
        if name != "token"
    }
    form = new_form(request, call, initial=sent)
    return render(request, call, state, status=status, form=form, key_fingerprint=fingerprint(key))


def new_form(request, call, data=None, files=None, initial=None):
    cities = call.localized_cities()
    oversized = getattr(request, "oversized_uploads", ())
    return ApplicationForm(
        call,
        cities,
        criteria_of(call),
        data,
        files,
        oversized=oversized if data is not None else (),
        initial={**(initial or {}), "token": FormToken.make(call.translation_key)},
    )


@sensitive_variables()
def submit(request, call, key):
    form = new_form(request, call, request.POST, request.FILES)
    valid = form.is_valid()
    nonce = None
    try:
        nonce = FormToken.check(request.POST.get("token"), call.translation_key)
    except TokenProblem as problem:
        form.add_error(None, TOKEN_MESSAGES[problem.code])
        valid = False
    if not valid or not FormToken.spend(nonce):
        if valid:  # spent by another request since it was checked
            form.add_error(None, TOKEN_MESSAGES["used"])
        renewed = form.data.copy()
        renewed["token"] = FormToken.make(call.translation_key)
        form.data = renewed
        return render(
            request, call, "form", status=400, form=form, key_fingerprint=fingerprint(key)
        )
    try:
        code = receive(call, form, key, request.LANGUAGE_CODE)
    except BaseException:
        FormToken.unspend(nonce)  # not received: the same form may be sent again
        raise
    emailed = None
    if form.cleaned_data.get("send_receipt"):
        emailed = email_receipt(request, call, code, form.cleaned_data["contact"])
    return render(request, call, "received", code=code, emailed=emailed)


@sensitive_variables()
def receive(call, form, key, language):
    """Seal the application and store it; its receipt code."""
    file, attachment = form.cleaned_data.get("attachment"), None
    if file:
        file.seek(0)
        attachment = sealing.attachment(file.name, file.read())
    application = sealing.application(
        sealing.call_entry(call.title, call.translation_key, call.opens_at, call.closes_at),
        form.answers(),
        language,
        received_on=timezone.localdate(),
        attachment=attachment,
    )
    SealedApplication.objects.store(key, application)
    return application["receipt"]


@sensitive_variables()
def email_receipt(request, call, code, address):
    """Email the receipt code to the applicant, in their language: whether it was sent."""
    context = {"call": call, "code": code, "call_url": call.get_full_url(request)}
    subject = render_to_string("pages/opencall/application_receipt_subject.txt", context)
    body = render_to_string("pages/opencall/application_receipt_email.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [address])
    except Exception as error:
        logger.error("A receipt email could not be sent: %s.", type(error).__name__)
        return False
    return True


def csrf_failure(request, reason=""):
    """Django's CSRF refusal, in the reader's language and the site's look, with what to do."""
    with translation.override(getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)):
        response = TemplateResponse(request, "403_csrf.html", status=403)
        return private(response)
