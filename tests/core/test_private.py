"""Briefs circulated before a meeting, restricted to a group: never public, listed,
searchable or cached; their documents never served at a public address."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from hub.briefs.models import BriefPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def participants(django_user_model):
    group = Group.objects.create(name="Workshop participants")
    member = django_user_model.objects.create_user("participante", password="pw-12345678")
    member.groups.add(group)
    return group, member


@pytest.fixture
def private_brief(participants, django_capture_on_commit_callbacks):
    group, _member = participants
    brief = BriefPage.objects.live().filter(locale__language_code="en").order_by("id").first()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=brief, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([group])
    collection = Collection.get_first_root_node().add_child(name="Pre-workshop briefs")
    document = brief.document
    document.collection = collection
    document.save()
    doc_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    doc_restriction.groups.set([group])
    return brief


def test_visitors_are_sent_to_sign_in(client, private_brief):
    response = client.get(private_brief.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    document = client.get(private_brief.document.url)
    assert document.status_code in (302, 403)
    assert document["Cache-Control"] == "private, no-store"


def test_members_see_it_and_nobody_caches_it(client, participants, private_brief):
    client.force_login(participants[1])
    response = client.get(private_brief.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    document = client.get(private_brief.document.url)
    assert document.status_code == 200
    assert document["Cache-Control"] == "private, no-store"


def test_public_pages_stay_cacheable(client, private_brief):
    response = client.get("/en/")
    assert "no-store" not in response.get("Cache-Control", "")


def test_never_listed_by_the_sitemap_the_api_or_search(client, private_brief):
    assert private_brief.url.encode() not in client.get("/sitemap.xml").content
    listed = client.get("/api/v2/pages/", {"type": "briefs.BriefPage", "limit": 50}).json()
    assert private_brief.id not in [item["id"] for item in listed["items"]]
    assert client.get(f"/api/v2/pages/{private_brief.id}/").status_code == 404
    found = client.get("/api/search/", {"q": f'"{private_brief.title}"', "lang": "en"}).json()
    assert private_brief.title not in [result["title"] for result in found["results"]]
    # Its citation files are not served either.
    assert client.get(private_brief.url + "cite.bib").status_code in (302, 404)


def test_images_in_a_private_collection_are_not_listed(client, participants):
    from hub.core.models import HubImage

    group, _member = participants
    image = HubImage.objects.order_by("pk").first()
    listed = {item["id"] for item in client.get("/api/v2/images/", {"limit": 50}).json()["items"]}
    assert image.pk in listed
    private = Collection.get_first_root_node().add_child(name="Private photos")
    image.collection = private
    image.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    listed = {item["id"] for item in client.get("/api/v2/images/", {"limit": 50}).json()["items"]}
    assert image.pk not in listed
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
