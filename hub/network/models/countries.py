"""Countries and their dated status timelines (CAT, OPCAT, NPM, NHRI, UPR)."""

import datetime

from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.core.models import ReviewedSnippetMixin
from hub.core.utils import is_hidden
from search.contract import DocumentData, Searchable, SearchDependency, live_page

ISO_CODE_VALIDATOR = RegexValidator(r"^[A-Z]{2}$", _("Use an ISO 3166 two-letter code."))


class Subregion(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    CENTRAL_AMERICA = "central-america", _("Central America")
    CARIBBEAN = "caribbean", _("Caribbean")
    SOUTH_AMERICA = "south-america", _("South America")


class Country(Searchable, ReviewedSnippetMixin, TranslatableMixin, ClusterableModel, index.Indexed):
    """A state the network follows. Its ISO code is its identity in URLs, filters and APIs.

    The name and the notes of its events are translated; the events' dates, kinds and
    sources are shared by every translation.
    """

    iso_code = models.CharField(_("ISO code"), max_length=2, validators=[ISO_CODE_VALIDATOR])
    name = models.CharField(_("name"), max_length=100)
    subregion = models.CharField(_("subregion"), max_length=20, choices=Subregion.choices)
    summary = models.TextField(_("summary"), blank=True)
    status_updated_on = models.DateField(
        _("status last checked"),
        default=datetime.date.today,
        help_text=_("When the timeline was last checked against its sources."),
    )

    panels = [
        FieldPanel("iso_code"),
        FieldPanel("name"),
        FieldPanel("subregion"),
        FieldPanel("summary"),
        FieldPanel("status_updated_on"),
        InlinePanel("events", heading=_("Status timeline"), label=_("Event")),
    ]
    translatable_fields = [
        SynchronizedField("iso_code"),
        TranslatableField("name"),
        SynchronizedField("subregion"),
        TranslatableField("summary"),
        SynchronizedField("status_updated_on"),
        TranslatableField("events"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
        index.FilterField("iso_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["iso_code", "locale"], name="unique_country_per_locale")
        ]

    def __str__(self):
        return self.name

    def timeline(self):
        return sorted(self.events.all(), key=lambda event: (event.date, event.sort_order or 0))

    # Found by its name, summary and milestones; the result opens its profile.
    search_kind = "country"
    search_kind_label = _("Country")
    search_weight = 0.8
    search_address_pages = ("network.CountryIndexPage",)

    def search_document(self):
        if is_hidden(self):
            return None
        index_page = live_page("network.CountryIndexPage", self.locale)
        if index_page is None:
            return None
        language = self.locale.language_code
        texts = [self.summary]
        with translation.override(language):
            for event in self.events.all():
                texts += [event.what, event.body, event.note, event.document_symbol]
        return DocumentData(
            kind=self.search_kind,
            lang=language,
            title=self.name,
            url=index_page.profile_url(self.iso_code),
            parts=[[language, "\n".join(filter(None, texts))]],
            countries=[self.iso_code],
        )


class EventKind(models.TextChoices):
    CAT_RATIFICATION = "cat_ratification", _("CAT ratified")
    OPCAT_SIGNATURE = "opcat_signature", _("OPCAT signed")
    OPCAT_RATIFICATION = "opcat_ratification", _("OPCAT ratified")
    NPM_DESIGNATED = "npm_designated", _("NPM designated")
    NPM_OPERATIONAL = "npm_operational", _("NPM operational")
    NHRI_ACCREDITATION = "nhri_accreditation", _("NHRI accreditation")
    UPR_REVIEW = "upr_review", _("UPR review")
    SPT_VISIT = "spt_visit", _("Visit of the UN Subcommittee on Prevention of Torture")
    OTHER = "other", _("Other milestone")


ACCESSION_LABELS = {
    EventKind.CAT_RATIFICATION: _("CAT acceded to"),
    EventKind.OPCAT_RATIFICATION: _("OPCAT acceded to"),
}


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class CountryStatusEvent(SearchDependency, TranslatableMixin, Orderable):
    """One dated fact of a country's timeline, with its source."""

    country = ParentalKey(Country, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    date = models.DateField(
        _("date"), help_text=_("For a month or a year, the first day of it (and set precision).")
    )
    precision = models.CharField(
        _("precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    uncertain = models.BooleanField(
        _("uncertain"), default=False, help_text=_("Sources disagree or the date is unconfirmed.")
    )
    body = models.CharField(_("institution"), max_length=255, blank=True)
    is_nhri = models.BooleanField(
        _("the body is the NHRI"), null=True, blank=True, help_text=_("For NPM events.")
    )
    accession = models.BooleanField(
        _("by accession"),
        default=False,
        help_text=_("For CAT or OPCAT: the state acceded to the treaty rather than ratified it."),
    )
    accreditation_status = models.CharField(
        _("GANHRI status"), max_length=1, blank=True, choices=[("A", "A"), ("B", "B"), ("C", "C")]
    )
    upr_cycle = models.PositiveSmallIntegerField(_("UPR cycle"), null=True, blank=True)
    upr_session = models.PositiveSmallIntegerField(_("UPR session"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    document_symbol = models.CharField(
        _("document symbol"),
        max_length=60,
        blank=True,
        help_text=_("The UN symbol of the report on it, for instance CAT/OP/BRA/1."),
    )
    source_title = models.CharField(_("source"), max_length=255)
    source_url = models.URLField(_("source address"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("date"),
                FieldPanel("precision"),
                FieldPanel("uncertain"),
                FieldPanel("accession"),
            ],
            heading=_("What and when"),
        ),
        FieldPanel("body"),
        FieldPanel("is_nhri"),
        FieldPanel("accreditation_status"),
        FieldPanel("upr_cycle"),
        FieldPanel("upr_session"),
        FieldPanel("note"),
        FieldPanel("document_symbol"),
        FieldPanel("source_title"),
        FieldPanel("source_url"),
    ]
    translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("precision"),
        SynchronizedField("uncertain"),
        TranslatableField("body"),
        SynchronizedField("is_nhri"),
        SynchronizedField("accession"),
        SynchronizedField("accreditation_status"),
        SynchronizedField("upr_cycle"),
        SynchronizedField("upr_session"),
        TranslatableField("note"),
        SynchronizedField("document_symbol"),
        TranslatableField("source_title"),
        SynchronizedField("source_url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("status event")
        verbose_name_plural = _("status events")

    def __str__(self):
        return f"{self.what} ({self.date.isoformat()})"

    @property
    def what(self):
        """The kind as the timeline names it: an accession is not called a ratification."""
        if self.accession and self.kind in ACCESSION_LABELS:
            return str(ACCESSION_LABELS[self.kind])
        return self.get_kind_display()

    def search_dependents(self):
        return Country.objects.filter(pk=self.country_id)
