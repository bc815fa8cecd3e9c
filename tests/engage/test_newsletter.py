"""Newsletter sign-up with double opt-in: pending, one email in the chosen language, a
link that confirms (again and again), clear pages for bad links, no duplicates, the admin
export with the confirmed column, nothing personal in the logs."""

import csv
import datetime
import io
import logging

import pytest

from django.core import signing
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from hub.engage.models import SIGNING_SALT, NewsletterPage, NewsletterSubmission
from tests.engage.conftest import confirmation_path

pytestmark = pytest.mark.django_db


def sign_up(client, page, email="Reader@Example.org", language="pt", interests=("upr", "briefs")):
    return client.post(
        page.url, {"email": email, "language": language, "interests": list(interests)}
    )


def test_sign_up_is_pending_and_sends_one_email_in_the_chosen_language(
    client, newsletter, mailoutbox
):
    response = sign_up(client, newsletter)
    assert response.status_code == 200
    assert "open the link in it to confirm" in response.content.decode()
    assert "no-store" in response["Cache-Control"]

    submission = NewsletterSubmission.objects.get()
    assert submission.email == "reader@example.org"
    assert submission.language == "pt"
    assert submission.confirmed_at is None
    assert submission.page_id == newsletter.pk
    assert submission.form_data == {
        "email": "reader@example.org",
        "language": "pt",
        "interests": ["upr", "briefs"],
    }

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["reader@example.org"]
    assert message.subject.startswith("Confirme sua inscrição")
    assert "Para confirmar, abra este link" in message.body
    # The link leads to the Portuguese page of the same newsletter.
    portuguese = NewsletterPage.objects.get(locale__language_code="pt")
    assert confirmation_path(message).startswith(portuguese.url + "confirm/")


def test_the_link_confirms_and_a_second_visit_changes_nothing(client, newsletter, mailoutbox):
    sign_up(client, newsletter, language="es")
    path = confirmation_path(mailoutbox[0])

    first = client.get(path)
    assert first.status_code == 200
    assert "Suscripción confirmada" in first.content.decode()
    assert "no-store" in first["Cache-Control"] and not first.cookies
    confirmed_at = NewsletterSubmission.objects.get().confirmed_at
    assert confirmed_at is not None

    again = client.get(path)
    assert again.status_code == 200
    assert NewsletterSubmission.objects.get().confirmed_at == confirmed_at


def test_bad_unknown_and_expired_links_get_a_clear_page(client, newsletter, mailoutbox):
    sign_up(client, newsletter, language="en")
    path = confirmation_path(mailoutbox[0])
    base = newsletter.url + "confirm/"

    tampered = client.get(path[:-2] + "xx")
    assert tampered.status_code == 400
    assert "This link does not work" in tampered.content.decode()
    assert client.get(base, {"token": "not-a-token"}).status_code == 400
    assert client.get(base).status_code == 400

    unknown = signing.TimestampSigner(salt=SIGNING_SALT).sign("no-such-token")
    response = client.get(base, {"token": unknown})
    assert response.status_code == 404
    assert "This sign-up no longer exists" in response.content.decode()

    class EightDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            old = timezone.now() - datetime.timedelta(days=8)
            return signing.b62_encode(int(old.timestamp()))

    token = NewsletterSubmission.objects.get().token
    expired = client.get(base, {"token": EightDaysAgo(salt=SIGNING_SALT).sign(token)})
    assert expired.status_code == 400
    assert "This link has expired" in expired.content.decode()
    assert NewsletterSubmission.objects.get().confirmed_at is None


def test_signing_up_twice_makes_no_duplicate(client, newsletter, mailoutbox):
    spanish = NewsletterPage.objects.get(locale__language_code="es")
    sign_up(client, newsletter, email="twice@example.org", language="en", interests=["upr"])
    # Again before confirming, on another translation: the same subscription, updated.
    sign_up(client, spanish, email=" TWICE@example.org ", language="es", interests=["opcat"])
    submission = NewsletterSubmission.objects.get()
    assert submission.language == "es" and submission.form_data["interests"] == ["opcat"]
    # Within the hour, the first email's link still does the work: no second email.
    assert len(mailoutbox) == 1

    client.get(confirmation_path(mailoutbox[0]))
    # Again once confirmed: nothing changes.
    sign_up(client, newsletter, email="twice@example.org", language="en", interests=["upr"])
    submission = NewsletterSubmission.objects.get()
    assert submission.confirmed_at is not None
    assert submission.language == "es" and submission.form_data["interests"] == ["opcat"]


def test_signing_up_again_sends_one_email_an_hour_and_none_once_confirmed(
    client, newsletter, mailoutbox
):
    """Anyone may type anyone's address: repeated sign-ups must not flood its inbox, and
    the answer must not tell who is subscribed."""
    first = sign_up(client, newsletter, email="target@example.org", language="en")
    answers = [sign_up(client, newsletter, email="target@example.org") for _ in range(5)]
    assert len(mailoutbox) == 1
    assert all(answer.content == first.content for answer in answers)

    # An hour later a pending address may have one more (the first may have been lost).
    NewsletterSubmission.objects.update(
        confirmation_sent_at=timezone.now() - datetime.timedelta(hours=1, minutes=1)
    )
    sign_up(client, newsletter, email="target@example.org", language="en")
    sign_up(client, newsletter, email="target@example.org", language="en")
    assert len(mailoutbox) == 2

    client.get(confirmation_path(mailoutbox[1]))
    NewsletterSubmission.objects.update(
        confirmation_sent_at=timezone.now() - datetime.timedelta(days=2)
    )
    confirmed = sign_up(client, newsletter, email="target@example.org", language="en")
    assert len(mailoutbox) == 2
    assert confirmed.content == first.content


def test_unconfirmed_sign_ups_are_forgotten_after_a_week(client, newsletter):
    sign_up(client, newsletter, email="late@example.org")
    NewsletterSubmission.objects.update(submit_time=timezone.now() - datetime.timedelta(days=8))
    sign_up(client, newsletter, email="someone-else@example.org")
    assert list(NewsletterSubmission.objects.values_list("email", flat=True)) == [
        "someone-else@example.org"
    ]


def test_mistakes_are_summarised_and_tied_to_their_fields(client, newsletter):
    response = client.post(newsletter.url, {"email": "not an address", "interests": ["nope"]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "data-error-summary" in html and 'href="#id_email"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'id="id_email_error"' in html
    # Groups are fieldsets whose legend names them, described by their help and error.
    assert 'aria-describedby="id_interests_helptext id_interests_error"' in html
    assert "<legend>What interests you" in html
    assert not NewsletterSubmission.objects.exists()


def test_a_robot_filling_the_honeypot_gets_thanks_and_nothing_happens(
    client, newsletter, mailoutbox
):
    response = client.post(
        newsletter.url,
        {"email": "bot@example.org", "language": "en", "website": "http://spam.example"},
    )
    assert response.status_code == 200
    assert "open the link in it to confirm" in response.content.decode()
    assert not NewsletterSubmission.objects.exists()
    assert mailoutbox == []


class FailingBackend:
    """A mail server that refuses every message, naming the recipient as real ones do."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"no")})


def test_a_mail_server_failure_is_said_and_logged_without_the_address(client, newsletter, caplog):
    backend = f"{__name__}.FailingBackend"
    with override_settings(EMAIL_BACKEND=backend), caplog.at_level(logging.DEBUG):
        response = sign_up(client, newsletter, email="private.person@example.org")
    assert response.status_code == 200
    assert "could not send the confirmation email" in response.content.decode()
    assert "Newsletter confirmation email not sent" in caplog.text
    assert "private.person" not in caplog.text


def test_editors_export_the_subscriptions_with_their_status(
    client, admin_client, newsletter, mailoutbox
):
    sign_up(client, newsletter, email="confirmed@example.org", language="en")
    client.get(confirmation_path(mailoutbox[0]))
    spanish = NewsletterPage.objects.get(locale__language_code="es")
    sign_up(client, spanish, email="pending@example.org", language="es", interests=[])

    listing = admin_client.get(reverse("wagtailforms:list_submissions", args=[newsletter.pk]))
    assert listing.status_code == 200
    assert "pending@example.org" in listing.content.decode()

    url = reverse("wagtailforms:list_submissions", args=[newsletter.pk])
    # The rows are written after the admin's language is switched back: the request's.
    response = admin_client.get(url, {"export": "csv"}, headers={"accept-language": "en"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    by_email = {row["Email address"]: row for row in rows}
    assert set(by_email) == {"confirmed@example.org", "pending@example.org"}
    assert by_email["confirmed@example.org"]["Confirmed"] == "yes"
    assert by_email["confirmed@example.org"]["Confirmed at"]
    assert by_email["confirmed@example.org"]["Language of the emails"] == "en"
    assert by_email["pending@example.org"]["Confirmed"] == "no"
    assert by_email["confirmed@example.org"]["What interests you"] == (
        "Universal Periodic Review (UPR), Briefs and publications"
    )
    # Wagtail's Forms menu lists the newsletter.
    forms = admin_client.get(reverse("wagtailforms:index")).content.decode()
    assert newsletter.title in forms


def test_a_sign_up_stays_within_the_query_budget(client, newsletter):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    sign_up(client, newsletter, email="warm@example.org")
    with CaptureQueriesContext(connection) as queries:
        assert sign_up(client, newsletter, email="counted@example.org").status_code == 200
    assert len(queries) <= 25, "\n".join(q["sql"][:150] for q in queries.captured_queries)


def test_the_export_writes_an_address_that_looks_like_a_formula_as_text(
    client, admin_client, newsletter
):
    sign_up(client, newsletter, email="=2+5@example.org", language="en")
    url = reverse("wagtailforms:list_submissions", args=[newsletter.pk])
    response = admin_client.get(url, {"export": "csv"}, headers={"accept-language": "en"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Email address"] for row in rows] == ["'=2+5@example.org"]
