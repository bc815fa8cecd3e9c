"""Wagtail's own search index on PostgreSQL, written without recompiling the same SQL.

modelsearch's PostgreSQL backend (Wagtail's "database" backend on PostgreSQL) builds
three tsvector expressions for every object it indexes (title, autocomplete, body) out
of Django expressions, and compiles each one to SQL: about two thirds of the time a
50,000-row recommendations import spent on PostgreSQL (profiled with cProfile; SQLite's
backend writes plain text and needs none of it). The SQL of a vector depends only on its
shape — the weights of its texts and the search configuration — so `CompiledIndexer`
compiles each shape once, with placeholder texts, and then only puts each object's texts
into the parameters: the statement modelsearch sends is the same, character for
character and parameter for parameter (tests/search/test_wagtail_index.py compares the
index rows both ways).

`use_compiled_vectors` puts it in place of modelsearch's `ObjectIndexer` (its
PostgreSQL index looks that name up for every batch; there is no setting for it), once,
when the search app starts on PostgreSQL.
"""

import threading

from django.db import connections, router
from django.db.models import Expression
from django.db.models.sql.subqueries import InsertQuery

_compiled = {}
_lock = threading.Lock()


class CompiledVector(Expression):
    """A tsvector expression already compiled to SQL and parameters."""

    def __init__(self, sql, params, output_field):
        super().__init__(output_field=output_field)
        self.sql, self.params = sql, params

    def resolve_expression(self, *args, **kwargs):
        return self

    def as_sql(self, compiler, connection):
        return self.sql, list(self.params)


def _placeholder(number):
    return f"\x00hub-text-{number}\x00"  # PostgreSQL text never holds NUL


def use_compiled_vectors():
    from modelsearch.backends.database.postgres import postgres

    class CompiledIndexer(postgres.ObjectIndexer):
        def as_vector(self, texts, for_autocomplete=False):
            # What modelsearch's as_vector keeps: the texts stripped, empty ones left out.
            texts = [(text.strip(), weight) for text, weight in texts]
            texts = [(text, weight) for text, weight in texts if text]
            config = self.autocomplete_config if for_autocomplete else self.config
            shape = (tuple(weight for _text, weight in texts), config, for_autocomplete)
            compiled = _compiled.get(shape)
            if compiled is None:
                compiled = self._compile(shape, len(texts), for_autocomplete)
            sql, params, slots, field = compiled
            params = list(params)
            for slot, (text, _weight) in zip(slots, texts, strict=True):
                params[slot] = text
            return CompiledVector(sql, params, field)

        def _compile(self, shape, count, for_autocomplete):
            weights = shape[0]
            placeholders = [(_placeholder(n), weight) for n, weight in enumerate(weights)]
            vector = super().as_vector(placeholders, for_autocomplete=for_autocomplete)
            model = postgres.IndexEntry
            connection = connections[router.db_for_write(model)]
            compiler = InsertQuery(model).get_compiler(connection=connection)
            field = model._meta.get_field("body")
            sql, params = compiler.prepare_value(field, vector).as_sql(compiler, connection)
            slots = [params.index(_placeholder(n)) for n in range(count)]
            compiled = (sql, tuple(params), slots, field)
            with _lock:
                _compiled[shape] = compiled
            return compiled

    if not getattr(postgres.ObjectIndexer, "hub_compiled", False):
        CompiledIndexer.hub_compiled = True
        postgres.ObjectIndexer = CompiledIndexer
    return postgres.ObjectIndexer
