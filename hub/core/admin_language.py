"""The admin in the editor's language: labels Wagtail translates too early.

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
