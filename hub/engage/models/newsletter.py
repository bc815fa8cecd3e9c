"""The newsletter sign-up page and its subscriptions (double opt-in)."""

import logging
import secrets
from datetime import timedelta

from django.core import signing
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import AbstractFormSubmission, FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from hub.core.models import BasePage
from hub.core.models.files import CONTENT_LANGUAGES
from hub.core.utils import absolute_url
from hub.engage.forms import INTERESTS, NewsletterForm

from .base import MAIL_ERRORS, FixedFormMixin, FormPageFields

logger = logging.getLogger(__name__)

CONFIRMATION_MAX_AGE = timedelta(days=7)
# A pending address gets at most one confirmation email in this time, however often
# someone signs it up; a confirmed one gets none (anyone can type anyone's address).
CONFIRMATION_INTERVAL = timedelta(hours=1)
SIGNING_SALT = "hub.engage.newsletter.confirm"


def new_token():
    return secrets.token_urlsafe(32)


class NewsletterSubmission(AbstractFormSubmission):
    """One subscription: pending until its confirmation link is visited."""

    # The newsletter: the translation key its pages share in every locale.
    newsletter_key = models.UUIDField(editable=False, db_index=True)
    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("language"), max_length=5, choices=CONTENT_LANGUAGES)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # When the last confirmation email went out (CONFIRMATION_INTERVAL).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter_key", "email"], name="engage_one_subscription_per_address"
            )
        ]

    def __str__(self):
        return f"{gettext('Newsletter subscription')} {self.pk}"

    def get_data(self):
        labels = dict(INTERESTS)
        interests = self.form_data.get("interests") or []
        return {
            **super().get_data(),
            "interests": ", ".join(str(labels.get(key, key)) for key in interests),
            "confirmed": gettext("yes") if self.confirmed_at else gettext("no"),
            "confirmed_at": self.confirmed_at or "",
        }

    @classmethod
    def forget_unconfirmed(cls):
        """Delete sign-ups whose confirmation link has expired."""
        cls.objects.filter(
            confirmed_at__isnull=True, submit_time__lt=timezone.now() - CONFIRMATION_MAX_AGE
        ).delete()

    def claim_confirmation(self):
        """Whether a confirmation email may go out now; if so, its time is recorded.

        One conditional UPDATE, so two sign-ups at the same moment send one email.
        """
        now = timezone.now()
        due = models.Q(confirmation_sent_at__isnull=True) | models.Q(
            confirmation_sent_at__lte=now - CONFIRMATION_INTERVAL
        )
        claimed = NewsletterSubmission.objects.filter(
            due, pk=self.pk, confirmed_at__isnull=True
        ).update(confirmation_sent_at=now)
        return bool(claimed)

    def signed_token(self):
        return signing.TimestampSigner(salt=SIGNING_SALT).sign(self.token)


class NewsletterPage(RoutablePageMixin, FixedFormMixin, FormMixin, FormPageFields, BasePage):  # noqa: DJ008 - Page defines __str__
    """The newsletter sign-up: email, language and interests, confirmed by email."""

    form_class = NewsletterForm

    content_panels = BasePage.content_panels + FormPageFields.content_panels
    search_fields = BasePage.search_fields + FormPageFields.search_fields

    template = "engage/newsletter_page.html"
    landing_page_template = "engage/newsletter_page_landing.html"

    class Meta:
        verbose_name = _("newsletter sign-up page")

    def get_data_fields(self):
        return [
            *super().get_data_fields(),
            ("confirmed", _("Confirmed")),
            ("confirmed_at", _("Confirmed at")),
        ]

    def get_submission_class(self):
        return NewsletterSubmission

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["days"] = CONFIRMATION_MAX_AGE.days
        return context

    def get_submissions(self):
        # Every translation of the page collects for the same newsletter: each lists it all.
        return NewsletterSubmission.objects.filter(newsletter_key=self.translation_key)

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.serve_form(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        return FixedFormMixin.serve_preview(self, request, mode_name)

    def process_form_submission(self, form, request=None):
        data = form.stored_data()
        NewsletterSubmission.forget_unconfirmed()
        submission, created = NewsletterSubmission.objects.get_or_create(
            newsletter_key=self.translation_key,
            email=data["email"],
            defaults={"page": self, "form_data": data, "language": data["language"]},
        )
        if not created and submission.confirmed_at is None:
            # Signing up again before confirming: the latest choices.
            submission.page = self
            submission.form_data = data
            submission.language = data["language"]
            submission.submit_time = timezone.now()
            submission.save()
        # The visitor sees the same answer whether an email went out or not: it does not
        # say whether the address is subscribed, or was signed up a minute ago.
        submission.email_sent = True
        if submission.confirmed_at is None:
            previous = submission.confirmation_sent_at
            if submission.claim_confirmation():
                submission.email_sent = self.send_confirmation(
                    request, submission, data["language"]
                )
                if not submission.email_sent:
                    # Not sent: the next sign-up may try again at once.
                    NewsletterSubmission.objects.filter(pk=submission.pk).update(
                        confirmation_sent_at=previous
                    )
        return submission

    def in_language(self, language):
        """This page's live translation in a language, else itself."""
        try:
            translation_ = self.get_translation_or_none(Locale.objects.get_for_language(language))
        except Locale.DoesNotExist:
            translation_ = None
        return translation_ if translation_ is not None and translation_.live else self

    def send_confirmation(self, request, submission, language):
        """The confirmation email in the subscriber's language.

        Returns whether it was sent; a mail server that fails is logged without the address.
        """
        page = self.in_language(language).specific
        page_url = absolute_url(request, page) if request is not None else page.full_url
        context = {
            "page": page,
            "confirm_url": page_url
            + page.reverse_subpage("confirm")
            + "?"
            + urlencode({"token": submission.signed_token()}),
            "page_url": page_url,
            "days": CONFIRMATION_MAX_AGE.days,
        }
        with translation.override(language):
            subject = render_to_string("engage/email/newsletter_subject.txt", context)
            body = render_to_string("engage/email/newsletter_confirm.txt", context)
        message = EmailMessage(" ".join(subject.split()), body, to=[submission.email])
        try:
            message.send()
        except MAIL_ERRORS as error:
            logger.warning(
                "Newsletter confirmation email not sent (submission %s): %s",
                submission.pk,
                type(error).__name__,
            )
            return False
        return True

    @path("confirm/", name="confirm")
    def confirm(self, request):
        """Visiting the link confirms; again, it says so again. Bad or expired: 400.

        The signed token is in the query string (Wagtail's page paths allow no colon).
        """
        signer = signing.TimestampSigner(salt=SIGNING_SALT)
        token = request.GET.get("token", "")
        status = 200
        try:
            raw = signer.unsign(token)
        except signing.BadSignature:
            state, status = "invalid", 400
        else:
            submission = NewsletterSubmission.objects.filter(token=raw).first()
            if submission is None:
                state, status = "unknown", 404
            elif submission.confirmed_at is not None:
                state = "confirmed"
            else:
                try:
                    signer.unsign(token, max_age=CONFIRMATION_MAX_AGE)
                except signing.SignatureExpired:
                    state, status = "expired", 400
                else:
                    NewsletterSubmission.objects.filter(
                        pk=submission.pk, confirmed_at__isnull=True
                    ).update(confirmed_at=timezone.now())
                    state = "confirmed"
        response = self.render(
            request,
            template="engage/newsletter_confirm.html",
            context_overrides={"state": state},
        )
        response.status_code = status
        patch_cache_control(response, private=True, no_store=True)
        return response
