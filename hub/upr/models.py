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
from hub.core.countries import fold, un_choices, un_name
from search.contract import DocumentData, Searchable, live_page, remember


def cycle_for_session(session):
    """The UPR cycle of a Working Group session: 1–12 → 1, 13–26 → 2, 27–40 → 3, 41+ → 4."""
    if not session:
        return None
    if session <= 12:
        return 1
    if session <= 26:
        return 2
    if session <= 40:
        return 3
    return 4


def search_key(text):
    """Lower case without accents: what the theme and text filters compare, on any database."""
    return fold(text) if text else ""


class Recommendation(Searchable, index.Indexed, models.Model):
    """One UPR recommendation (or a UHRI annotation of another body), from an export file.

    `country` is always the state under review; the recommending states are a list of
    {"code", "name"} and may be any state of the world. (source, source_id) identifies a
    row of an export, so re-importing a file updates rows instead of duplicating them.
    """

    class Source(models.TextChoices):
        UHRI = "uhri", _("OHCHR Universal Human Rights Index")
        UPRINFO = "uprinfo", _("UPR Info database")
        DEMO = "demo", _("Sample data (demo)")

    class Response(models.TextChoices):
        SUPPORTED = "supported", _("Supported")
        NOTED = "noted", _("Noted")
        OTHER = "other", _("Other or no clear position")

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
            kwargs["update_fields"] = {*update_fields, "themes_text", "search_text", "cycle"}
        super().save(*args, **kwargs)

    def fill_derived(self):
        """The cycle (from the session) and the folded copies; save() calls it, and so do
        the bulk writes of the importer, which bypass save()."""
        if self.cycle is None and self.session:
            self.cycle = cycle_for_session(self.session)
        self.themes_text = "\n".join(search_key(theme) for theme in self.themes or [])
        self.search_text = search_key(self.text)

    @property
    def country_name(self):
        return un_name(self.country)

    @property
    def recommending_state_names(self):
        return "; ".join(
            f"{state.get('name', '')} ({state.get('code', '')})"
            for state in self.recommending_states or []
        )

    # Found in the language of its text; the result opens the country's profile.
    search_kind = "recommendation"
    search_kind_label = _("UPR recommendation")
    search_weight = 0.8
    search_address_pages = ("network.CountryIndexPage",)

    def search_document(self):
        language = self.text_language or "en"
        locale = remember(
            ("locale", language),
            lambda: Locale.objects.filter(language_code=language).first() or Locale.get_default(),
        )
        index_page = live_page("network.CountryIndexPage", locale)
        if index_page is None:
            return None
        with translation.override(locale.language_code):
            by = ", ".join(
                state.get("name") or state.get("code", "")
                for state in self.recommending_states or []
            ) or (self.body or self.get_source_display())
            title = gettext("%(country)s, UPR cycle %(cycle)s: recommendation by %(by)s") % {
                "country": site_country_name(self.country),
                "cycle": self.cycle or "?",
                "by": by,
            }
        texts = [self.text, self.recommending_state_names, self.themes_text, self.document_symbol]
        return DocumentData(
            kind=self.search_kind,
            lang=language,
            title=title,
            url=index_page.profile_url(self.country) + "#recommendations",
            parts=[[language, "\n".join(filter(None, texts))]],
            date=self.date,
            year=self.date.year if self.date else None,
            countries=[self.country],
        )
