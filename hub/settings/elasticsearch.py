"""The Elasticsearch index's analysis (used by base.py when ELASTICSEARCH_URL is set).

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
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_es_stop", "asciifolding", "hub_es_stemmer"],
                },
                "hub_en": {
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
                    "tokenizer": "standard",
                    "filter": ["lowercase", "hub_pt_stop", "asciifolding", "hub_pt_stemmer"],
                },
            },
        }
    }
}
