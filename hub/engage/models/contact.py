"""The contact page: name, email and message, stored and emailed to the network."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import EmailFormMixin, FormMixin, FormSubmission
from wagtail_localize.fields import SynchronizedField

from hub.core.models import BasePage, SiteSettings
from hub.engage.forms import ContactForm

from .base import MAIL_ERRORS, FixedFormMixin, FormPageFields

logger = logging.getLogger(__name__)


class ContactPage(FixedFormMixin, EmailFormMixin, FormMixin, FormPageFields, BasePage):  # noqa: DJ008 - Page defines __str__
    """Name, email, message: stored for the admin's Forms and sent to the network."""

    form_class = ContactForm

    content_panels = (
        BasePage.content_panels
        + FormPageFields.content_panels
        + [
            MultiFieldPanel(
                [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
                heading=_("Email"),
                help_text=_(
                    "Messages go to these addresses, or to the contact email of the site "
                    "settings when this is empty."
                ),
            )
        ]
    )
    search_fields = BasePage.search_fields + FormPageFields.search_fields
    # Addresses are the same in every language; wagtail-localize would offer them as text.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    template = "engage/contact_page.html"
    landing_page_template = "engage/contact_page_landing.html"

    class Meta:
        verbose_name = _("contact page")

    def recipients(self):
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        if not addresses:
            contact_email = SiteSettings.for_site(self.get_site()).contact_email
            addresses = [contact_email] if contact_email else []
        return addresses

    def process_form_submission(self, form, request=None):
        submission = FormSubmission.objects.create(form_data=form.stored_data(), page=self)
        if self.recipients():
            self.send_mail(form)
        return submission

    def render_email(self, form):
        lines = [f"{label}: {form.cleaned_data[name]}" for name, label in form.data_fields()]
        return "\n\n".join(lines) + "\n"

    def send_mail(self, form):
        message = EmailMessage(
            self.subject or gettext("Message from the contact form"),
            self.render_email(form),
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=self.recipients(),
            reply_to=[form.cleaned_data["email"]],
        )
        try:
            message.send()
        except MAIL_ERRORS as error:
            # The message is stored all the same: editors find it under Forms.
            logger.warning(
                "Contact message not emailed (page %s): %s", self.pk, type(error).__name__
            )
