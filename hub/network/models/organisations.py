from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.core.countries import COUNTRY_CHOICES, country_name
from hub.core.models import ReviewedSnippetMixin
from hub.network.models.directory import DirectoryEntry


class OrganisationKind(models.TextChoices):
    NHRI = "nhri", _("National human rights institution")
    NPM = "npm", _("National preventive mechanism")
    STATE = "state", _("State body")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    UN = "un", _("United Nations")
    IACHR = "iachr", _("Inter-American system")
    ACADEMIA = "academia", _("Academia")
    FUNDER = "funder", _("Funder")


class Organisation(
    DirectoryEntry, ReviewedSnippetMixin, TranslatableMixin, index.Indexed, models.Model
):
    """An institution of the network. Its slug is its identity across locales."""

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country_code = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        choices=COUNTRY_CHOICES,
        help_text=_("Empty for international bodies."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    ganhri_status = models.CharField(
        _("GANHRI status"), max_length=1, blank=True, choices=[("A", "A"), ("B", "B"), ("C", "C")]
    )
    ganhri_as_of = models.CharField(
        _("GANHRI status as of"),
        max_length=10,
        blank=True,
        help_text=_("A date (YYYY-MM-DD), a month (YYYY-MM) or a year, as the source gives it."),
    )
    ganhri_uncertain = models.BooleanField(
        _("GANHRI status uncertain"),
        default=False,
        help_text=_("Sources disagree on the status or its date, or it is unconfirmed."),
    )
    ganhri_note = models.TextField(_("GANHRI note"), blank=True)
    is_npm = models.BooleanField(_("is the country's NPM"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("slug", widget=SlugInput),
        FieldPanel("kind"),
        FieldPanel("country_code"),
        FieldPanel("website"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("ganhri_status"),
                FieldPanel("ganhri_as_of"),
                FieldPanel("ganhri_uncertain"),
                FieldPanel("ganhri_note"),
            ],
            heading=_("Accreditation"),
        ),
        FieldPanel("is_npm"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("acronym"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("country_code"),
        SynchronizedField("website"),
        TranslatableField("description"),
        SynchronizedField("ganhri_status"),
        SynchronizedField("ganhri_as_of"),
        SynchronizedField("ganhri_uncertain"),
        TranslatableField("ganhri_note"),
        SynchronizedField("is_npm"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("acronym", boost=3),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("kind"),
        index.FilterField("country_code"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_organisation_slug_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def country_name(self):
        return country_name(self.country_code)

    search_kind = "organisation"
    search_kind_label = _("Organisation")
    directory_anchor = "org"

    def entry_title(self):
        # Many institutions share a name ("Defensoría del Pueblo"): the country tells them apart.
        where = country_name(self.country_code) if self.country_code else ""
        if not where or f"({where})" in self.name:
            return self.name
        return f"{self.name} ({where})"

    def entry_texts(self):
        # The acronym is searched too: researchers know many institutions by it (INDDHH).
        return [self.acronym, self.get_kind_display(), self.description]

    def entry_names(self):
        return [self.acronym]
