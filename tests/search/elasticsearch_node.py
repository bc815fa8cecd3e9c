"""An Elasticsearch 8 node as the `elasticsearch` client sees it, for the contract tests.

`Server().node_class` is given to the real client (the backend's OPTIONS, `node_class`):
the client builds its requests as usual (its API methods check their parameters, it
serialises the bodies, adds its headers and checks the product header of the answers)
and hands them to this node instead of a socket. The node records each request and
answers it with the shapes the Elasticsearch 8 API documents (tests/search/
elasticsearch_api.py): an index created, a document written, a bulk done, a search with
the hits the test chose. It does not search: which documents match is the test's to say.
`fail_with` makes every request fail: an error the server answers (status and body, JSON
or raw bytes) or an exception of the connection.
"""

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node import NodeApiResponse  # what BaseNode.perform_request returns

from tests.search import elasticsearch_api as api

HEADERS = {
    # What an Elasticsearch 8 node answers to the client's compatibility header.
    "content-type": "application/vnd.elasticsearch+json;compatible-with=8",
    "x-elastic-product": "Elasticsearch",
}


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object  # parsed JSON, a list of NDJSON lines, or None
    headers: dict = field(default_factory=dict)

    @property
    def endpoint(self):
        """The API (as the specification names it) this request calls."""
        return endpoint(self.method, self.path)


def endpoint(method, path):
    parts = [unquote(part) for part in path.strip("/").split("/") if part]
    routes = [
        ("HEAD", [], "ping"),
        ("GET", [], "info"),
        ("PUT", ["*"], "indices.create"),
        ("DELETE", ["*"], "indices.delete"),
        ("HEAD", ["*"], "indices.exists"),
        ("PUT", ["*", "_mapping"], "indices.put_mapping"),
        ("POST", ["*", "_refresh"], "indices.refresh"),
        ("HEAD", ["_alias", "*"], "indices.exists_alias"),
        ("GET", ["_alias", "*"], "indices.get_alias"),
        ("PUT", ["*", "_alias", "*"], "indices.put_alias"),
        ("PUT", ["*", "_doc", "*"], "index"),
        ("DELETE", ["*", "_doc", "*"], "delete"),
        ("PUT", ["*", "_bulk"], "bulk"),
        ("POST", ["*", "_bulk"], "bulk"),
        ("POST", ["*", "_search"], "search"),
        ("POST", ["*", "_count"], "count"),
    ]
    for route_method, pattern, name in routes:
        if route_method == method and len(pattern) == len(parts):
            if all(p == "*" or p == part for p, part in zip(pattern, parts, strict=True)):
                return name
    raise AssertionError(f"the hub sent a request to no API it should use: {method} {path}")


@dataclass
class Server:
    requests: list = field(default_factory=list)
    # (pk, score) of every search's answer; or a function of the search's body giving them.
    hits: list = field(default_factory=list)
    failure: object = None  # (status, body) or an exception, for every request
    aliases: dict = field(default_factory=dict)  # alias → index
    indexes: set = field(default_factory=set)

    def fail_with(self, failure):
        self.failure = failure

    @property
    def node_class(self):
        server = self

        class RecordingNode(BaseNode):
            def perform_request(self, method, target, body=None, headers=None, **options):
                headers = {**self.headers, **(headers or {})}
                status, answer = server.answer(method, target, body, headers)
                meta = ApiResponseMeta(
                    status=status,
                    http_version="1.1",
                    headers=HttpHeaders(HEADERS),
                    duration=0.0,
                    node=self.config,
                )
                if method == "HEAD":
                    data = b""
                else:
                    data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                return NodeApiResponse(meta, data)

        return RecordingNode

    def sent(self, name):
        """The requests to one API (by the specification's name)."""
        return [request for request in self.requests if request.endpoint == name]

    def answer(self, method, target, body, headers):
        url = urlsplit(target)
        params = dict(parse_qsl(url.query))
        request = Request(
            method, url.path, params, _parse(body), {k.lower(): v for k, v in headers.items()}
        )
        self.requests.append(request)
        if isinstance(self.failure, Exception):
            raise self.failure
        if self.failure is not None:
            return self.failure
        return getattr(self, "_" + request.endpoint.replace(".", "_"))(request)

    def index_of(self, name):
        return self.aliases.get(name, name)

    def _parts(self, request):
        return [unquote(part) for part in request.path.strip("/").split("/")]

    def _ping(self, request):
        return 200, None

    def _info(self, request):
        return 200, api.info_response()

    def _indices_create(self, request):
        index = self._parts(request)[0]
        self.indexes.add(index)
        return 200, api.create_index_response(index)

    def _indices_delete(self, request):
        index = self._parts(request)[0]
        if index not in self.indexes:
            return 404, api.error_response("index_not_found_exception", f"no such index [{index}]")
        self.indexes.discard(index)
        return 200, api.acknowledged_response()

    def _indices_exists(self, request):
        return (200 if self._parts(request)[0] in self.indexes else 404), None

    def _indices_put_mapping(self, request):
        return 200, api.acknowledged_response()

    def _indices_refresh(self, request):
        return 200, api.shards_response()

    def _indices_exists_alias(self, request):
        return (200 if self._parts(request)[1] in self.aliases else 404), None

    def _indices_get_alias(self, request):
        alias = self._parts(request)[1]
        return 200, {self.aliases[alias]: {"aliases": {alias: {}}}}

    def _indices_put_alias(self, request):
        index, _alias, alias = self._parts(request)
        self.aliases[alias] = index
        return 200, api.acknowledged_response()

    def _index(self, request):
        index, _doc, document_id = self._parts(request)
        return 201, api.write_response(self.index_of(index), document_id, "created")

    def _delete(self, request):
        index, _doc, document_id = self._parts(request)
        return 200, api.write_response(self.index_of(index), document_id, "deleted")

    def _bulk(self, request):
        index = self.index_of(self._parts(request)[0])
        return 200, api.bulk_response(index, request.body[::2])

    def _search(self, request):
        index = self.index_of(self._parts(request)[0])
        size = (request.body or {}).get("size", 10)
        hits = self.hits(request.body) if callable(self.hits) else self.hits
        return 200, api.search_response(index, hits[:size])

    def _count(self, request):
        return 200, {"count": len(self.hits), "_shards": api.shards()}


def _parse(body):
    if not body:
        return None
    text = body.decode()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # NDJSON (bulk): one JSON object a line, the last line ended too.
        assert text.endswith("\n"), "an NDJSON body ends with a newline"
        return [json.loads(line) for line in text.splitlines()]
