"""Facets of a search: the filters that narrow its matches and the counts beside them.

Counts are disjunctive: the counts of one facet ignore that facet's own filter, so
choosing "brief" still shows how many news items match. A facet's values are labelled in
the visitor's language: result types by the searchable types that declare them, panels
by their page titles, topics by their names.
"""

from collections import Counter

from django.conf import settings

from wagtail.models import Page

from hub.core.countries import country_name
from hub.core.models import Topic
from search import registry
from search.engines import COUNTRIES, KIND, LANG, PANEL, TOPICS, YEAR

FACETS = ("type", "lang", "country", "topic", "panel", "year")
COLUMN = {
    "type": KIND,
    "lang": LANG,
    "country": COUNTRIES,
    "topic": TOPICS,
    "panel": PANEL,
    "year": YEAR,
}
MULTI_VALUED = ("country", "topic")  # stored as "|AR|BR|"


def facet_filter(facet, value):
    """A function telling whether a match row passes one filter."""
    column = COLUMN[facet]
    if facet == "lang":
        return lambda row: row[column] in value
    if facet in MULTI_VALUED:
        needle = f"|{value}|"
        return lambda row: needle in row[column]
    return lambda row: row[column] == value


def _count(rows, facet):
    column = COLUMN[facet]
    cells = Counter(row[column] for row in rows if row[column])
    if facet not in MULTI_VALUED:
        return cells
    # Few distinct "|AR|BR|" cells: split each once.
    counter = Counter()
    for cell, count in cells.items():
        for value in cell[1:-1].split("|"):
            counter[value] += count
    return counter


def count_facets(matches, tests):
    """{facet: Counter of values}, each facet counted without its own filter."""
    subsets = {}
    counts = {}
    for facet in FACETS:
        others = tuple(f for f in tests if f != facet)
        if others not in subsets:
            checks = [tests[f] for f in others]
            subsets[others] = [row for row in matches if all(check(row) for check in checks)]
        counts[facet] = _count(subsets[others], facet)
    return counts


def _facet_labels(counts, language):
    languages = dict(settings.LANGUAGES)
    topics = {
        topic.slug: topic.name
        for topic in Topic.objects.live()
        .filter(slug__in=counts["topic"], locale__language_code=language)
        .only("slug", "name")
    }
    panels = {}
    # A panel is named by its translation key: its page in the visitor's language, else any.
    for panel in Page.objects.filter(translation_key__in=counts["panel"]).select_related("locale"):
        key = str(panel.translation_key)
        if key not in panels or panel.locale.language_code == language:
            panels[key] = panel.title
    kinds = registry.kinds()
    return {
        "type": lambda value: str(kinds.get(value, value)),
        "lang": lambda value: str(languages.get(value, value)),
        "country": country_name,
        "topic": lambda value: topics.get(value, value),
        "panel": lambda value: panels.get(value, value),
        "year": str,
    }


def facets(counts, params, language):
    labels = _facet_labels(counts, language)
    found = {}
    for facet in FACETS:
        selected = params.filters.get(facet)
        if facet == "lang":
            selected = ",".join(params.languages) if params.languages else "all"
        items = [
            {
                "value": value,
                "label": labels[facet](value),
                "count": count,
                "selected": value == selected or (facet == "lang" and value in params.languages),
            }
            for value, count in counts[facet].items()
        ]
        if facet == "year":
            items.sort(key=lambda item: -item["value"])
        else:
            items.sort(key=lambda item: (-item["count"], item["label"]))
        found[facet] = items
    return found
