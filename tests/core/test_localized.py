"""What the public sees of snippets in a language (hub.core.utils.localized_pairs): their
published translation there, else the object itself, else nothing; objects already in
that language ask the database nothing more."""

import pytest

from wagtail.models import Locale

from hub.core.utils import localized_pairs
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get(language_code=code)


def test_snippets_already_in_the_language_are_themselves_without_a_query(
    django_assert_num_queries,
):
    spanish = locale("es")
    shown, other = PersonFactory(), PersonFactory()
    draft = PersonFactory(live=False)
    with django_assert_num_queries(0):
        pairs = localized_pairs([shown, draft, other], spanish)
    assert pairs == [(shown, shown), (draft, None), (other, other)]


def test_snippets_of_another_language_are_their_published_translations(
    django_assert_num_queries,
):
    english = locale("en")
    person, untranslated = PersonFactory(), PersonFactory()
    translation = person.copy_for_translation(english)
    translation.name = "Example Person"
    translation.save()
    draft = PersonFactory(live=False)
    already = PersonFactory(locale=english)
    with django_assert_num_queries(1):
        pairs = localized_pairs([person, untranslated, draft, already], english.pk)
    assert pairs == [
        (person, translation),
        (untranslated, untranslated),
        (draft, None),
        (already, already),
    ]
