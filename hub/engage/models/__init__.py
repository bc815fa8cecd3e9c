"""The newsletter sign-up (double opt-in) and the contact page: Wagtail form pages.

Both are public pages, cached whole for anonymous visitors (hub.core.page_cache), so
their HTML carries no CSRF token and sets no cookie. static/js/hub.js fetches a token
from /api/csrf/ when the visitor starts using a form; without JavaScript Django's CSRF
check refuses the first POST and hub.engage.views.csrf_failure shows the form again,
filled in, with a token and a note. A filled honeypot gets the thank-you page and
nothing is stored or sent; POSTs are rate-limited (hub.core.ratelimits, group "forms").

A sign-up is stored pending, with a random token; the email in the subscriber's language
links to the page's confirm/ route with that token, signed and dated. One subscription
per address and newsletter (all translations of the page are one newsletter): signing up
again updates a pending subscription and leaves a confirmed one alone. Editors see the
submissions under Forms in the admin and export them (CSV, XLSX) with their status.
Nothing personal is logged.
"""

from .base import MAIL_ERRORS, FixedFormMixin, FormPageFields
from .contact import ContactPage
from .newsletter import (
    CONFIRMATION_MAX_AGE,
    SIGNING_SALT,
    NewsletterPage,
    NewsletterSubmission,
    new_token,
)

__all__ = [
    "CONFIRMATION_MAX_AGE",
    "MAIL_ERRORS",
    "SIGNING_SALT",
    "ContactPage",
    "FixedFormMixin",
    "FormPageFields",
    "NewsletterPage",
    "NewsletterSubmission",
    "new_token",
]
