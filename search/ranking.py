"""The order of results by relevance: the engine's score, weighed by what a result is.

Engines score by the words alone (bm25 on SQLite, ts_rank on PostgreSQL, Elasticsearch's
own), and the words alone favour short documents: a directory card whose one line is
"Mecanismo Nacional de Prevención de la Tortura" outscores a brief about torture
prevention for `tortura`. Researchers want the substantive content first, and a name
still to find its person or institution first. So, for every engine alike:

- each type of result has a weight, declared by its source (`search_weight` in
  search.contract): briefs, recordings, panels and news above ordinary pages, directory
  entries well below;
- a result *named* by the query (every word asked for is in its title, and they make at
  least half of the title's words: "Defensoría del Pueblo", a person's name, a brief's
  title; or every word is among its other names: an acronym such as "INDDHH") is weighed
  NAME_WEIGHT whatever its type, so known-item and name queries put it first.

Only the best TITLE_CHECKS matches are checked for names (one query for their titles).
"""

from search import registry
from search.engines import ID, KIND, LANG, SCORE
from search.models import SearchDocument
from search.text import ALL_STOP_WORDS, fold, query_terms, stem_words, words

NAME_WEIGHT = 3.0
TITLE_COVERAGE = 0.5
TITLE_CHECKS = 300


def _named(title, names, lang, wanted):
    """Whether the query names this result: all its words in the title, and half of the
    title's words; or all of them among its other names (an acronym). `wanted` is
    {query word: its stems in every language}; `names` the folded words of the title and
    the other names (search.contract)."""
    title_words = [word for word in words(title) if word not in ALL_STOP_WORDS]
    if not title_words:
        return False
    other_names = set(names.split()) - set(title_words)
    if other_names and all(stems & other_names for stems in wanted.values()):
        return True
    title_stems = stem_words(title_words, lang)
    if not all(stems & set(title_stems) for stems in wanted.values()):
        return False
    every_stem = set().union(*wanted.values())
    matched = sum(stem in every_stem for stem in title_stems)
    return matched >= TITLE_COVERAGE * len(title_words)


def ranked(matches, parsed):
    """The matches, best first: (row, weighted score) pairs sorted by score."""
    weights = registry.weights()
    weighted = sorted(
        ((row, row[SCORE] * weights.get(row[KIND], 1.0)) for row in matches),
        key=lambda pair: -pair[1],
    )
    wanted = {
        word: set(query_terms(fold(word)))
        for word in parsed.positive_words()
        if word not in ALL_STOP_WORDS
    }
    if not wanted:
        return weighted
    head = weighted[:TITLE_CHECKS]
    titles = {
        pk: (title, names)
        for pk, title, names in SearchDocument.objects.filter(
            id__in=[row[ID] for row, _score in head]
        ).values_list("id", "title", "names")
    }
    for number, (row, _score) in enumerate(head):
        title, names = titles.get(row[ID], ("", ""))
        if _named(title, names, row[LANG], wanted):
            head[number] = (row, row[SCORE] * NAME_WEIGHT)
    return sorted(head + weighted[TITLE_CHECKS:], key=lambda pair: -pair[1])
