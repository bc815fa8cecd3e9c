"""Synonyms: a query for one term of a group finds every term of it, on every engine.

Editors keep the groups in the admin (`SearchSynonym`: "NPM, MNP, MNPCT, national
preventive mechanism"). `expand` rewrites a parsed query before any engine sees it: a
word or quoted phrase that is a term of a group (compared by stems, so "defensorías"
is "Defensoría"), or a run of typed words that is a multi-word term ("protocolo
facultativo" without quotes), becomes "any of the group's terms". Excluded words are
left as typed.
"""

from dataclasses import dataclass

from search.models import SearchSynonym
from search.query import AnyOf, ParsedQuery, Phrase, Term
from search.text import query_terms, words


def _key(folded_words):
    """What two spellings of a term share: the stems of its words, in order."""
    return tuple(frozenset(query_terms(word)) for word in folded_words)


def _same(key_a, key_b):
    return len(key_a) == len(key_b) and all(a & b for a, b in zip(key_a, key_b, strict=True))


def _clause(folded_words):
    return Term(folded_words[0]) if len(folded_words) == 1 else Phrase(tuple(folded_words))


@dataclass
class Group:
    terms: list  # of tuples of folded words

    def clauses(self):
        return tuple(_clause(term) for term in self.terms)

    def keys(self):
        return [_key(term) for term in self.terms]


def groups():
    """Every synonym group, its terms as folded words."""
    found = []
    for synonym in SearchSynonym.objects.only("terms"):
        terms = [tuple(words(term)) for term in synonym.term_list()]
        terms = list(dict.fromkeys(term for term in terms if term))
        if len(terms) > 1:
            found.append(Group(terms))
    return found


def _group_of(folded_words, known):
    key = _key(folded_words)
    for group, keys in known:
        if any(_same(key, other) for other in keys):
            return group
    return None


def _expanded(option, known):
    """The options one Term or Phrase stands for."""
    typed = (option.word,) if isinstance(option, Term) else option.words
    if isinstance(option, Term) and option.prefix:
        return (option,)
    group = _group_of(typed, known)
    return group.clauses() if group else (option,)


def _flat(options):
    return AnyOf(tuple(dict.fromkeys(options))) if len(options) > 1 else options[0]


def expand(parsed, synonym_groups=None):
    """The query with every synonym found in it read as any of its group."""
    synonym_groups = groups() if synonym_groups is None else synonym_groups
    if not parsed or not synonym_groups:
        return parsed
    known = [(group, group.keys()) for group in synonym_groups]
    longest = max(len(term) for group in synonym_groups for term in group.terms)
    required, clauses, index = [], parsed.required, 0
    while index < len(clauses):
        clause = clauses[index]
        # A run of typed words that is a multi-word term.
        run = 0
        for size in range(min(longest, len(clauses) - index), 1, -1):
            window = clauses[index : index + size]
            if all(isinstance(c, Term) and not c.prefix for c in window):
                group = _group_of(tuple(c.word for c in window), known)
                if group:
                    required.append(_flat(group.clauses()))
                    run = size
                    break
        if run:
            index += run
            continue
        options = clause.options if isinstance(clause, AnyOf) else (clause,)
        expanded = [new for option in options for new in _expanded(option, known)]
        required.append(_flat(expanded))
        index += 1
    return ParsedQuery(required=required, excluded=list(parsed.excluded))
