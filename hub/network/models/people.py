from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.core.countries import COUNTRY_CHOICES, country_name
from hub.core.models import ReviewedSnippetMixin
from hub.network.blocks import LinkBlock
from hub.network.models.directory import DirectoryEntry


class Person(DirectoryEntry, ReviewedSnippetMixin, TranslatableMixin, index.Indexed, models.Model):
    """Someone who speaks, writes, moderates or works in the network.

    The name, slug, country and photo are shared by every translation; role, affiliation
    and biography are translated. Foreign keys point at one row (any locale's): templates
    show `person.localized`.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    role = models.CharField(_("role"), max_length=255, blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=255, blank=True)
    country_code = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        choices=COUNTRY_CHOICES,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use an ISO 3166 two-letter code."))],
    )
    photo = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Where the person works now; the affiliation text may say more."),
    )
    short_bio = models.TextField(_("short biography"), blank=True, max_length=1200)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))
    is_sample = models.BooleanField(
        _("sample person"),
        default=False,
        help_text=_("A fictional person in demo content, shown with a notice."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug", widget=SlugInput),
        FieldPanel("role"),
        FieldPanel("affiliation"),
        FieldPanel("organisation"),
        FieldPanel("country_code"),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
        FieldPanel("links"),
        FieldPanel("is_sample"),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        TranslatableField("role"),
        TranslatableField("affiliation"),
        SynchronizedField("organisation"),
        SynchronizedField("country_code"),
        SynchronizedField("photo"),
        TranslatableField("short_bio"),
        TranslatableField("links"),
        SynchronizedField("is_sample"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("affiliation"),
        index.SearchField("short_bio"),
        index.FilterField("locale_id"),
        index.FilterField("country_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_person_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def country_name(self):
        return country_name(self.country_code)

    search_kind = "person"
    search_kind_label = _("Person")
    directory_anchor = "person"

    def entry_texts(self):
        return [self.role, self.affiliation, self.short_bio]
