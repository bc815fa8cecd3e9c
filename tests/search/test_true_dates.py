"""Search dates are the content's own (issue 18, item 3): an event's or panel's day, a
declaration's adoption, a brief's publication, a recording's day, a news item's date;
never the day the page was loaded or published. A page with no date of its own (a
standard page, an index) has none in search."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page

from hub.events.models import PanelPage
from search.models import SearchDocument
from search.registry import build, key
from tests.factories import (
    ActionPointFactory,
    BriefPageFactory,
    DeclarationPageFactory,
    NewsPageFactory,
    PanelPageFactory,
    RecordingPageFactory,
    StandardPageFactory,
    WorkshopPageFactory,
)

pytestmark = pytest.mark.django_db

FIRST_DAY, LAST_DAY = datetime.date(2011, 12, 13), datetime.date(2011, 12, 14)


def dated(page):
    """(date, year) of the page's search document."""
    data = build(page)
    return data.date, data.year


def local(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def a_workshop(**kwargs):
    return WorkshopPageFactory(start_date=FIRST_DAY, end_date=LAST_DAY, **kwargs)


def test_news_workshops_briefs_are_dated_by_their_own_fields():
    news = NewsPageFactory(date=datetime.date(2012, 4, 27))
    assert dated(news) == (datetime.date(2012, 4, 27), 2012)
    assert dated(a_workshop()) == (FIRST_DAY, 2011)
    brief = BriefPageFactory(publication_date=datetime.date(2011, 12, 5))
    assert dated(brief) == (datetime.date(2011, 12, 5), 2011)


def test_a_panel_is_dated_by_its_session_else_its_programme_day_else_its_workshop():
    workshop = a_workshop()
    # Late in the evening in Buenos Aires is already the next day in UTC: the local day.
    timed = PanelPageFactory(parent=workshop, starts_at=local(LAST_DAY, 22, 30))
    assert dated(timed) == (LAST_DAY, 2011)
    in_programme = PanelPageFactory(parent=workshop)
    workshop.programme = [
        (
            "item",
            {"day": LAST_DAY, "starts": datetime.time(10), "title": "Panel", "panel": in_programme},
        )
    ]
    workshop.save_revision().publish()
    assert dated(PanelPage.objects.get(pk=in_programme.pk)) == (LAST_DAY, 2011)
    untimed = PanelPageFactory(parent=workshop)
    assert dated(untimed) == (FIRST_DAY, 2011)


def test_a_declaration_is_dated_by_its_adoption_else_by_the_workshop_that_ends_with_it():
    adopted = DeclarationPageFactory(date=datetime.date(2012, 3, 1))
    assert dated(adopted) == (datetime.date(2012, 3, 1), 2012)
    undated = DeclarationPageFactory(parent=a_workshop(), date=None)
    assert dated(undated) == (LAST_DAY, 2011)
    point = ActionPointFactory(declaration=undated)
    assert dated(point) == (LAST_DAY, 2011)
    # Nothing tells when a free-standing declaration without a date was adopted.
    assert dated(DeclarationPageFactory(date=None)) == (None, None)


def test_a_recording_is_dated_by_the_day_it_was_recorded_or_not_at_all():
    recording = RecordingPageFactory(media__recorded_on=datetime.date(2011, 12, 14))
    assert dated(recording) == (LAST_DAY, 2011)
    assert dated(RecordingPageFactory()) == (None, None)


def test_a_page_without_a_date_of_its_own_has_no_date_in_search(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(title="Página sin fecha zafirina")
    assert dated(page) == (None, None)
    assert dated(Page.objects.get(depth=2, locale__language_code="en")) == (None, None)
    result = client.get("/api/search/", {"q": "zafirina", "lang": "es"}).json()["results"]
    assert [item["date"] for item in result] == [None]


@pytest.mark.demo
def test_no_demo_document_carries_the_day_it_was_loaded():
    loaded = Page.objects.get(depth=2, locale__language_code="es").first_published_at
    load_day = timezone.localtime(loaded).date()
    assert not SearchDocument.objects.filter(date__gte=load_day).exists()
    for kind in ("workshop", "panel", "declaration"):
        days = set(SearchDocument.objects.filter(kind=kind).values_list("date", flat=True))
        assert days and days <= {FIRST_DAY, LAST_DAY}, kind


@pytest.mark.demo
def test_sort_by_date_puts_the_2012_news_before_the_2011_workshop_and_no_load_date(client):
    loaded = Page.objects.get(depth=2, locale__language_code="en").first_published_at
    load_day = timezone.localtime(loaded).date().isoformat()
    params = {"q": "torture OR panel OR workshop", "lang": "en", "sort": "date"}
    first = client.get("/api/search/", params).json()
    assert first["results"][0]["date"] >= "2012"  # not the 2011 workshop, nor a load date
    results = []
    for number in range(1, first["num_pages"] + 1):
        results += client.get("/api/search/", {**params, "page": number}).json()["results"]
    dates = [result["date"] for result in results]
    undated = dates.index(None) if None in dates else len(dates)
    assert dates[:undated] == sorted(dates[:undated], reverse=True)
    assert set(dates[undated:]) <= {None}  # pages without a date of their own come last
    assert all(date < load_day for date in dates[:undated])
    assert {"workshop", "panel"} <= {result["type"] for result in results}
    for result in results:
        if result["type"] in ("workshop", "panel", "declaration"):
            assert result["date"] in ("2011-12-13", "2011-12-14"), result


def test_publishing_a_workshop_redates_the_pages_dated_by_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        workshop = a_workshop()
        panel = PanelPageFactory(parent=workshop)
        declaration = DeclarationPageFactory(parent=workshop, date=None)
        point = ActionPointFactory(declaration=declaration)
    documents = SearchDocument.objects.filter(key__in=[key(panel), key(declaration), key(point)])
    assert {document.date for document in documents} == {FIRST_DAY, LAST_DAY}
    workshop.start_date, workshop.end_date = datetime.date(2012, 3, 1), datetime.date(2012, 3, 2)
    with django_capture_on_commit_callbacks(execute=True):
        workshop.save_revision().publish()
    dates = {document.key: document.date for document in documents.all()}
    assert dates == {
        key(panel): datetime.date(2012, 3, 1),
        key(declaration): datetime.date(2012, 3, 2),
        key(point): datetime.date(2012, 3, 2),
    }


@pytest.mark.parametrize(
    ("language", "written"),
    [("es", "4 de mayo de 2012"), ("en", "May 4, 2012"), ("pt", "4 de maio de 2012")],
)
def test_a_result_s_date_is_written_as_its_page_s_language_writes_dates(client, language, written):
    from search.documents import sync

    news = NewsPageFactory(
        language=language, title="Zarandajas fechadas", date=datetime.date(2012, 5, 4)
    )
    sync(news)
    html = client.get(f"/{language}/search/", {"q": "zarandajas", "lang": language}).content
    assert f'<time datetime="2012-05-04">{written}</time>' in html.decode()
