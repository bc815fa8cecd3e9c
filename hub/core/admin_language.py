"""The admin in the editor's language: labels Wagtail translates too early, and the
Portuguese that Django, Wagtail and the other apps write as Brazilian.

Wagtail 8.0.1's ``wagtail/admin/viewsets/chooser.py`` imports ``gettext`` (not
``gettext_lazy``) as ``_`` and uses it for class attributes of ``ChooserViewSet``. They
are translated once, when the module is imported, in the default language (Spanish
here), and every chooser built from that class (images, documents, media, snippets)
then shows "Buscar", "Elegir", "Editar"… whatever the editor's chosen language. Wagtail
translates everything else in the admin per request, in the language of the editor's
account (``UserProfile.preferred_language``).

``use_lazy_chooser_labels()`` puts the lazy strings back on the class before any URL is
built, with the same source texts, so that they are translated when a chooser is shown.
Remove it once Wagtail imports ``gettext_lazy`` there (checked by
tests/core/test_admin_language.py, which fails when this is no longer needed).
"""

from django.utils.translation import gettext_lazy

# The source texts of the attributes, as Wagtail writes them.
CHOOSER_LABELS = {
    "choose_one_text": "Choose",
    "choose_another_text": "Choose another",
    "edit_item_text": "Edit",
    "search_tab_label": "Search",
    "create_action_label": "Create",
}


def use_lazy_chooser_labels():
    from wagtail.admin.viewsets.chooser import ChooserViewSet

    for attribute, text in CHOOSER_LABELS.items():
        if isinstance(ChooserViewSet.__dict__.get(attribute), str):
            setattr(ChooserViewSet, attribute, gettext_lazy(text))


def chooser_labels_are_eager():
    """True while Wagtail still translates the chooser labels at import time."""
    from django.utils.translation import gettext

    from wagtail.admin.viewsets import chooser

    return chooser._ is gettext


def portuguese_falls_back_to_brazilian():
    """The interface language "pt" has no catalogue of its own in Django, Wagtail and the
    apps the admin is made of: they translate into pt_BR (and pt_PT). Without this, what
    the hub does not translate itself fell back to Spanish (LANGUAGE_CODE) in the
    Portuguese admin ("Cerrar todo"). After the hub's own catalogue comes Brazilian
    Portuguese (as the hub's own is), then the English source, never Spanish. Run when
    the apps are ready and whenever Django empties its translations (a change of
    LANGUAGES, LANGUAGE_CODE or LOCALE_PATHS in a test).
    """
    from django.utils.translation import trans_real

    portuguese = trans_real.translation("pt")
    if getattr(portuguese._fallback, "is_hub_brazilian", False):
        return
    brazilian = trans_real.DjangoTranslation("pt-br")
    brazilian._fallback = None  # the source text (English), not LANGUAGE_CODE's
    brazilian.is_hub_brazilian = True
    portuguese._fallback = brazilian


def keep_portuguese_falling_back(setting, **kwargs):
    if setting in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"}:
        portuguese_falls_back_to_brazilian()
