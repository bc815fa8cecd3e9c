"""The relevance benchmark's judged queries and metrics (bench/relevance.py): the file is
well-formed and names results the demo has, and NDCG and MRR give the known values on
small hand-made rankings. Not timing: the benchmark itself is run by hand."""

import json
import math
from collections import Counter

import pytest

from search.models import SearchDocument
from tests.search.benches import load_bench

relevance = load_bench("relevance")


@pytest.fixture(scope="module")
def queries():
    return relevance.load_judgments()


def test_the_judged_set_covers_the_languages_and_categories(queries):
    assert len(queries) >= 60
    languages = Counter(query["lang"] for query in queries)
    assert set(languages) == set(relevance.LANGUAGES)
    assert min(languages.values()) >= 15, languages
    for language in relevance.LANGUAGES:
        categories = {query["category"] for query in queries if query["lang"] == language}
        assert categories == set(relevance.CATEGORIES), language
    assert len({query["id"] for query in queries}) == len(queries)
    assert len({(query["lang"], query["q"]) for query in queries}) == len(queries)


def test_every_query_has_an_answer_in_its_own_language(queries):
    for query in queries:
        assert query["q"].strip() and query["category"] in relevance.CATEGORIES
        assert max(query["relevant"].values()) >= 2, query["id"]
        for key, grade in query["relevant"].items():
            assert grade in (1, 2, 3), (query["id"], key)
            assert key.startswith(f"/{query['lang']}/"), (query["id"], key)
            assert "?" not in key, (query["id"], key)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda q: q.pop("category"), "lacks"),
        (lambda q: q.update(lang="fr"), "unknown lang"),
        (lambda q: q.update(relevant={"/es/": 1}), "no result graded"),
        (lambda q: q.update(relevant={"/es/": 4}), "grades 1-3"),
        (lambda q: q.update(like="nowhere"), "bad like"),
    ],
)
def test_a_malformed_query_is_refused(tmp_path, change, message):
    query = {"id": "x", "q": "tortura", "lang": "es", "category": "topical"}
    query["relevant"] = {"/es/noticias/": 3}
    change(query)
    path = tmp_path / "judgments.json"
    path.write_text(json.dumps({"queries": [query]}))
    with pytest.raises(ValueError, match=message):
        relevance.load_judgments(path)


def test_a_like_query_takes_the_judgments_of_the_other(tmp_path):
    path = tmp_path / "judgments.json"
    data = {
        "queries": [
            {"id": "a", "q": "tortura", "lang": "es", "category": "topical"},
            {"id": "b", "q": "tortrua", "lang": "es", "category": "typo", "like": "a"},
        ]
    }
    data["queries"][0]["relevant"] = {"/es/a/": 3, "/es/b/": 1}
    data["queries"][1]["relevant"] = {"/es/b/": 2}
    path.write_text(json.dumps(data))
    typo = relevance.load_judgments(path)[1]
    assert typo["relevant"] == {"/es/a/": 3, "/es/b/": 2}


def test_results_are_matched_by_address_each_judgment_once():
    relevant = {
        "/es/red/#org-nhri-ar": 3,
        "/es/grabaciones/audio/": 2,
        "/en/countries/ar/#recommendations | Argentina, cycle 1": 2,
        "/en/countries/ar/#recommendations": 1,
    }
    results = [
        ("/es/red/?country=AR&q=Defensor%C3%ADa#org-nhri-ar", "Defensoría"),
        ("/es/grabaciones/audio/?t=12", "Audio"),
        ("/es/grabaciones/audio/?t=30", "Audio"),  # the same result again: no more gain
        ("/en/countries/ar/#recommendations", "Argentina, cycle 2"),
        ("/en/countries/ar/#recommendations", "Argentina, cycle 1"),
        ("/es/red/", "La red"),
    ]
    assert relevance.grades_of(results, relevant) == [3, 2, 0, 1, 2, 0]


def test_ndcg_known_values():
    assert relevance.ndcg([3, 2, 1], [1, 2, 3]) == pytest.approx(1.0)
    assert relevance.ndcg([0, 3], [3]) == pytest.approx(1 / math.log2(3))  # 0.631
    # DCG 1 + 0 + 3/2 = 2.5; ideal 3 + 1/log2(3) = 3.631
    assert relevance.ndcg([1, 0, 2], [2, 1]) == pytest.approx(2.5 / (3 + 1 / math.log2(3)))
    assert relevance.ndcg([0] * 10 + [3], [3]) == 0.0  # the 11th result is off the first page
    assert relevance.ndcg([], [3, 1]) == 0.0
    # The ideal is cut at ten too: eleven perfect answers in a row score 1.
    assert relevance.ndcg([3] * 11, [3] * 11) == pytest.approx(1.0)


def test_reciprocal_rank_counts_the_first_result_graded_two_or_more():
    assert relevance.reciprocal_rank([3, 0]) == 1.0
    assert relevance.reciprocal_rank([1, 0, 2, 3]) == pytest.approx(1 / 3)
    assert relevance.reciprocal_rank([1, 1, 1]) == 0.0
    assert relevance.reciprocal_rank([0] * 10 + [3]) == 0.0
    assert relevance.reciprocal_rank([]) == 0.0


def test_scores_are_averaged_per_language_and_category():
    query = {"relevant": {"/es/a/": 3, "/es/b/": 2}}
    found = relevance.score(query, [("/es/b/", "B"), ("/es/a/", "A")])
    assert found["rr"] == 1.0 and found["answer_at_1"] == 0.0 and found["zero"] == 0.0
    assert found["ndcg"] == pytest.approx((3 + 7 / math.log2(3)) / (7 + 3 / math.log2(3)))
    empty = relevance.score(query, [])
    assert empty == {"ndcg": 0.0, "rr": 0.0, "answer_at_1": 0.0, "zero": 1.0}

    rows = [
        {"lang": "es", "category": "typo", **empty},
        {"lang": "es", "category": "topical", **found},
        {"lang": "en", "category": "topical", **found},
    ]
    summary = relevance.summarise(rows)
    assert summary["all"]["queries"] == 3 and summary["all"]["zero"] == pytest.approx(1 / 3)
    assert summary["es"]["rr"] == 0.5 and summary["en"]["rr"] == 1.0
    assert summary["topical"]["queries"] == 2 and "pt" not in summary


@pytest.mark.django_db
@pytest.mark.demo
def test_every_judged_result_is_in_the_demo(queries):
    documents = SearchDocument.objects.values_list("url", "title")
    addresses = {relevance.address(url) for url, _title in documents}
    titled = {f"{relevance.address(url)} | {title}" for url, title in documents}
    missing = {
        key
        for query in queries
        for key in query["relevant"]
        if key not in (titled if " | " in key else addresses)
    }
    assert sorted(missing) == []


@pytest.mark.django_db
@pytest.mark.demo
def test_the_bench_searches_as_the_site_does(queries):
    """The benchmark's own search loop on the demo: its answers can be scored."""
    chosen = [query for query in queries if query["id"] in ("es-privacidad", "en-torure")]
    answered = relevance.search_all(chosen)
    measured = relevance.evaluate(chosen, answered)
    assert answered["engine"]
    privacy, typo = measured["queries"]
    grade, rank = privacy["judged"]["/es/privacidad/"]
    assert grade == 3 and rank is not None and privacy["ndcg"] > 0
    assert privacy["zero"] == 0.0 and privacy["total"] >= 1 and privacy["first"]
    assert typo["zero"] == float(typo["total"] == 0)
    assert measured["summary"]["all"]["queries"] == 2
