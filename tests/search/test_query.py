"""Parsing what visitors type, and what each engine receives (no database)."""

import pytest

from search.query import (
    MAX_QUERY_LENGTH,
    AnyOf,
    Phrase,
    QueryError,
    Term,
    parse,
    to_fts5,
    to_tsquery,
)
from search.text import fold, query_terms, terms


def test_fold_removes_accents_and_case():
    assert fold("Defensoría del PUEBLO") == "defensoria del pueblo"
    assert fold("Prevenção") == "prevencao"


@pytest.mark.parametrize(
    ("text", "language", "query"),
    [
        ("Torturas", "es", "tortura"),
        ("facilities", "en", "facility"),
        ("Defensoría", "es", "defensoria"),
        ("mecanismos nacionais", "pt", "mecanismo nacional"),
        ("prevención", "es", "prevencion"),
    ],
)
def test_word_forms_and_accents_give_the_same_terms(text, language, query):
    indexed = terms(text, language)
    for word, term in zip(query.split(), indexed, strict=True):
        assert term in query_terms(fold(word))


def test_words_phrases_or_and_exclusion():
    parsed = parse('tortura "mecanismo nacional" Brasil OR Chile -Argentina -"sin aviso"')
    assert parsed.required == [
        Term("tortura"),
        Phrase(("mecanismo", "nacional")),
        AnyOf((Term("brasil"), Term("chile"))),
    ]
    assert parsed.excluded == [Term("argentina"), Phrase(("sin", "aviso"))]
    assert str(parsed) == 'tortura "mecanismo nacional" brasil OR chile -argentina -"sin aviso"'


@pytest.mark.parametrize(
    "raw",
    [
        '"unbalanced quote',
        "OR",
        "tortura OR",
        "OR OR tortura",
        "-",
        "--",
        '""',
        "NEAR(tortura mecanismo, 3) AND title:x*",
        "tortura) OR (",
        "col:val {title} ^ * +",
        "\x00\x07tortura\x1b[0m",
        "'; DROP TABLE hub_search_document; --",
        "\\' \\\\ ''",
        "ñandú 🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ],
)
def test_hostile_input_becomes_safe_clauses(raw):
    parsed = parse(raw)
    for clause in parsed.required + parsed.excluded:
        options = clause.options if isinstance(clause, AnyOf) else (clause,)
        for option in options:
            found = option.words if isinstance(option, Phrase) else (option.word,)
            assert all(word.isalnum() or "_" in word for word in found)
    if parsed:
        # Every term is quoted: nothing the visitor typed is engine syntax.
        assert to_fts5(parsed, ["title_terms"]).startswith("{title_terms} : (")
        assert "'" in to_tsquery(parsed, "AD")


def test_lone_operators_and_negations_leave_nothing_to_search():
    assert not parse("OR")
    assert not parse("-tortura")
    assert not parse("   ")


def test_stop_words_are_dropped_unless_alone():
    assert parse("the prevention of torture").required == [Term("prevention"), Term("torture")]
    assert parse("de la").required == [Term("de"), Term("la")]


def test_too_long_is_refused_with_a_message():
    with pytest.raises(QueryError, match=str(MAX_QUERY_LENGTH)):
        parse("tortura " * 1000)


def test_fts5_and_tsquery_forms():
    parsed = parse('torturas "national mechanism" -brasil')
    fts = to_fts5(parsed, ["title_terms", "body_terms"])
    assert fts.startswith("{title_terms body_terms} : ((")
    assert '"tortur"' in fts and '"nation mechan"' in fts and "NOT" in fts
    tsquery = to_tsquery(parsed, "AD")
    assert "'tortur':AD" in tsquery and "<->" in tsquery and "!" in tsquery


def test_prefix_for_autocomplete():
    parsed = parse("defens", prefix_last=True)
    assert parsed.required == [Term("defens", prefix=True)]
    assert to_fts5(parsed, ["names"]) == '{names} : ("defens"*)'
    assert to_tsquery(parsed, "B") == "'defens':*B"
