"""Search backends: Elasticsearch 8 when ELASTICSEARCH_URL is set, else the database.

`search_backends` gives WAGTAILSEARCH_BACKENDS for every settings module (base.py, and
test.py with an index prefix of its own), so that setting ELASTICSEARCH_URL switches the
whole site, tests included, to Elasticsearch and nothing can keep the database backend
behind it.

The search documents (search.models) give Elasticsearch one field per language; each gets
the analyzer of its language: lower case, the language's stop words, accents folded, its
Snowball stemmer.
"""

ELASTICSEARCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "hub_es_stop": {"type": "stop", "stopwords": "_spanish_"},
                "hub_es_stemmer": {"type": "stemmer", "language": "light_spanish"},
                "hub_en_stop": {"type": "stop", "stopwords": "_english_"},
                "hub_en_possessive": {"type": "stemmer", "language": "possessive_english"},
                "hub_en_stemmer": {"type": "stemmer", "language": "english"},
                "hub_pt_stop": {"type": "stop", "stopwords": "_portuguese_"},
                "hub_pt_stemmer": {"type": "stemmer", "language": "light_portuguese"},
            },
            "analyzer": {
                "hub_es": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_es_stop", "asciifolding", "hub_es_stemmer"],
                },
                "hub_en": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "hub_en_possessive",
                        "lowercase",
                        "hub_en_stop",
                        "asciifolding",
                        "hub_en_stemmer",
                    ],
                },
                "hub_pt": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_pt_stop", "asciifolding", "hub_pt_stemmer"],
                },
            },
        }
    }
}


def search_backends(url, index_prefix, refresh=""):
    """WAGTAILSEARCH_BACKENDS: Elasticsearch at `url` through the hub's backend
    (search.elasticsearch_backend), or Wagtail's database backend when `url` is empty.
    Index names are `index_prefix` and the model ("hub_hub_search_searchdocument");
    `refresh` ("true" in tests) makes every write visible to the next search."""
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    backend = {
        "BACKEND": "search.elasticsearch_backend",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 10,
        "AUTO_UPDATE": True,
        "INDEX_SETTINGS": ELASTICSEARCH_ANALYSIS,
    }
    if refresh:
        backend["REFRESH"] = refresh
    return {"default": backend}
