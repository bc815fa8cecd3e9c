"""Who keeps the search synonyms, cell by cell (README: Roles and review): Editors,
Moderators and Administrators add and change them (live when saved); only Moderators and
Administrators delete them; Translators do neither. A group that cannot work is refused
with its reason."""

import pytest

from search.models import SearchSynonym
from tests.accounts.snippets import refused, snippet_url

KEEPERS = [
    ("Editors", True),
    ("Moderators", True),
    ("Translators", False),
    ("Administrators", True),
]
DELETERS = [
    ("Editors", False),
    ("Moderators", True),
    ("Translators", False),
    ("Administrators", True),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("group", "allowed"), KEEPERS)
def test_who_adds_and_changes_synonyms(signed_in, group, allowed):
    client = signed_in(group)
    response = client.post(snippet_url(SearchSynonym, "add"), {"terms": "INDH, NHRI", "note": ""})
    assert SearchSynonym.objects.filter(terms="INDH, NHRI").exists() == allowed
    if not allowed:
        assert refused(response)
        return
    synonym = SearchSynonym.objects.get(terms="INDH, NHRI")
    client.post(
        snippet_url(SearchSynonym, "edit", synonym.pk), {"terms": "INDH, NHRI, INDDHH", "note": ""}
    )
    synonym.refresh_from_db()
    assert synonym.terms == "INDH, NHRI, INDDHH"


@pytest.mark.django_db
@pytest.mark.parametrize(("group", "allowed"), DELETERS)
def test_who_deletes_synonyms(signed_in, group, allowed):
    synonym = SearchSynonym.objects.create(terms="Zafarrancho, Jaleo")
    response = signed_in(group).post(snippet_url(SearchSynonym, "delete", synonym.pk))
    assert SearchSynonym.objects.filter(pk=synonym.pk).exists() != allowed
    if not allowed:
        assert refused(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("terms", "message"),
    [("Solo", "at least two terms"), ("Uno, " + "muy " * 7 + "largo", "one to six words")],
)
def test_a_group_that_cannot_work_is_refused_with_a_reason(signed_in, terms, message):
    client = signed_in("Editors")
    with_english = {"HTTP_ACCEPT_LANGUAGE": "en"}
    response = client.post(snippet_url(SearchSynonym, "add"), {"terms": terms}, **with_english)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SearchSynonym.objects.filter(terms=terms).exists()
