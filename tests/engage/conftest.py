import re

import pytest

from django.core.cache import caches

from hub.engage.models import ContactPage, NewsletterPage


@pytest.fixture
def newsletter():
    return NewsletterPage.objects.get(locale__language_code="en")


@pytest.fixture
def contact():
    return ContactPage.objects.get(locale__language_code="en")


@pytest.fixture(autouse=True)
def fresh_counts():
    """Rate-limit counters live in the default cache: each test starts with none."""
    caches["default"].clear()


def confirmation_path(message):
    """The path (and query) of the confirmation link in an email."""
    return re.search(r"https?://[^/\s]+(/\S+/confirm/\?token=\S+)", message.body).group(1)
