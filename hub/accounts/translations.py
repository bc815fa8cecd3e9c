"""Whether a translated page still matches its source.

wagtail-localize keeps, per source page, when its text was last extracted for translators
(`TranslationSource.last_updated_at`: at the first translation and at each "Sync
translated pages"). A translation is out of date when the source page has been published
again since: its translators have not seen the new text yet.
"""

from wagtail.models import Page


def out_of_date_source(page):
    """The source page when `page` is a translation whose source changed since it was last
    synced, else None."""
    from wagtail_localize.models import TranslationSource

    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .first()
    )
    if source is None:
        return None
    original = Page.objects.filter(
        translation_key=page.translation_key, locale_id=source.locale_id
    ).first()
    if original is None or original.last_published_at is None:
        return None
    return original if original.last_published_at > source.last_updated_at else None
