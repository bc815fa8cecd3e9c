"""The words of the search documents, and the spelling corrections drawn from them.

Every document adds its words (folded, per language: the title in the document's
language, each text in its own) to the `SearchWord` table, which counts how many
documents hold each word. `search.documents` keeps it as documents are written and
removed (`changed`), and `rebuild` counts it again from the documents. It belongs to the
index, not to an engine: the same corrections on SQLite, PostgreSQL and Elasticsearch.

`correct(word, languages)` finds the likeliest word the visitor meant, among the words of
the languages searched: the nearest by edit distance (a transposed pair of letters
counts as one edit), the commonest of the nearest. Only words of four letters or more
are corrected (one edit up to seven letters, two from eight), into words that start
with the same letter.
"""

import contextlib
import contextvars
from collections import Counter
from functools import lru_cache

from django.db import transaction
from django.db.models import F

from search.models import SearchDocument, SearchWord
from search.text import WORD, fold

MIN_LENGTH = 4
MAX_LENGTH = 60
CHUNK = 400  # words per IN (...) list

_paused = contextvars.ContextVar("search_vocabulary_paused", default=False)


def document_words(title, lang, parts):
    """{(lang, word): form} of one document's title and texts: words of letters, 4 to 60
    long, folded ("defensoria"), with a form as written, in lower case ("defensoría")."""
    found = {}
    for language, text in [(lang, title), *parts]:
        for form in set(WORD.findall(text.lower())):
            word = fold(form)
            if MIN_LENGTH <= len(word) <= MAX_LENGTH and word.isalpha():
                found.setdefault((language, word), form[:MAX_LENGTH])
    return found


def words_of(document):
    if document is None:
        return {}
    return document_words(document.title, document.lang, document.parts)


@contextlib.contextmanager
def paused():
    """Within it, `changed` does nothing: for a rebuild that counts everything at the end."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


class Change:
    """What writing or removing documents does to the counts: {(lang, word): +n or -n},
    and the written form of each word added."""

    def __init__(self):
        self.deltas, self.forms = Counter(), {}

    def add(self, old, new):
        """One document's words going from `old` to `new` ({(lang, word): form})."""
        for key in new.keys() - old.keys():
            self.deltas[key] += 1
            self.forms.setdefault(key, new[key])
        for key in old.keys() - new.keys():
            self.deltas[key] -= 1
        return self


def changed(change):
    """Apply a Change to the counts."""
    if _paused.get():
        return
    deltas = {key: delta for key, delta in change.deltas.items() if delta}
    if not deltas:
        return
    added = [key for key, delta in deltas.items() if delta > 0]
    with transaction.atomic():
        for start in range(0, len(added), CHUNK):
            SearchWord.objects.bulk_create(
                [
                    SearchWord(
                        lang=lang,
                        word=word,
                        form=change.forms.get((lang, word), word),
                        length=len(word),
                        documents=0,
                    )
                    for lang, word in added[start : start + CHUNK]
                ],
                ignore_conflicts=True,
            )
        by_delta = {}
        for (lang, word), delta in deltas.items():
            by_delta.setdefault((lang, delta), []).append(word)
        for (lang, delta), found in by_delta.items():
            for start in range(0, len(found), CHUNK):
                SearchWord.objects.filter(lang=lang, word__in=found[start : start + CHUNK]).update(
                    documents=F("documents") + delta
                )
        SearchWord.objects.filter(documents__lte=0).delete()


def rebuild(document_model=SearchDocument, word_model=SearchWord):
    """Count every word of every document again. Returns the number of words. (The
    models are arguments for migration 0004, which passes its historical ones.)"""
    counts, forms = Counter(), {}
    documents = document_model.objects.only("title", "lang", "parts").iterator(chunk_size=200)
    for document in documents:
        found = words_of(document)
        counts.update(found.keys())
        for key, form in found.items():
            forms.setdefault(key, form)
    with transaction.atomic():
        word_model.objects.all().delete()
        rows = [
            word_model(
                lang=lang, word=word, form=forms[lang, word], length=len(word), documents=count
            )
            for (lang, word), count in counts.items()
        ]
        word_model.objects.bulk_create(rows, batch_size=2000)
    return len(counts)


def edit_distance(a, b, limit):
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours),
    or limit + 1 when it is more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=64)
def allowed_edits(length):
    return 1 if length < 8 else 2


def _in(languages):
    return SearchWord.objects.filter(lang__in=languages) if languages else SearchWord.objects.all()


def known(word, languages=()):
    return _in(languages).filter(word=word).exists()


def correct(word, languages=()):
    """The word the visitor most likely meant, as written ("prevención"), or None when the
    word is known, too short, or nothing is near enough. `word` is folded; `languages`
    (none: all) are the query's: the word is looked up, and corrected, in those."""
    if len(word) < MIN_LENGTH or len(word) > MAX_LENGTH or not word.isalpha():
        return None
    if known(word, languages):
        return None
    limit = allowed_edits(len(word))
    candidates = (
        _in(languages)
        .filter(
            length__gte=len(word) - limit, length__lte=len(word) + limit, word__startswith=word[0]
        )
        .values_list("word", "form", "documents")
        .order_by()
    )
    best = None
    for candidate, form, count in candidates.iterator(chunk_size=2000):
        distance = edit_distance(word, candidate, limit)
        if distance > limit:
            continue
        rank = (distance, -count, candidate)
        if best is None or rank < best[0]:
            best = (rank, form or candidate)
    return best[1] if best else None


def corrections(parsed, languages=()):
    """{folded word typed: word meant} for the words of a query that the index does not
    hold and that are near a word it does (exclusions and prefixes left alone)."""
    from search.query import AnyOf, Phrase, Term

    found = {}
    for clause in parsed.required:
        for option in clause.options if isinstance(clause, AnyOf) else (clause,):
            typed = option.words if isinstance(option, Phrase) else (option.word,)
            if isinstance(option, Term) and option.prefix:
                continue
            for word in typed:
                if word not in found:
                    meant = correct(word, languages)
                    if meant and fold(meant) != word:
                        found[word] = meant
    return found


def respell(text, found):
    """What the visitor typed with each corrected word replaced, the rest as typed."""
    return WORD.sub(lambda match: found.get(fold(match.group()), match.group()), text)
