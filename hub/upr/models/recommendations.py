from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale
from wagtail.search import index

from hub.core.countries import country_name as site_country_name
from hub.core.countries import un_choices, un_name
from hub.upr.choices import (
    ActionCategory,
    Implementation,
    Mechanism,
    Response,
    Source,
    cycle_for_session,
    mechanism_for,
    search_key,
    theme_label,
)
from search.contract import DocumentData, Searchable, live_page, remember

__all__ = ["DERIVED", "Recommendation", "cycle_for_session", "mechanism_for", "search_key"]


# The fields fill_derived() writes; save(update_fields=…) always writes them too.
DERIVED = ("themes_text", "search_text", "cycle", "mechanism", "recommending_codes")


class Recommendation(Searchable, index.Indexed, models.Model):
    """One recommendation of a UN mechanism (the UPR, a treaty body, a special procedure),
    from an export file (UHRI or UPR Info) or typed in the admin.

    `country` is always the state under review; the recommending states are a list of
    {"code", "name"} and may be any state of the world. (source, source_id) identifies a
    row of an export, so re-importing a file updates rows instead of duplicating them.
    """

    Source = Source
    Response = Response
    Mechanism = Mechanism
    ActionCategory = ActionCategory
    Implementation = Implementation

    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    source_id = models.CharField(
        _("source identifier"),
        max_length=100,
        help_text=_(
            "The source's own identifier (UHRI annotation id) or a stable hash of the row "
            "when the source has none (UPR Info)."
        ),
    )
    text = models.TextField(_("text"))
    text_language = models.CharField(
        _("language of the text"),
        max_length=2,
        default="en",
        validators=[RegexValidator(r"^[a-z]{2}$", _("Use an ISO 639-1 two-letter code."))],
    )
    country = models.CharField(
        _("state under review"),
        max_length=2,
        db_index=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use an ISO 3166 two-letter code."))],
    )
    recommending_states = models.JSONField(
        _("recommending states"),
        default=list,
        blank=True,
        help_text=_('A list of {"code": "FR", "name": "France"}.'),
    )
    body = models.CharField(
        _("recommending body"),
        max_length=100,
        blank=True,
        help_text=_("UPR, or the treaty body or procedure of a UHRI annotation."),
    )
    mechanism = models.CharField(
        _("mechanism"),
        max_length=10,
        choices=Mechanism.choices,
        default=Mechanism.OTHER,
        editable=False,
        db_index=True,
        help_text=_("Read from the recommending body when the recommendation is saved."),
    )
    action_category = models.PositiveSmallIntegerField(
        _("action category"),
        choices=ActionCategory.choices,
        null=True,
        blank=True,
        help_text=_("UPR Info's category, from 1 (minimal action) to 5 (specific action)."),
    )
    implementation_status = models.CharField(
        _("implementation status"),
        max_length=12,
        choices=Implementation.choices,
        default=Implementation.NOT_ASSESSED,
    )
    cycle = models.PositiveSmallIntegerField(_("UPR cycle"), null=True, blank=True)
    session = models.PositiveSmallIntegerField(_("UPR session"), null=True, blank=True)
    document_symbol = models.CharField(_("document symbol"), max_length=100, blank=True)
    response = models.CharField(
        _("response"), max_length=10, choices=Response.choices, default=Response.OTHER
    )
    response_original = models.CharField(
        _("response as the source words it"), max_length=255, blank=True
    )
    themes = models.JSONField(_("themes"), default=list, blank=True)
    affected_persons = models.JSONField(_("affected persons"), default=list, blank=True)
    sdgs = models.JSONField(_("SDGs"), default=list, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample recommendation"),
        default=False,
        help_text=_("Demo content, not a real UPR text."),
    )
    # Lower-case, accent-free copies kept by save() for filters that work the same on
    # SQLite and PostgreSQL (themes one per line, so a term never spans two themes).
    themes_text = models.TextField(editable=False, blank=True)
    search_text = models.TextField(editable=False, blank=True)
    # The recommending states' codes as "|FR|CH|", for a filter that needs no JSON lookup.
    recommending_codes = models.CharField(max_length=1000, editable=False, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel(
            [
                FieldPanel("country", widget=forms.Select(choices=un_choices())),
                FieldPanel("text_language"),
            ]
        ),
        FieldPanel("recommending_states"),
        FieldRowPanel([FieldPanel("cycle"), FieldPanel("session"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("response"), FieldPanel("response_original")]),
        FieldRowPanel([FieldPanel("body"), FieldPanel("document_symbol")]),
        FieldRowPanel([FieldPanel("action_category"), FieldPanel("implementation_status")]),
        FieldPanel("themes"),
        FieldPanel("affected_persons"),
        FieldPanel("sdgs"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("source_id"), FieldPanel("is_sample")],
            heading=_("Source"),
        ),
    ]

    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        index.SearchField("themes_text"),
        index.FilterField("country"),
        index.FilterField("cycle"),
        index.FilterField("session"),
        index.FilterField("response"),
        index.FilterField("mechanism"),
        index.FilterField("source"),
        index.FilterField("is_sample"),
        index.FilterField("updated_at"),
    ]

    class Meta:
        verbose_name = _("UPR recommendation")
        verbose_name_plural = _("UPR recommendations")
        ordering = ["country", "session", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_id"], name="unique_recommendation_per_source"
            )
        ]
        indexes = [models.Index(fields=["cycle", "country"], name="upr_rec_cycle_country")]

    def __str__(self):
        excerpt = self.text if len(self.text) <= 90 else self.text[:89].rstrip() + "…"
        return f"{self.country} · {excerpt}"

    def save(self, *args, **kwargs):
        self.fill_derived()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *DERIVED}
        super().save(*args, **kwargs)

    def fill_derived(self):
        """The cycle (from the session) and the folded copies; save() calls it, and so do
        the bulk writes of the importer, which bypass save()."""
        if self.cycle is None and self.session:
            self.cycle = cycle_for_session(self.session)
        self.themes_text = "\n".join(search_key(theme) for theme in self.themes or [])
        self.search_text = search_key(self.text)
        self.mechanism = mechanism_for(self.body)
        codes = [str(state.get("code", "")).upper() for state in self.recommending_states or []]
        self.recommending_codes = "|" + "|".join(filter(None, codes)) + "|" if codes else ""

    @property
    def country_name(self):
        return un_name(self.country)

    @classmethod
    def themes_on_record(cls):
        """The names of the themes of the recommendations on record (one query)."""
        names = {}
        rows = cls.objects.order_by().values_list("themes", flat=True).distinct()
        for themes in rows:
            for name in themes or []:
                if isinstance(name, str) and name.strip():
                    names.setdefault(search_key(name), name.strip())
        return list(names.values())

    @property
    def theme_labels(self):
        """(label, whether it is in the active language) of each theme: a theme without a
        translation keeps its own name (in the language of the source)."""
        return [(theme_label(name), theme_label(name) != name) for name in self.themes or []]

    @property
    def recommending_state_names(self):
        return "; ".join(
            f"{state.get('name', '')} ({state.get('code', '')})"
            for state in self.recommending_states or []
        )

    # Found in the language of its text; the result opens its permalink in the public
    # database (or, on a site without one, the country's profile).
    search_kind = "recommendation"
    search_kind_label = _("UPR recommendation")
    search_weight = 0.8
    search_address_pages = ("upr.RecommendationIndexPage", "network.CountryIndexPage")

    def search_document(self):
        language = self.text_language or "en"
        locale = remember(
            ("locale", language),
            lambda: Locale.objects.filter(language_code=language).first() or Locale.get_default(),
        )
        url = self.search_url(locale)
        if url is None:
            return None
        with translation.override(locale.language_code):
            by = ", ".join(
                state.get("name") or state.get("code", "")
                for state in self.recommending_states or []
            ) or (self.body or self.get_source_display())
            values = {"country": site_country_name(self.country), "cycle": self.cycle, "by": by}
            if self.mechanism == Mechanism.UPR and self.cycle:
                title = gettext("%(country)s, UPR cycle %(cycle)s: recommendation by %(by)s")
            else:  # a treaty body or special procedure has no UPR cycle
                title = gettext("%(country)s: recommendation by %(by)s")
            title = title % values
        texts = [self.text, self.recommending_state_names, self.themes_text, self.document_symbol]
        return DocumentData(
            kind=self.search_kind,
            lang=language,
            title=title,
            url=url,
            parts=[[language, "\n".join(filter(None, texts))]],
            date=self.date,
            year=self.date.year if self.date else None,
            countries=[self.country],
        )

    def search_url(self, locale):
        """The address a search result leads to: the permalink, else the profile."""
        database = live_page("upr.RecommendationIndexPage", locale)
        if database is not None:
            base = remember(("url", database.pk), database.get_url)
            return base + database.reverse_subpage("recommendation", args=[self.pk])
        countries = live_page("network.CountryIndexPage", locale)
        if countries is None:
            return None
        return countries.profile_url(self.country) + "#recommendations"
