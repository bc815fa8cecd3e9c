"""What a visitor typed, parsed into clauses every engine can run safely.

The syntax is the one search boxes taught everybody: words (all must match), "a phrase"
in quotes, `OR` between two alternatives, `-word` or `-"a phrase"` to exclude. Anything
else (unbalanced quotes, lone operators, FTS5 or tsquery syntax, control characters,
punctuation) is read as plain words or dropped, so no input reaches an engine as syntax.
Only a query longer than MAX_QUERY_LENGTH is refused (QueryError, a 400 for the views).
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from search.text import ALL_STOP_WORDS, LANGUAGES, query_terms, stem_words, words

MAX_QUERY_LENGTH = 500
MAX_CLAUSES = 16

TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


class QueryError(ValueError):
    """A query the search refuses, with a message for the visitor."""


@dataclass(frozen=True)
class Term:
    word: str  # folded, unstemmed
    prefix: bool = False

    def stems(self):
        return query_terms(self.word)

    def __str__(self):
        return self.word


@dataclass(frozen=True)
class Phrase:
    words: tuple

    def stems_by_language(self):
        """One stemmed phrase per language, without repeats."""
        return sorted({tuple(stem_words(list(self.words), language)) for language in LANGUAGES})

    def __str__(self):
        return '"' + " ".join(self.words) + '"'


@dataclass(frozen=True)
class AnyOf:
    options: tuple  # of Term and Phrase

    def __str__(self):
        return " OR ".join(str(option) for option in self.options)


@dataclass
class ParsedQuery:
    required: list = field(default_factory=list)
    excluded: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.required)

    def __str__(self):
        return " ".join(
            [str(clause) for clause in self.required] + [f"-{c}" for c in self.excluded]
        )

    def positive_words(self):
        """Every folded word the visitor asked for (for highlighting)."""
        found = []
        for clause in self.required:
            for option in clause.options if isinstance(clause, AnyOf) else (clause,):
                found.extend(option.words if isinstance(option, Phrase) else (option.word,))
        return found


def strip_control(text):
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in (text or "")).strip()


def _clause(text):
    """A Term, a Phrase or None for a piece of text (a word or a quoted phrase)."""
    found = words(text)
    if not found:
        return None
    if len(found) == 1:
        return Term(found[0])
    return Phrase(tuple(found))


def parse(raw, prefix_last=False):
    """Parse what a visitor typed. Raises QueryError only when the query is too long."""
    text = strip_control(raw)
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            _("The search is too long: use at most %(limit)d characters.")
            % {"limit": MAX_QUERY_LENGTH}
        )
    if text.count('"') % 2:
        # An unbalanced quote: the last one is read as a space.
        head, _quote, tail = text.rpartition('"')
        text = f"{head} {tail}"

    parsed = ParsedQuery()
    pending_or = False
    for negated, phrase, bare in TOKEN.findall(text):
        if bare in ("OR", "|", "||"):
            pending_or = bool(parsed.required)
            continue
        if bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        clause = _clause(phrase if phrase or not bare else bare)
        if clause is None:
            continue
        if negated:
            parsed.excluded.append(clause)
            pending_or = False
            continue
        if pending_or:
            previous = parsed.required.pop()
            options = previous.options if isinstance(previous, AnyOf) else (previous,)
            parsed.required.append(AnyOf(options + (clause,)))
            pending_or = False
        else:
            parsed.required.append(clause)

    content = [c for c in parsed.required if not (isinstance(c, Term) and c.word in ALL_STOP_WORDS)]
    if content:
        parsed.required = content
    parsed.required = parsed.required[:MAX_CLAUSES]
    parsed.excluded = parsed.excluded[:MAX_CLAUSES]
    if prefix_last and parsed.required and isinstance(parsed.required[-1], Term):
        parsed.required[-1] = Term(parsed.required[-1].word, prefix=True)
    return parsed


# Compilers: one per engine. Every term reaches the engine quoted, never as syntax.


def _fts5_string(value):
    return '"' + value.replace('"', '""') + '"'


def _fts5_clause(clause):
    if isinstance(clause, AnyOf):
        return "(" + " OR ".join(_fts5_clause(option) for option in clause.options) + ")"
    if isinstance(clause, Phrase):
        variants = [_fts5_string(" ".join(stems)) for stems in clause.stems_by_language()]
    elif clause.prefix:
        variants = [_fts5_string(clause.word) + "*"]
    else:
        variants = [_fts5_string(stem) for stem in clause.stems()]
    return variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")"


def to_fts5(parsed, columns):
    """An FTS5 MATCH expression restricted to `columns`."""
    expression = " AND ".join(_fts5_clause(clause) for clause in parsed.required)
    if parsed.excluded:
        expression = f"({expression}) NOT ({' OR '.join(map(_fts5_clause, parsed.excluded))})"
    return "{" + " ".join(columns) + "} : (" + expression + ")"


def _tsquery_lexeme(value, weights):
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'" + weights


def _tsquery_clause(clause, weights):
    if isinstance(clause, AnyOf):
        return "(" + " | ".join(_tsquery_clause(option, weights) for option in clause.options) + ")"
    if isinstance(clause, Phrase):
        variants = [
            "(" + " <-> ".join(_tsquery_lexeme(stem, ":" + weights) for stem in stems) + ")"
            for stems in clause.stems_by_language()
        ]
    elif clause.prefix:
        variants = [_tsquery_lexeme(clause.word, ":*" + weights)]
    else:
        variants = [_tsquery_lexeme(stem, ":" + weights) for stem in clause.stems()]
    return variants[0] if len(variants) == 1 else "(" + " | ".join(variants) + ")"


def to_tsquery(parsed, weights):
    """A to_tsquery('simple', …) string; `weights` restricts matches ("AD": title, body)."""
    expression = " & ".join(_tsquery_clause(clause, weights) for clause in parsed.required)
    for clause in parsed.excluded:
        expression += " & !" + _tsquery_clause(clause, weights)
    return expression


def to_wagtail(parsed):
    """The same query as Wagtail search query objects (for Elasticsearch)."""
    from wagtail.search.query import And, Not, Or, PlainText
    from wagtail.search.query import Phrase as WagtailPhrase

    def convert(clause):
        if isinstance(clause, AnyOf):
            return Or([convert(option) for option in clause.options])
        if isinstance(clause, Phrase):
            return WagtailPhrase(" ".join(clause.words))
        return PlainText(clause.word)

    parts = [convert(clause) for clause in parsed.required]
    parts += [Not(convert(clause)) for clause in parsed.excluded]
    return parts[0] if len(parts) == 1 else And(parts)
