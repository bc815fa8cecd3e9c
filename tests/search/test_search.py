"""The search over the demo site, through the JSON API and the page, on the test database.

These run on SQLite (FTS5) and on PostgreSQL (tsvector) with the same assertions.
"""

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from hub.briefs.models import BriefPage
from hub.core.models import HubDocument, StandardPage
from hub.demo import documents as sample_documents
from hub.network.models import Country, Organisation
from media_library.models import CaptionTrack, RecordingPage
from search.models import SearchDocument
from search.registry import build, kinds

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def api(client, status=200, headers=None, **params):
    response = client.get("/api/search/", params, headers=headers)
    assert response.status_code == status, response.content[:500]
    return response.json()


def titles(data):
    return [result["title"] for result in data["results"]]


def test_every_result_type_is_found_by_its_title(client):
    for kind in kinds():
        document = SearchDocument.objects.filter(kind=kind, lang="en").order_by("id").first()
        assert document is not None, f"the demo has no {kind} in English"
        data = api(client, q=f'"{document.title}"', lang="en", type=kind)
        assert document.title in titles(data), kind
        assert all(result["type"] == kind for result in data["results"])
        assert all(result["lang"] == "en" for result in data["results"])


def test_organisations_name_their_country_in_their_own_language():
    """The country in an organisation's result title follows the organisation's language,
    whatever language the indexing process runs in."""
    organisations = Organisation.objects.filter(country_code="PY").order_by("id")
    expected = {"es": "(Paraguay)", "en": "(Paraguay)", "pt": "(Paraguai)"}
    for language in ("en", "es"):
        with translation.override(language):
            built = {o.locale.language_code: build(o).title for o in organisations}
        assert set(built) == set(expected)
        for code, title in built.items():
            assert title.endswith(expected[code]), (language, title)


def test_a_country_is_indexed_with_its_milestones_in_its_own_language():
    country = Country.objects.get(iso_code="AR", locale__language_code="pt")
    with translation.override("en"):
        text = "\n".join(text for _language, text in build(country).parts)
    assert "Ratificação do OPCAT" in text
    assert "OPCAT ratified" not in text


def test_accents_are_ignored(client):
    with_accent = api(client, q="Defensoría del Pueblo", lang="es")
    without = api(client, q="defensoria del pueblo", lang="es")
    assert without["total"] == with_accent["total"] > 0
    assert any("Defensoría del Pueblo" in title for title in titles(without))


def test_word_forms_match_in_each_language(client):
    for lang, plural, singular in [("es", "torturas", "tortura"), ("pt", "torturas", "tortura")]:
        assert (
            api(client, q=plural, lang=lang)["total"]
            == api(client, q=singular, lang=lang)["total"]
            > 0
        )
    assert (
        api(client, q="mechanisms", lang="en")["total"]
        == api(client, q="mechanism", lang="en")["total"]
        > 0
    )


def test_results_are_in_the_requested_language_unless_all(client):
    spanish = api(client, q="tortura", lang="es")
    assert {result["lang"] for result in spanish["results"]} == {"es"}
    everything = api(client, q="tortura", lang="all")
    assert everything["total"] > spanish["total"]
    languages = {item["value"]: item["count"] for item in everything["facets"]["lang"]}
    assert set(languages) == {"es", "en", "pt"}
    assert languages["es"] == spanish["total"]
    # The language facet keeps its counts when one language is chosen.
    assert {i["value"]: i["count"] for i in spanish["facets"]["lang"]} == languages
    assert api(client, q="tortura", lang="es,pt")["total"] == languages["es"] + languages["pt"]


def test_phrase_or_and_exclusion(client):
    words = api(client, q="mecanismo nacional", lang="es")["total"]
    phrase = api(client, q='"mecanismo nacional"', lang="es")
    assert 0 < phrase["total"] <= words
    brazil = api(client, q="Brasil", lang="pt")["total"]
    chile = api(client, q="Chile", lang="pt")["total"]
    either = api(client, q="Brasil OR Chile", lang="pt")["total"]
    assert max(brazil, chile) <= either <= brazil + chile
    assert (
        api(client, q="tortura -Argentina", lang="es")["total"]
        < api(client, q="tortura", lang="es")["total"]
    )
    assert not any(
        "Argentin" in t for t in titles(api(client, q="mecanismo -argentina", lang="es"))
    )


def test_facets_count_and_filter(client):
    data = api(client, q="tortura", lang="es")
    types = {item["value"]: item["count"] for item in data["facets"]["type"]}
    assert sum(types.values()) == data["total"]
    assert types.get("country", 0) > 0
    countries_only = api(client, q="tortura", lang="es", type="country")
    assert countries_only["total"] == types["country"]
    assert {r["type"] for r in countries_only["results"]} == {"country"}
    # Disjunctive: the type facet still shows the other types.
    assert {i["value"]: i["count"] for i in countries_only["facets"]["type"]} == types
    selected = [i for i in countries_only["facets"]["type"] if i["selected"]]
    assert [i["value"] for i in selected] == ["country"]

    by_country = api(client, q="mecanismo", lang="es", country="AR")
    assert by_country["total"] > 0
    assert by_country["total"] < api(client, q="mecanismo", lang="es")["total"]
    for item in data["facets"]["country"]:
        assert item["label"] and len(item["value"]) == 2


def test_topic_panel_and_year_filters(client):
    brief = BriefPage.objects.live().filter(locale__language_code="en").exclude(panel=None).first()
    panel_key = str(brief.panel.translation_key)
    topic = brief.topics.first().topic
    data = api(client, q="sample", lang="en", panel=panel_key)
    assert brief.title in titles(data)
    panels = {i["value"]: i["label"] for i in data["facets"]["panel"]}
    assert panels[panel_key] == brief.panel.localized.title
    assert brief.title in titles(api(client, q="sample", lang="en", topic=topic.slug))
    year = brief.publication_date.year
    dated = api(client, q="sample", lang="en", year=year)
    assert brief.title in titles(dated)
    assert all(
        result["date"] is None or result["date"].startswith(str(year))
        for result in dated["results"]
    )


def test_sort_by_date_and_pagination(client):
    data = api(client, q="tortura OR sample OR muestra", lang="all", sort="date")
    dates = [r["date"] for r in data["results"] if r["date"]]
    assert dates == sorted(dates, reverse=True)
    assert data["total"] > 10 and data["num_pages"] > 1
    assert len(data["results"]) == 10 and data["next"].endswith("page=2")
    last = api(client, q="tortura OR sample OR muestra", lang="all", sort="date", page=9999)
    assert last["page"] == data["num_pages"] and last["next"] is None and last["results"]
    first_ids = {r["url"] for r in data["results"]}
    second = api(client, q="tortura OR sample OR muestra", lang="all", sort="date", page=2)
    assert not first_ids & {r["url"] for r in second["results"]}


def test_snippets_highlight_the_match(client):
    data = api(client, q="prevencion", lang="es")
    assert data["results"]
    assert any("<mark>" in result["snippet"] for result in data["results"])
    for result in data["results"]:
        assert "<script" not in result["snippet"]


def _publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def _standard_page(parent, title, introduction, django_capture_on_commit_callbacks):
    page = StandardPage(title=title, introduction=introduction, locale=parent.locale)
    parent.add_child(instance=page)
    _publish(page, django_capture_on_commit_callbacks)
    return page


def _english_home():
    return Page.objects.get(depth=2, locale__language_code="en")


def test_a_match_in_the_title_outranks_one_deep_in_a_text(
    client, django_capture_on_commit_callbacks
):
    home = _english_home()
    filler = " ".join(["The network met to discuss places of detention."] * 150)
    deep = _standard_page(
        home,
        "Annual overview",
        filler + " Overcrowding was mentioned once.",
        django_capture_on_commit_callbacks,
    )
    titled = _standard_page(
        home, "Overcrowding in police stations", "A short note.", django_capture_on_commit_callbacks
    )
    results = titles(api(client, q="overcrowding", lang="en"))
    assert results.index(titled.title) < results.index(deep.title)


def test_drafts_private_and_unpublished_pages_are_never_found(
    client, django_capture_on_commit_callbacks
):
    home = _english_home()
    page = _standard_page(
        home, "Quarterly visits ledger", "Ledger.", django_capture_on_commit_callbacks
    )
    assert "Quarterly visits ledger" in titles(api(client, q="ledger", lang="en"))

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert api(client, q="ledger", lang="en")["total"] == 0

    PageViewRestriction.objects.filter(page=page).delete()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert api(client, q="ledger", lang="en")["total"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert api(client, q="ledger", lang="en")["total"] == 0

    draft = StandardPage(title="Unpublished ledger draft", live=False, locale=home.locale)
    home.add_child(instance=draft)
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()
    assert api(client, q="ledger", lang="en")["total"] == 0


def test_editors_picks_come_first_and_searching_writes_nothing(client):
    page = StandardPage.objects.live().filter(locale__language_code="es").order_by("id").first()
    query = Query.objects.create(query_string="opcat")
    SearchPromotion.objects.create(
        query=query, page=page, sort_order=0, description="Lectura básica."
    )
    with CaptureQueriesContext(connection) as captured:
        data = api(client, q="OPCAT", lang="es")
    assert data["results"][0]["title"] == page.title
    assert data["results"][0]["promoted"] is True
    assert data["results"][0]["snippet"] == "Lectura básica."
    assert sum(1 for r in data["results"] if r["url"] == page.url) == 1
    writes = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]
    assert writes == []
    # In English the Spanish page is not promoted; its English translation would be.
    english = api(client, q="opcat", lang="en")
    assert english["results"][0].get("promoted") is True
    assert english["results"][0]["url"] == page.get_translation(_english_home().locale).url


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"unbalanced'},
        {"q": "OR"},
        {"q": "-"},
        {"q": "NEAR(tortura mecanismo) AND title:x* {body}:y ^2"},
        {"q": "tortura\x00\x1f\x7f"},
        {"q": "'; DROP TABLE hub_search_document; --"},
        {"q": "tortura", "page": "999999"},
        {"q": "tortura", "page": "0"},
        {"q": "tortura", "page": "-1"},
        {"q": "tortura", "page": "abc"},
        {"q": "x" * 5000},
        {"q": "tortura", "type": "spaceship"},
        {"q": "tortura", "lang": "fr"},
        {"q": "tortura", "lang": "<script>"},
        {"q": "tortura", "country": "Argentina"},
        {"q": "tortura", "topic": "../../etc"},
        {"q": "tortura", "panel": "1 OR 1=1"},
        {"q": "tortura", "year": "20x1"},
        {"q": "tortura", "sort": "random"},
        {"q": "tortura", "year": "99999999999999999999"},
    ],
)
def test_hostile_queries_get_results_or_a_400_never_a_500(client, params):
    response = client.get("/api/search/", params)
    assert response.status_code in (200, 400)
    data = response.json()
    if response.status_code == 400:
        assert data["error"]
    else:
        assert isinstance(data["total"], int) and isinstance(data["results"], list)
    page = client.get("/es/search/", params)
    assert page.status_code == response.status_code
    if response.status_code == 400:
        assert data["error"].encode() in page.content or b'role="alert"' in page.content


def test_unknown_values_explain_themselves(client):
    english = {"accept-language": "en"}
    assert "es, en, pt or all" in api(client, 400, english, q="x", lang="fr")["error"]
    assert "recording" in api(client, 400, english, q="x", type="video")["error"]
    assert "500" in api(client, 400, english, q="x" * 501)["error"]
    spanish = api(client, 400, {"accept-language": "es"}, q="x", lang="fr")["error"]
    assert spanish.startswith("Idioma desconocido")


def test_autocomplete_titles_and_names(client):
    response = client.get("/api/search/autocomplete/", {"q": "defens", "lang": "es"})
    suggestions = response.json()["results"]
    assert suggestions and all(
        s["title"].lower().startswith("defens") or " defens" in s["title"].lower()
        for s in suggestions
    )
    argentina = client.get("/api/search/autocomplete/", {"q": "argen", "lang": "en"}).json()[
        "results"
    ]
    assert any(s["type"] == "country" and s["title"] == "Argentina" for s in argentina)


def test_search_page_shows_facets_results_and_sort(client):
    html = client.get("/en/search/", {"q": "torture"}).content.decode()
    assert 'class="search-filters"' in html
    assert "<mark>" in html
    assert 'href="?q=torture&amp;lang=all"' in html
    assert 'href="?q=torture&amp;sort=date"' in html
    assert client.get("/en/search/").status_code == 200


# What the issue is done by: words only inside a PDF, words only said in a recording.

PDF_TEXT = {
    "es": ("Las comisarías presentan hacinamiento severo.", "comisarias HACINAMIENTOS"),
    "en": ("Police facilities reported severe overcrowding.", "facility overcrowded"),
    "pt": ("As delegacias apresentam superlotação grave.", "delegacia superlotacao"),
}


@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_a_brief_is_found_by_words_only_inside_its_pdf(
    client, tmp_path, lang, django_capture_on_commit_callbacks
):
    sentence, query = PDF_TEXT[lang]
    brief = BriefPage.objects.live().filter(locale__language_code=lang).order_by("id").first()
    assert api(client, q=query, lang=lang)["total"] == 0
    pdf = sample_documents.make_pdf(tmp_path / "n.pdf", "Nota", "Ana Ejemplo", [sentence], lang)
    document = HubDocument(title="Nota con hallazgos", language=lang)
    document.file.save("nota-hallazgos.pdf", ContentFile(pdf.read_bytes()), save=False)
    with django_capture_on_commit_callbacks(execute=True):
        document.save()  # the extraction task runs after the commit, then re-indexes
        brief.document = document
        brief.save_revision().publish()
    data = api(client, q=query, lang=lang)
    assert [r["title"] for r in data["results"]] == [brief.title]
    assert data["results"][0]["type"] == "brief"
    assert "<mark>" in data["results"][0]["snippet"]


CAPTIONS = {
    "es": ("Las visitas sin aviso previo a las cárceles son esenciales.", "carceles"),
    "en": ("Unannounced visits to prisons are essential.", "prison"),
    "pt": ("As visitas sem aviso prévio às prisões são essenciais.", "prisoes"),
}


@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_a_recording_is_found_by_what_was_said_at_that_moment(
    client, lang, django_capture_on_commit_callbacks
):
    said, query = CAPTIONS[lang]
    page = RecordingPage.objects.live().filter(locale__language_code=lang).order_by("id").first()
    track = CaptionTrack.objects.get(media=page.media, language=lang)
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nApertura.\n\n"
        f"00:01:02.500 --> 00:01:06.000\n{said}\n"
    )
    track.file.save(f"captions-{lang}.vtt", ContentFile(vtt.encode()), save=False)
    with django_capture_on_commit_callbacks(execute=True):
        track.save()
    data = api(client, q=query, lang=lang)
    hits = [r for r in data["results"] if r["type"] == "recording"]
    assert [r["title"] for r in hits] == [page.title]
    hit = hits[0]
    assert hit["t"] == 62
    assert hit["url"] == f"{page.url}?t=62"
    assert "<mark>" in hit["snippet"]
    assert hit["moments"][0]["t"] == 62
    html = client.get(f"/{lang}/search/", {"q": query}).content.decode()
    assert f'href="{page.url}?t=62"' in html
    assert "1:02" in html


def test_the_search_api_has_the_envelope_of_every_list(client):
    data = api(client, q="tortura", lang="es")
    assert {"count", "next", "previous", "results"} <= data.keys()
    assert data["count"] == data["total"] > 0
