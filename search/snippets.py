"""Where a query matched: highlighted snippets and, in transcripts, the moment said.

The same rules as the index: a word of the text matches when its stem (in the text's
language, after folding) is one of the stems of a query word in any language.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.query import AnyOf, Phrase, Term
from search.text import fold, query_terms, stem_words, terms

WORD = re.compile(r"\w+", re.UNICODE)
# How much text a snippet shows around its first match, in characters.
BEFORE, AFTER = 90, 220
# Long documents are scanned this far for the first match.
SCAN_LIMIT = 200_000


class Highlighter:
    def __init__(self, parsed):
        self.stems = set()
        self.prefixes = []
        for clause in parsed.required:
            for option in clause.options if isinstance(clause, AnyOf) else (clause,):
                if isinstance(option, Phrase):
                    for word in option.words:
                        self.stems.update(query_terms(word))
                elif option.prefix:
                    self.prefixes.append(option.word)
                else:
                    self.stems.update(query_terms(option.word))
        # A stem is (almost always) the start of its folded word: a cheap first test.
        self.starts = tuple({stem[:3] for stem in self.stems} | {p[:3] for p in self.prefixes})

    def is_match(self, word, language):
        folded = fold(word)
        if not self.starts or not folded.startswith(self.starts):
            return False
        if any(folded.startswith(prefix) for prefix in self.prefixes):
            return True
        return stem_words([folded], language)[0] in self.stems

    def mark(self, text, language):
        """The text, escaped, with every matching word in <mark>."""
        out, last = [], 0
        for found in WORD.finditer(text):
            if self.is_match(found.group(), language):
                out.append(escape(text[last : found.start()]))
                out.append(f"<mark>{escape(found.group())}</mark>")
                last = found.end()
        out.append(escape(text[last:]))
        return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped

    def first_match(self, text, language):
        for found in WORD.finditer(text[:SCAN_LIMIT]):
            if self.is_match(found.group(), language):
                return found.start()
        return None

    def snippet(self, parts):
        """A window of text around the first match in any part, or the opening words."""
        for language, text in parts:
            position = self.first_match(text, language)
            if position is not None:
                return self._window(text, position, language)
        for language, text in parts:
            if text.strip():
                return self._window(text, 0, language)
        return ""

    def _window(self, text, position, language):
        start = max(0, position - BEFORE)
        end = min(len(text), position + AFTER)
        # Whole words only.
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < position else start
        if end < len(text):
            space = text.rfind(" ", position, end)
            end = space if space > position else end
        window = " ".join(text[start:end].split())
        marked = self.mark(window, language)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(prefix + marked + suffix)  # noqa: S308 - marked is escaped


def _contains(sequence, part):
    size = len(part)
    return any(tuple(sequence[i : i + size]) == part for i in range(len(sequence) - size + 1))


def clause_matches(clause, stems, language):
    """Whether a text whose terms are `stems` (in `language`) satisfies one clause."""
    if isinstance(clause, AnyOf):
        return any(clause_matches(option, stems, language) for option in clause.options)
    if isinstance(clause, Phrase):
        phrase = tuple(stem_words(list(clause.words), language))
        return _contains(stems, phrase)
    if isinstance(clause, Term) and clause.prefix:
        return any(stem.startswith(clause.word) for stem in stems)
    return bool(set(query_terms(clause.word)) & set(stems))


def best_moments(parsed, segments, limit=3):
    """The transcript segments that match the most clauses, earliest first.

    `segments` are (start, text, language) tuples in time order. A segment that holds an
    excluded word is never a moment.
    """
    scored = []
    for start, text, language in segments:
        stems = terms(text, language)
        if any(clause_matches(clause, stems, language) for clause in parsed.excluded):
            continue
        score = sum(clause_matches(clause, stems, language) for clause in parsed.required)
        if score:
            scored.append((score, start, text, language))
    if not scored:
        return []
    best = max(score for score, *_rest in scored)
    return [moment[1:] for moment in scored if moment[0] == best][:limit]
