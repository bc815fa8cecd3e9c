"""What the hub's form pages share: a form fixed in code, the honeypot, the answer to a
refused CSRF check, and the text around the form."""

import smtplib

from django.db import models
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from hub.core.blocks import BodyBlock
from hub.engage.forms import is_spam

MAIL_ERRORS = (smtplib.SMTPException, OSError)


class FixedFormMixin:
    """A Wagtail form page whose fields are a Django form in code (`form_class`).

    Adds the honeypot check, an answer to a refused CSRF check, and no caching of
    answers to a POST (they may carry a CSRF token).
    """

    form_class = None

    def get_form_fields(self):
        return []  # no form-builder fields: the form is self.form_class

    def get_form_class(self):
        return self.form_class

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *self.form_class.data_fields()]

    def serve(self, request, *args, **kwargs):
        return self.serve_form(request, *args, **kwargs)

    def serve_form(self, request, *args, **kwargs):
        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user))
        if is_spam(request.POST):
            return self.render_landing_page(request, None, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            return self.render_form(request, form)
        submission = self.process_form_submission(form, request=request)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def serve_csrf_failure(self, request):
        """The form again, with what the visitor typed, a token and a note (403)."""
        initial = self.form_class.resubmitted(request.POST)
        form = self.get_form(page=self, user=request.user, initial=initial)
        return self.render_form(request, form, status=403, csrf_retry=True)

    def render_form(self, request, form, status=200, csrf_retry=False):
        context = self.get_context(request)
        context["form"] = form
        context["csrf_retry"] = csrf_retry
        if request.method == "POST":
            # Only an answer to a POST (never cached) carries a token in its HTML.
            context["form_csrf_token"] = get_token(request)
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        if request.method == "POST":
            patch_cache_control(response, private=True, no_store=True)
        return response

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.serve_form(request)


class FormPageFields(models.Model):
    """What both form pages say around their form."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the form is sent."),
    )

    content_panels = [FieldPanel("introduction"), FieldPanel("body"), FieldPanel("thank_you_text")]
    # One of each under each locale's home page.
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = [index.SearchField("introduction", boost=2)]

    class Meta:
        abstract = True
