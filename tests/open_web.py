"""Reading what a page tells link previews and search engines: its <meta> tags, canonical
link and JSON-LD blocks."""

import json
from html.parser import HTMLParser


class HeadParser(HTMLParser):
    """The <meta property|name> values and the JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.json_ld, self._in_json_ld, self.canonical = {}, [], False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(attrs.get("property") or attrs["name"], attrs.get("content"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def schema_types(parser):
    types = []
    for block in parser.json_ld:
        for item in block.get("@graph", [block]):
            types.append(item["@type"])
    return types


def schema_object(parser, type_name):
    for block in parser.json_ld:
        for item in block.get("@graph", [block]):
            if item["@type"] == type_name:
                return item
    raise AssertionError(f"no {type_name} in {schema_types(parser)}")
