"""Words as the search index sees them: folded, split and stemmed per language.

The database engines (SQLite FTS5, PostgreSQL full text) store and match *terms*: each
word lower-cased, stripped of accents, then reduced by the Snowball stemmer of the
language it was written in ("Torturas" → "tortur", "facilities" → "facil"). Folding
before stemming makes "defensoria" and "Defensoría" the same term whatever the visitor
types. A query word is stemmed in all three languages, so a Spanish word typed on the
English site still finds Spanish text.
"""

import functools
import re
import unicodedata

import snowballstemmer

LANGUAGES = ("es", "en", "pt")
STEMMER_NAMES = {"es": "spanish", "en": "english", "pt": "portuguese"}

# Words, numbers and document symbols ("A/HRC/19/4" → "a", "hrc", "19", "4").
WORD = re.compile(r"\w+", re.UNICODE)

# Common words left out of queries (they are kept in the index, so phrases still match).
STOP_WORDS = {
    "es": set(
        "a al con de del el en la las lo los o para por que se su sus un una uno unos y".split()
    ),
    "en": set("a an and as at by for from in into is of on or the to with".split()),
    "pt": set("a ao as com da das de do dos e em na nas no nos o os ou para por um uma".split()),
}
ALL_STOP_WORDS = set().union(*STOP_WORDS.values())


def fold(text):
    """Lower case without accents: "Defensoría" → "defensoria"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text):
    """The folded words of a text, in order."""
    return WORD.findall(fold(text))


@functools.cache
def _stemmer(language):
    # snowballstemmer hands out PyStemmer's C stemmers when PyStemmer is installed.
    return snowballstemmer.stemmer(STEMMER_NAMES.get(language, "spanish"))


def stem_words(folded_words, language):
    return _stemmer(language).stemWords(folded_words)


def terms(text, language):
    """The index terms of a text written in `language`, in order."""
    return stem_words(words(text), language)


def term_string(text, language):
    return " ".join(terms(text, language))


def query_terms(word):
    """Every stem a folded query word can have in the three languages, sorted."""
    return sorted({_stemmer(language).stemWord(word) for language in LANGUAGES})
