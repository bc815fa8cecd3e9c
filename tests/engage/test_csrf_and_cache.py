"""Form pages are cached whole with no CSRF token and no cookie; the token comes when the
form is used (JSON endpoint, as hub.js does), and a POST without one gets the form again,
filled in, with a token, instead of a bare 403."""

import re

import pytest

from django.test import Client

from hub.core.models import StandardPage
from hub.engage.models import NewsletterSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser():
    """A client that checks CSRF as a real browser's requests are checked."""
    return Client(enforce_csrf_checks=True)


def token_in(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.mark.usefixtures("page_cache_on")
@pytest.mark.parametrize("kind", ["newsletter", "contact"])
def test_form_pages_are_cached_without_token_or_cookie(browser, kind, request):
    page = request.getfixturevalue(kind)
    first = browser.get(page.url)
    assert first.status_code == 200
    html = first.content.decode()
    assert 'data-csrf-url="/api/csrf/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not first.cookies and "Set-Cookie" not in first
    assert first["X-Page-Cache"] == "miss"
    second = browser.get(page.url)
    assert second["X-Page-Cache"] == "hit" and not second.cookies


def test_the_token_endpoint_sets_the_cookie_and_is_never_cached(browser):
    response = browser.get("/api/csrf/")
    assert response.status_code == 200
    assert response.json()["token"]
    assert "csrftoken" in response.cookies
    assert "no-store" in response["Cache-Control"]
    assert "Access-Control-Allow-Origin" not in response


def test_a_token_fetched_on_use_lets_the_form_through(browser, newsletter, mailoutbox):
    token = browser.get("/api/csrf/").json()["token"]
    data = {"email": "js@example.org", "language": "en", "csrfmiddlewaretoken": token}
    response = browser.post(newsletter.url, data)
    assert response.status_code == 200
    assert NewsletterSubmission.objects.filter(email="js@example.org").exists()


def test_without_javascript_the_form_comes_back_with_a_token(browser, newsletter, mailoutbox):
    data = {"email": "nojs@example.org", "language": "pt", "interests": ["upr", "nhri"]}
    refused = browser.post(newsletter.url, data)
    assert refused.status_code == 403
    html = refused.content.decode()
    assert "Please send the form again" in html
    assert "csrftoken" in refused.cookies
    assert "no-store" in refused["Cache-Control"]
    # What the visitor typed is there again.
    assert 'value="nojs@example.org"' in html
    assert re.search(r'value="pt"[^>]*checked', html)
    assert re.search(r'value="nhri"[^>]*checked', html)
    assert not NewsletterSubmission.objects.exists() and mailoutbox == []

    # Sending it again (the browser now has the cookie) goes through.
    accepted = browser.post(newsletter.url, {**data, "csrfmiddlewaretoken": token_in(html)})
    assert accepted.status_code == 200
    assert NewsletterSubmission.objects.get().email == "nojs@example.org"
    assert len(mailoutbox) == 1


def test_a_contact_message_without_javascript_too(browser, contact):
    refused = browser.post(contact.url, {"name": "N", "email": "n@example.org", "message": "Hi"})
    assert refused.status_code == 403
    html = refused.content.decode()
    assert "Please send the form again" in html and "Hi</textarea>" in html
    data = {"name": "N", "email": "n@example.org", "message": "Hi"}
    accepted = browser.post(contact.url, {**data, "csrfmiddlewaretoken": token_in(html)})
    assert "Thank you for your message" in accepted.content.decode()


def test_other_refused_posts_keep_django_403(browser):
    page = StandardPage.objects.live().filter(locale__language_code="en").first()
    response = browser.post(page.url, {"anything": "1"})
    assert response.status_code == 403
    assert "Please send the form again" not in response.content.decode()
