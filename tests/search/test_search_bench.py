"""The search speed benchmark (bench/search.py) measures the search the site runs: its
writing keeps the spelling vocabulary as a rebuild counts it, its typing mistakes are
corrected and its synonyms found on its own corpus, the corpus is the same on every run,
and the "largest size under 50 ms" line reads the measured sizes right. Not timing: the
benchmark itself is run by hand."""

import pytest

from search import vocabulary
from search.models import SearchDocument, SearchWord
from tests.search.benches import load_bench

bench = load_bench("search")
corpus = load_bench("search_corpus")


def _words():
    return set(SearchWord.objects.values_list("lang", "word", "documents"))


@pytest.fixture
def written(db):
    """The bench's first 150 documents, alone in the index as in the bench (the test
    database starts with the demo's)."""
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    documents = corpus.generate(150, avoid=bench.TYPO_WORDS)
    bench.index(documents, 150)
    return documents


def test_writing_keeps_the_vocabulary_as_a_rebuild_counts_it(written):
    assert SearchDocument.objects.count() == 150
    kept = _words()
    assert len(kept) > 1000  # the invented names too, not only the themes' few hundred
    vocabulary.rebuild()
    assert _words() == kept


def test_the_typing_mistakes_are_corrected_and_the_synonyms_found(written):
    _timings, answers, engine_share = bench.run_queries(1)
    assert 0 < engine_share < 1
    corrected = {query["q"]: answers[query["q"]] for query in bench.TYPOS}
    assert all(
        total and fixed and not fixed.startswith("suggested") for total, fixed in corrected.values()
    ), corrected
    assert set(bench.TYPO_WORDS) <= {word for query in corrected for word in query.split()}
    texts = " ".join(document.body + document.title for document in SearchDocument.objects.all())
    assert "NPM" not in texts and "EPU" not in texts
    for query in bench.SYNONYMS:
        assert answers[query["q"]][0] > 0, query


def test_the_corpus_is_the_same_on_every_run_and_a_smaller_one_is_its_start(db):
    larger = [(key, built.fields()) for key, built in corpus.generate(40, avoid=bench.TYPO_WORDS)]
    smaller = [(key, built.fields()) for key, built in corpus.generate(25, avoid=bench.TYPO_WORDS)]
    assert smaller == larger[:25]
    pool, weights = corpus.invented_words(bench.TYPO_WORDS)
    assert len(set(pool)) == corpus.INVENTED and weights == sorted(weights)
    near = [
        (name, typo)
        for name in pool
        for typo in bench.TYPO_WORDS
        if name.lower()[0] == typo[0] and vocabulary.edit_distance(name.lower(), typo, 2) <= 2
    ]
    assert near == []


def _rows(*medians):
    sizes = [1000, 10000, 30000, 50000, 100000][: len(medians)]
    return [{"documents": size, "median_ms": ms} for size, ms in zip(sizes, medians, strict=True)]


def test_largest_size_under_the_limit():
    under, over, estimate = bench.largest_under(_rows(10, 30, 60, 40), limit=50)
    # 50,000 is under again, but 30,000 was over: the first size over ends it.
    assert (under["documents"], over["documents"]) == (10000, 30000)
    assert estimate == 23000  # 10,000 + 20/30 of the 20,000 between them
    under, over, estimate = bench.largest_under(_rows(10, 20, 30), limit=50)
    assert (under["documents"], over, estimate) == (30000, None, None)
    under, over, estimate = bench.largest_under(_rows(70, 80), limit=50)
    assert (under, over["documents"], estimate) == (None, 1000, None)
    assert "no size measured" in bench.conclusion("sqlite", _rows(70, 80))
    assert "about 23,000" in bench.conclusion("sqlite", _rows(10, 30, 60, 40))
