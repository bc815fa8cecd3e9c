from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from hub.core.snippet_permissions import (
    TranslatableSnippetViewSet,
    register_translation_locale_policy,
)
from hub.network.models import Country, Organisation, Person

register_translation_locale_policy(Country, Organisation, Person)


class PersonViewSet(TranslatableSnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "country_code", "locale"]
    list_filter = ["locale", "country_code", "is_sample"]


class OrganisationViewSet(TranslatableSnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "kind", "country_code", "ganhri_status", "is_npm", "locale"]
    list_filter = ["locale", "kind", "country_code", "is_npm", "ganhri_status"]


class CountryViewSet(TranslatableSnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "iso_code", "subregion", "status_updated_on", "locale"]
    list_filter = ["locale", "subregion"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (CountryViewSet, OrganisationViewSet, PersonViewSet)
    menu_icon = "globe"
    menu_label = _("Network")
    menu_name = "network"
    menu_order = 200


register_snippet(NetworkViewSetGroup)
