"""Open data: /api/countries/ and /api/organisations/."""

import datetime

from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from hub.core.api import BadRequest, error, paginated, query_values
from hub.core.api import language as query_language
from hub.network import status as statuses
from hub.network.filters import OrganisationQuery
from hub.network.models import Country, CountryIndexPage, Organisation
from hub.network.models.organisations import OrganisationKind

SOURCE_LANGUAGE = "es"


def _source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def _profile_bases(request):
    """{language: URL of the countries overview} for building profile URLs."""
    bases = {}
    for page in CountryIndexPage.objects.live().public().select_related("locale"):
        bases[page.locale.language_code] = request.build_absolute_uri(page.get_url(request))
    return bases


def _names(items_by_key, key):
    return {lang: item.name for lang, item in items_by_key.get(key, {}).items()}


def _by_translation_key(queryset):
    grouped = {}
    for item in queryset.select_related("locale"):
        grouped.setdefault(item.translation_key, {})[item.locale.language_code] = item
    return grouped


@require_GET
def countries(request):
    """Every country with its names, timeline (ISO dates, sources), NHRI, NPM and URL."""
    try:
        source = _source_locale()
        queryset = (
            Country.objects.live()
            .filter(locale=source)
            .prefetch_related("events")
            .order_by("iso_code")
        )
        names = _by_translation_key(Country.objects.live())
        organisations = list(Organisation.objects.live().filter(locale=source, country_code__gt=""))
        bases = _profile_bases(request)
        today = datetime.date.today()
        language = query_language(request, translation.get_language())

        def serialize(country):
            timeline = country.timeline()
            current = statuses.status_on(timeline, today)
            own = [o for o in organisations if o.country_code == country.iso_code]
            nhri = next((o for o in own if o.kind == "nhri"), None)
            npm = next((o for o in own if o.is_npm), None)
            return {
                "iso_code": country.iso_code,
                "names": _names(names, country.translation_key),
                "subregion": country.subregion,
                "status": {
                    "category": current.category,
                    "label": str(current.label),
                    "as_of": today.isoformat(),
                    "last_updated": country.status_updated_on.isoformat(),
                },
                "timeline": [event_json(event) for event in timeline],
                "nhri": organisation_json(nhri) if nhri else None,
                "npm": organisation_json(npm) if npm else None,
                "url": (bases.get(language, "") + country.iso_code.lower() + "/")
                if bases
                else None,
            }

        return paginated(request, queryset, serialize)
    except BadRequest as problem:
        return error(problem)


def event_json(event):
    return {
        "kind": event.kind,
        "date": event.date.isoformat(),
        "precision": event.precision,
        "uncertain": event.uncertain,
        "body": event.body,
        "is_nhri": event.is_nhri,
        "accession": event.accession,
        "accreditation_status": event.accreditation_status or None,
        "upr_cycle": event.upr_cycle,
        "upr_session": event.upr_session,
        "note": event.note,
        "document_symbol": event.document_symbol or None,
        "source": {"title": event.source_title, "url": event.source_url or None},
    }


def organisation_json(organisation):
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "acronym": organisation.acronym,
        "kind": organisation.kind,
        "country": organisation.country_code or None,
        "website": organisation.website or None,
        "ganhri_status": organisation.ganhri_status or None,
        "ganhri_as_of": organisation.ganhri_as_of or None,
        "ganhri_uncertain": organisation.ganhri_uncertain,
        "is_npm": organisation.is_npm,
    }


@require_GET
def organisations(request):
    """Organisations in one language (?lang=, default the source), filter by country, kind
    (`OrganisationQuery`)."""
    try:
        form = OrganisationQuery(request.GET, kinds=OrganisationKind.choices)
        language = query_values(form)["lang"] or SOURCE_LANGUAGE
        queryset = form.filter(
            Organisation.objects.live().filter(locale__language_code=language).order_by("slug")
        )
        return paginated(request, queryset, organisation_json)
    except BadRequest as problem:
        return error(problem)
