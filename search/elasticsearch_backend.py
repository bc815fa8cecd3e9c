"""Wagtail's Elasticsearch 8 backend as the hub uses it (WAGTAILSEARCH_BACKENDS's
"search.elasticsearch_backend" when ELASTICSEARCH_URL is set; hub/settings/elasticsearch.py).

Three changes to Wagtail's `elasticsearch8` backend, nothing else:

- A query's clauses are matched across the fields, as the database engines do: each word
  or phrase in any title or text, of any language (`multi_match`), and the clauses joined
  by `bool`. Wagtail joins them inside each field instead (`dis_max` over the fields,
  each with the whole query), so `tortura brasil` would need both words in one field.
- `REFRESH` ("true", "wait_for") is passed with every write (index, bulk, delete), so the
  next search sees it: the test settings use it.
- The `side` of Wagtail's unused `edgengram_tokenizer` is left out: the Elasticsearch 8
  API has no such parameter for the `edge_ngram` tokenizer (it ignores it).

The requests it sends and the answers it reads are checked against the Elasticsearch 8
API in tests/search/test_elasticsearch_contract.py.
"""

from elasticsearch import NotFoundError

from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from wagtail.search.index import class_is_indexed
from wagtail.search.query import And, Not, Or, Phrase, PlainText


class HubQueryCompiler(Elasticsearch8SearchQueryCompiler):
    def get_inner_query(self):
        if isinstance(self.query, And | Or | Not | PlainText | Phrase):
            return self._across_fields(self.query)
        return super().get_inner_query()

    def _across_fields(self, query):
        fields = self.remapped_fields
        if isinstance(query, And):
            return {"bool": {"must": [self._across_fields(q) for q in query.subqueries]}}
        if isinstance(query, Or):
            return {
                "bool": {
                    "should": [self._across_fields(q) for q in query.subqueries],
                    "minimum_should_match": 1,
                }
            }
        if isinstance(query, Not):
            return {"bool": {"must_not": [self._across_fields(query.subquery)]}}
        if isinstance(query, PlainText):
            return self._compile_plaintext_query(query, fields)
        if isinstance(query, Phrase):
            return self._compile_phrase_query(query, fields)
        return self._join_and_compile_queries(query, fields)


class HubIndex(Elasticsearch8Index):
    def _refresh(self):
        refresh = self.backend.refresh
        return {"refresh": refresh} if refresh else {}

    def add_item(self, item):
        if not class_is_indexed(item.__class__):
            return
        mapping = self.mapping_class(item.__class__)
        self.es.index(
            index=self.name,
            document=mapping.get_document(item),
            id=mapping.get_document_id(item),
            **self._refresh(),
        )

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        mapping = self.mapping_class(model)
        actions = [
            {"_id": mapping.get_document_id(item), **mapping.get_document(item)} for item in items
        ]
        if actions:
            self.backend.bulk(self.es, actions, index=self.name, **self._refresh())

    def delete_item(self, item):
        if not class_is_indexed(item.__class__):
            return
        mapping = self.mapping_class(item.__class__)
        try:
            self.es.delete(index=self.name, id=mapping.get_document_id(item), **self._refresh())
        except NotFoundError:
            pass  # not in the index: nothing to remove


class HubElasticsearchBackend(Elasticsearch8SearchBackend):
    index_class = HubIndex
    query_compiler_class = HubQueryCompiler

    def __init__(self, params):
        params = dict(params)
        self.refresh = params.pop("REFRESH", "")
        super().__init__(params)
        tokenizers = self.settings["settings"]["analysis"].get("tokenizer", {})
        tokenizers.get("edgengram_tokenizer", {}).pop("side", None)


SearchBackend = HubElasticsearchBackend
