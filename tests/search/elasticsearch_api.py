"""The Elasticsearch 8 API, as far as the hub uses it: what it accepts and what it answers.

Encoded by hand from the API's own specification (elastic/elasticsearch-specification,
branch 8.19, the version of the pinned `elasticsearch` client; the TypeScript definitions
named beside each entry) and, where the specification says only "string", from the
reference's documented values. The contract tests (test_elasticsearch_contract.py) check
every request the hub sends with `check_request`, and elasticsearch_node.py answers with
the response shapes below (the specification's examples, with the hub's values).
"""

import re

# specification/_types/query_dsl/abstractions.ts: QueryBase
QUERY_BASE = {"boost", "_name"}
MATCH_OPTIONS = {
    "analyzer",
    "auto_generate_synonyms_phrase_query",
    "cutoff_frequency",
    "fuzziness",
    "fuzzy_rewrite",
    "fuzzy_transpositions",
    "lenient",
    "max_expansions",
    "minimum_should_match",
    "operator",
    "prefix_length",
    "zero_terms_query",
}
# Queries whose object is the query's own parameters.
QUERIES = {
    # compound.ts: BoolQuery, DisMaxQuery
    "bool": QUERY_BASE | {"filter", "minimum_should_match", "must", "must_not", "should"},
    "dis_max": QUERY_BASE | {"queries", "tie_breaker"},
    # fulltext.ts: MultiMatchQuery
    "multi_match": QUERY_BASE | MATCH_OPTIONS | {"query", "fields", "slop", "tie_breaker", "type"},
    # MatchAllQuery.ts, MatchNoneQuery.ts
    "match_all": QUERY_BASE,
    "match_none": QUERY_BASE,
}
# Queries of one field: {"match": {field: {parameters} or the query itself}}.
FIELD_QUERIES = {
    "match": QUERY_BASE | MATCH_OPTIONS | {"query"},  # fulltext.ts: MatchQuery
    "match_phrase": QUERY_BASE | {"analyzer", "query", "slop", "zero_terms_query"},
    "term": QUERY_BASE | {"value", "case_insensitive"},  # term.ts: TermQuery
}
OPERATORS = {"and", "or"}  # Operator.ts
TEXT_QUERY_TYPES = {  # fulltext.ts: TextQueryType
    "best_fields",
    "most_fields",
    "cross_fields",
    "phrase",
    "phrase_prefix",
    "bool_prefix",
}
FULL_TEXT = {"match", "match_phrase", "multi_match"}

# _global/search/SearchRequest.ts: the body, and the query string.
SEARCH_BODY = {
    "aggregations", "collapse", "explain", "ext", "from", "highlight", "track_total_hits",
    "indices_boost", "docvalue_fields", "knn", "rank", "min_score", "post_filter", "profile",
    "query", "rescore", "retriever", "script_fields", "search_after", "size", "slice", "sort",
    "_source", "fields", "suggest", "terminate_after", "timeout", "track_scores", "version",
    "seq_no_primary_term", "stored_fields", "pit", "runtime_mappings", "stats",
}  # fmt: skip
# The query-string parameters of each API the hub calls (its *Request.ts `query_parameters`).
REFRESH = {"true", "false", "wait_for"}  # _types/common.ts: Refresh
PARAMS = {
    "search": {"scroll", "size", "from", "_source", "stored_fields", "timeout", "routing"},
    "index": {"refresh", "routing", "timeout", "version", "op_type", "pipeline"},
    "delete": {"refresh", "routing", "timeout", "version"},
    "bulk": {"refresh", "routing", "timeout", "pipeline"},
    "indices.create": {"master_timeout", "timeout", "wait_for_active_shards"},
    "indices.put_mapping": {"master_timeout", "timeout", "write_index_only"},
}

# indices/create/IndicesCreateRequest.ts: the body.
CREATE_INDEX_BODY = {"aliases", "mappings", "settings"}
# indices/_types/IndexSettings.ts: IndexSettings (those an index of the hub may set).
INDEX_SETTINGS = {
    "analysis", "index", "max_ngram_diff", "max_shingle_diff", "max_result_window",
    "number_of_replicas", "number_of_shards", "refresh_interval", "similarity",
}  # fmt: skip
ANALYSIS = {"analyzer", "char_filter", "filter", "normalizer", "tokenizer"}  # IndexSettingsAnalysis
# indices/put_mapping/IndicesPutMappingRequest.ts: the body (TypeMapping).
MAPPING_BODY = {
    "date_detection", "dynamic", "dynamic_date_formats", "dynamic_templates", "_field_names",
    "_meta", "numeric_detection", "properties", "_routing", "_source", "runtime",
}  # fmt: skip

# _types/analysis/analyzers.ts: CustomAnalyzer (type required by the specification).
ANALYZERS = {"custom": {"type", "tokenizer", "filter", "char_filter", "position_increment_gap",
                        "position_offset_gap"}}  # fmt: skip
# _types/analysis/tokenizers.ts
NGRAM_TOKENIZER = {"type", "version", "custom_token_chars", "max_gram", "min_gram", "token_chars"}
TOKENIZERS = {"ngram": NGRAM_TOKENIZER, "edge_ngram": NGRAM_TOKENIZER}
BUILT_IN_TOKENIZERS = {"standard", "whitespace", "keyword", "letter", "classic"}
# _types/analysis/token_filters.ts
TOKEN_FILTERS = {
    "stop": {"type", "version", "ignore_case", "remove_trailing", "stopwords", "stopwords_path"},
    "stemmer": {"type", "version", "language"},
    "ngram": {"type", "version", "max_gram", "min_gram", "preserve_original"},
    "edge_ngram": {"type", "version", "max_gram", "min_gram", "side", "preserve_original"},
}
BUILT_IN_TOKEN_FILTERS = {"lowercase", "asciifolding", "stop", "stemmer", "trim", "unique"}
# _types/analysis/StopWords.ts: StopWordLanguage (those of the hub's languages).
STOP_WORDS = {"_spanish_", "_english_", "_portuguese_", "_brazilian_", "_none_"}
# The stemmer filter's `language` (the reference, "Stemmer token filter", 8.x).
STEMMERS = {
    "english", "light_english", "lovins", "minimal_english", "porter2", "possessive_english",
    "spanish", "light_spanish", "portuguese", "light_portuguese", "minimal_portuguese",
    "portuguese_rslp", "brazilian",
}  # fmt: skip
BUILT_IN_ANALYZERS = {"standard", "simple", "whitespace", "keyword"}

# _types/mapping/core.ts, complex.ts: the properties of each mapping type the hub sends.
CORE = {"copy_to", "dynamic", "fields", "ignore_above", "meta", "properties", "store",
        "synthetic_source_keep"}  # fmt: skip  # CorePropertyBase
DOC_VALUES = CORE | {"doc_values"}
NUMBER = DOC_VALUES | {"boost", "coerce", "ignore_malformed", "index", "null_value",
                       "on_script_error", "script", "time_series_dimension",
                       "time_series_metric"}  # fmt: skip
PROPERTIES = {
    "text": CORE | {"analyzer", "boost", "eager_global_ordinals", "fielddata",
                    "fielddata_frequency_filter", "index", "index_options", "index_phrases",
                    "index_prefixes", "norms", "position_increment_gap", "search_analyzer",
                    "search_quote_analyzer", "similarity", "term_vector"},
    "keyword": DOC_VALUES | {"boost", "eager_global_ordinals", "index", "index_options",
                             "normalizer", "norms", "null_value", "on_script_error", "script",
                             "similarity", "split_queries_on_whitespace",
                             "time_series_dimension"},
    "integer": NUMBER, "long": NUMBER, "double": NUMBER, "float": NUMBER,
    "date": DOC_VALUES | {"boost", "fielddata", "format", "ignore_malformed", "index", "locale",
                          "null_value", "on_script_error", "precision_step", "script"},
    "boolean": DOC_VALUES | {"boost", "fielddata", "ignore_malformed", "index", "null_value",
                             "on_script_error", "script", "time_series_dimension"},
    "nested": CORE | {"enabled", "include_in_parent", "include_in_root"},
}  # fmt: skip
# _global/bulk/types.ts: OperationBase and IndexOperation.
BULK_ACTIONS = {"index", "create", "update", "delete"}
BULK_OPERATION = {"_id", "_index", "routing", "if_primary_term", "if_seq_no", "version",
                  "version_type", "dynamic_templates", "pipeline", "require_alias"}  # fmt: skip

COMPATIBLE = "application/vnd.elasticsearch+json; compatible-with=8"
COMPATIBLE_NDJSON = "application/vnd.elasticsearch+x-ndjson; compatible-with=8"

FIELD_BOOST = re.compile(r"^(?P<name>[\w.]+)(\^\d+(\.\d+)?)?$")


def only(keys, allowed, where):
    unknown = set(keys) - set(allowed)
    assert not unknown, f"{where}: {sorted(unknown)} not in the Elasticsearch 8 API"


def check_index_settings(settings, where="settings"):
    only(settings, INDEX_SETTINGS, where)
    if "index" in settings:
        check_index_settings(settings["index"], f"{where}.index")
    analysis = settings.get("analysis", {})
    only(analysis, ANALYSIS, f"{where}.analysis")
    for name, tokenizer in analysis.get("tokenizer", {}).items():
        only(tokenizer, TOKENIZERS[tokenizer["type"]], f"tokenizer {name}")
    filters = analysis.get("filter", {})
    for name, token_filter in filters.items():
        only(token_filter, TOKEN_FILTERS[token_filter["type"]], f"filter {name}")
        if token_filter["type"] == "stop":
            assert token_filter["stopwords"] in STOP_WORDS, name
        if token_filter["type"] == "stemmer":
            assert token_filter["language"] in STEMMERS, name
    for name, analyzer in analysis.get("analyzer", {}).items():
        only(analyzer, ANALYZERS[analyzer.get("type")], f"analyzer {name}")
        tokenizer = analyzer["tokenizer"]
        assert tokenizer in BUILT_IN_TOKENIZERS | set(analysis.get("tokenizer", {})), name
        for token_filter in analyzer.get("filter", []):
            assert token_filter in BUILT_IN_TOKEN_FILTERS | set(filters), (name, token_filter)
    return set(analysis.get("analyzer", {})) | BUILT_IN_ANALYZERS


def check_mapping(properties, analyzers, where="mappings", root=None):
    """Mapping properties; `copy_to` names a field of the document's root (a nested
    document may copy to its parents)."""
    root = properties if root is None else root
    for name, prop in properties.items():
        kind = prop.get("type")
        assert kind in PROPERTIES, f"{where}.{name}: type {kind!r}"
        only(prop, PROPERTIES[kind] | {"type"}, f"{where}.{name}")
        for key in ("analyzer", "search_analyzer"):
            if key in prop:
                assert prop[key] in analyzers, f"{where}.{name}: {key} {prop[key]!r} is not defined"
        copy_to = prop.get("copy_to", [])
        for target in [copy_to] if isinstance(copy_to, str) else copy_to:
            assert target in root, f"{where}.{name}: copy_to {target!r} is not mapped"
        if kind == "nested":
            check_mapping(prop["properties"], analyzers, f"{where}.{name}", root)


def _field(name, properties, kinds, where):
    match = FIELD_BOOST.match(name)
    assert match, f"{where}: field {name!r}"
    prop = properties.get(match["name"])
    assert prop is not None, f"{where}: {match['name']!r} is not mapped"
    assert prop["type"] in kinds, f"{where}: {match['name']!r} is {prop['type']}, not {kinds}"


def check_query(query, properties, where="query"):
    """A query of the query DSL, its fields mapped with a type the query can read."""
    assert isinstance(query, dict) and len(query) == 1, f"{where}: one query per object"
    ((kind, body),) = query.items()
    where = f"{where}.{kind}"
    if kind in QUERIES:
        only(body, QUERIES[kind], where)
    if kind == "bool":
        for clause in ("must", "filter", "should", "must_not"):
            clauses = body.get(clause, [])
            for number, sub in enumerate(clauses if isinstance(clauses, list) else [clauses]):
                check_query(sub, properties, f"{where}.{clause}[{number}]")
    elif kind == "dis_max":
        for number, sub in enumerate(body["queries"]):
            check_query(sub, properties, f"{where}.queries[{number}]")
    elif kind == "multi_match":
        assert isinstance(body["query"], str) and body["fields"], where
        assert body.get("operator", "or") in OPERATORS, where
        assert body.get("type", "best_fields") in TEXT_QUERY_TYPES, where
        for name in body["fields"]:
            _field(name, properties, {"text"}, where)
    elif kind in FIELD_QUERIES:
        ((name, params),) = body.items()
        _field(name, properties, {"text", "keyword"} if kind in FULL_TEXT else PROPERTIES, where)
        if isinstance(params, dict):
            only(params, FIELD_QUERIES[kind], f"{where}.{name}")
            assert params.get("operator", "or") in OPERATORS, where
    elif kind == "terms":
        fields = {key: value for key, value in body.items() if key not in QUERY_BASE}
        ((name, values),) = fields.items()
        _field(name, properties, set(PROPERTIES) - {"text", "nested"}, where)
        assert isinstance(values, list), f"{where}: terms takes a list of values"
    elif kind not in QUERIES:
        raise AssertionError(f"{where}: a query the hub is not known to send")


def check_bulk(lines, properties):
    """The NDJSON of a bulk request: an action line, then the document for index/create."""
    pending = list(lines)
    while pending:
        action = pending.pop(0)
        ((kind, operation),) = action.items()
        assert kind in BULK_ACTIONS, kind
        only(operation, BULK_OPERATION, f"bulk {kind}")
        if kind != "delete":
            only(pending.pop(0), properties, "a bulk document's fields (the mapping's)")


# Responses: the shapes of the specification's examples (examples/response/*.yaml).


def shards():
    return {"total": 2, "successful": 1, "failed": 0}  # _types/Stats.ts: ShardStatistics


def info_response():  # _global/info: InfoResponse
    return {
        "name": "node-1",
        "cluster_name": "hub",
        "cluster_uuid": "zbTOzMyDTFe3fM-_WzH6VA",
        "version": {"number": "8.19.3", "build_flavor": "default", "lucene_version": "9.12.2"},
        "tagline": "You Know, for Search",
    }


def acknowledged_response():  # _types/Base.ts: AcknowledgedResponseBase
    return {"acknowledged": True}


def create_index_response(index):  # indices/create/IndicesCreateResponse.ts
    return {"acknowledged": True, "shards_acknowledged": True, "index": index}


def shards_response():  # ShardsOperationResponseBase (indices.refresh)
    return {"_shards": shards()}


def write_response(index, document_id, result):  # _types/Base.ts: WriteResponseBase
    return {
        "_index": index,
        "_id": document_id,
        "_version": 1,
        "result": result,
        "_shards": shards(),
        "_seq_no": 0,
        "_primary_term": 1,
    }


def bulk_response(index, actions):  # _global/bulk/BulkResponse.ts
    items = []
    for action in actions:
        ((kind, operation),) = action.items()
        item = write_response(index, operation.get("_id"), "created")
        items.append({kind: {**item, "status": 201}})
    return {"took": 3, "errors": False, "items": items}


def search_response(index, hits):  # _global/search/SearchResponse.ts, hits.ts
    return {
        "took": 5,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {
            "total": {"value": len(hits), "relation": "eq"},
            "max_score": max((score for _pk, score in hits), default=None),
            "hits": [
                # `pk` is a keyword: its values come back as a list of strings.
                {"_index": index, "_id": str(pk), "_score": score, "fields": {"pk": [str(pk)]}}
                for pk, score in hits
            ],
        },
    }


def error_response(kind, reason, status=404, **extra):  # _types/Base.ts: ErrorResponseBase
    cause = {"type": kind, "reason": reason}
    return {"error": {"root_cause": [cause], **cause, **extra}, "status": status}


def search_phase_error():
    """What Elasticsearch answers (400) to a query it cannot run."""
    return 400, error_response(
        "search_phase_execution_exception",
        "all shards failed",
        status=400,
        phase="query",
        grouped=True,
        failed_shards=[{"shard": 0, "index": "hub", "reason": {"type": "query_shard_exception"}}],
    )


def check_requests(requests, mappings=None):
    """Every request (elasticsearch_node.Request, in the order sent) against the API: its
    query-string parameters, its body, and the fields it names against the mapping its
    index was given (or has in `mappings`, {index: properties}, when it was made before
    them). Returns the mappings ({index or alias: properties})."""
    analyzers, mappings = {}, dict(mappings or {})
    for request in requests:
        name = request.endpoint
        parts = request.path.strip("/").split("/")
        # The client asks for the Elasticsearch 8 API (REST API compatibility headers).
        assert request.headers["accept"] == COMPATIBLE, request.headers
        if request.body is not None:
            assert request.headers["content-type"] in (COMPATIBLE, COMPATIBLE_NDJSON)
        only(request.params, PARAMS.get(name, set()), f"{name} parameters")
        if "refresh" in request.params:
            assert request.params["refresh"] in REFRESH, request.params
        body = request.body
        if name == "indices.create":
            only(body, CREATE_INDEX_BODY, "create index body")
            analyzers[parts[0]] = check_index_settings(body.get("settings", {}))
            mappings[parts[0]] = dict(body.get("mappings", {}).get("properties", {}))
        elif name == "indices.put_mapping":
            only(body, MAPPING_BODY, "put mapping body")
            check_mapping(body["properties"], analyzers[parts[0]], parts[0])
            mappings.setdefault(parts[0], {}).update(body["properties"])
        elif name == "indices.put_alias":
            mappings[parts[2]] = mappings[parts[0]]
        elif name == "index":
            only(body, mappings[parts[0]], f"document {parts[2]}'s fields (the mapping's)")
        elif name == "bulk":
            check_bulk(body, mappings[parts[0]])
        elif name == "search":
            only(body, SEARCH_BODY, "search body")
            assert body.get("from", 0) + body.get("size", 10) <= 10_000, "index.max_result_window"
            check_query(body["query"], mappings[parts[0]])
            only(body.get("fields", []), mappings[parts[0]], "search fields")
        else:
            assert body is None, f"{name} takes no body"
    return mappings
