"""Country names for the ISO 3166-1 alpha-2 codes the network works with.

The network issue adds the Country snippet with dated status timelines; until then these
names let people and pages show a country without a query.
"""

from django.utils.translation import gettext_lazy as _

LATIN_AMERICA = {
    "AR": _("Argentina"),
    "BO": _("Bolivia"),
    "BR": _("Brazil"),
    "CL": _("Chile"),
    "CO": _("Colombia"),
    "CR": _("Costa Rica"),
    "EC": _("Ecuador"),
    "SV": _("El Salvador"),
    "GT": _("Guatemala"),
    "HN": _("Honduras"),
    "MX": _("Mexico"),
    "NI": _("Nicaragua"),
    "PA": _("Panama"),
    "PY": _("Paraguay"),
    "PE": _("Peru"),
    "UY": _("Uruguay"),
    "VE": _("Venezuela"),
}
OTHER = {
    "GB": _("United Kingdom"),
    "IE": _("Ireland"),
    "CH": _("Switzerland"),
    "US": _("United States"),
}
COUNTRY_NAMES = {**LATIN_AMERICA, **OTHER}
# Sorted by code: sorting by name would depend on the language active at import time.
COUNTRY_CHOICES = sorted(COUNTRY_NAMES.items())


def country_name(code):
    return COUNTRY_NAMES.get((code or "").upper(), code or "")
