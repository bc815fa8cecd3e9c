"""The briefs feed (/<lang>/feeds/briefs/): what the locale's brief index lists (a brief
in this language, or in its own when it is not translated), newest first, each with its
document as the enclosure (its exact length and type)."""

from django.utils.translation import gettext_lazy as _

from hub.briefs.models import BriefIndexPage
from hub.core.feeds import LocaleFeed
from hub.core.utils import localized_pairs


class BriefFeed(LocaleFeed):
    index_model = BriefIndexPage
    title = _("Briefs — Torture Prevention Hub")
    description = _(
        "Briefs written for the panels of the network on national human rights "
        "institutions, the UPR and the prevention of torture in Latin America."
    )

    def items(self, locale):
        index = self.index_page(locale)
        if index is None:
            return []
        briefs = list(
            index.all_briefs()
            .select_related("document")
            .prefetch_related("authors__person", "topics__topic")
            .order_by("-publication_date", "-pk")[:50]
        )
        # Published people and topics only, named in the feed's language where they are
        # translated (one query for each).
        people = _shown([item.person for brief in briefs for item in brief.authors.all()], locale)
        topics = _shown([item.topic for brief in briefs for item in brief.topics.all()], locale)
        for brief in briefs:
            brief.feed_authors = [
                people[item.person_id].name
                for item in brief.authors.all()
                if people[item.person_id] is not None
            ]
            brief.feed_topics = [
                topics[item.topic_id].name
                for item in brief.topics.all()
                if topics[item.topic_id] is not None
            ]
        return briefs

    def item_description(self, item):
        return item.abstract

    def item_author_name(self, item):
        return ", ".join(item.feed_authors) or None

    def item_categories(self, item):
        return item.feed_topics

    def enclosure(self, item):
        document = item.document
        if document is None:
            return None
        return {
            "url": document.url,
            "length": document.file_size or document.file.size,
            "type": document.content_type,
        }


def _shown(snippets, locale):
    """{pk: what the public sees of the snippet in `locale`, or None}."""
    return {snippet.pk: shown for snippet, shown in localized_pairs(snippets, locale)}
