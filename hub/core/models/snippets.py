from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .drafts import ReviewedSnippetMixin


class Topic(ReviewedSnippetMixin, TranslatableMixin, index.Indexed, models.Model):
    """A theme (CAT, OPCAT, NPM, UPR, detention…) that tags content across the hub.

    The slug is shared by every translation of a topic: it is the topic's identity in URLs
    and filters, with the translation key. A draft topic is in no public filter or list.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug", widget=SlugInput), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class FooterText(ReviewedSnippetMixin, TranslatableMixin, models.Model):
    """The footer's words, one per locale (the site settings hold what is shared).

    They are on every public page, so a change is a draft until a moderator publishes it
    through "Review before publishing" (hub/accounts/migrations/0003_snippet_workflow.py);
    public templates read only live footers, whose row holds the published text.
    """

    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    body = RichTextField(_("body"), features=["bold", "italic", "link"])

    panels = [FieldPanel("tagline"), FieldPanel("body")]
    translatable_fields = [TranslatableField("tagline"), TranslatableField("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{_('Footer')} ({self.locale.language_code})"
