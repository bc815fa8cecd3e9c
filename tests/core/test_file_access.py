"""Who gets a document or an image through the file view, and how it answers HEAD.

A document that pages use (a brief offers it, or a page's rich text or blocks link to
it) follows them: public once one is live and unrestricted, else only for staff and the
visitors a live page's restriction lets in (a 404 while they are all drafts). A document
no page uses, and every image, keeps its collection's privacy.
"""

import posixpath

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from hub.briefs.models import BriefPage
from tests.factories import MINIMAL_PDF, DocumentFactory, ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

# The document with its collection; the collection's restrictions (read by Wagtail's
# before_serve_document hook, then by file_access); the pages using it, in one query.
QUERIES_FOR_A_PUBLIC_DOCUMENT = 4


@pytest.fixture
def brief():
    return BriefPage.objects.live().filter(document__isnull=False).order_by("pk").first()


def briefs_offering(document):
    return list(BriefPage.objects.filter(document=document))


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redactora", password="pw-12345678")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_a_live_briefs_document_is_public(client, brief):
    response = client.get(brief.document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def test_a_document_only_drafts_offer_is_not_served_to_visitors(client, brief, editor):
    for page in briefs_offering(brief.document):
        page.unpublish()
    response = client.get(brief.document.url)
    assert response.status_code == 404
    assert response["Cache-Control"] == "private, no-store"
    listed = client.get("/api/v2/documents/", {"limit": 50}).json()["items"]
    assert brief.document.pk not in [item["id"] for item in listed]
    # The editor previewing the draft gets it, for nobody to keep.
    client.force_login(editor)
    response = client.get(brief.document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_restricted_briefs_document_is_for_those_it_lets_in(client, brief, django_user_model):
    for page in briefs_offering(brief.document):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(brief.document.url).status_code == 403
    client.force_login(django_user_model.objects.create_user("lectora", password="pw-12345678"))
    response = client.get(brief.document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_document_no_brief_offers_keeps_its_collections_rule(client):
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def linking_page(document, *, live, how="rich text"):
    """A page whose body links to the document: from a paragraph's rich text, or with a
    document block."""
    if how == "rich text":
        block = ("paragraph", f'<p>See <a linktype="document" id="{document.pk}">it</a>.</p>')
    else:
        block = ("document", {"document": document, "title": ""})
    parent = Page.objects.get(depth=2, locale__language_code="es")
    page = StandardPageFactory(parent=parent, live=live, body=[block])
    page.save_revision()
    return page


@pytest.mark.parametrize("how", ["rich text", "block"])
def test_a_document_only_a_draft_links_to_is_not_served_to_visitors(client, editor, how):
    document = DocumentFactory()
    linking_page(document, live=False, how=how)
    response = client.get(document.url)
    assert response.status_code == 404
    assert response["Cache-Control"] == "private, no-store"
    client.force_login(editor)  # the draft's editor (and the documents' managers)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_document_only_a_restricted_page_links_to_is_for_those_it_lets_in(
    client, django_user_model
):
    document = DocumentFactory()
    page = linking_page(document, live=True)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    refused = client.get(document.url)
    assert refused.status_code == 403
    assert refused["Cache-Control"] == "private, no-store"
    client.force_login(django_user_model.objects.create_user("lector", password="pw-12345678"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_document_a_live_public_page_links_to_is_public(client):
    """However many drafts and restricted pages link to it too."""
    document = DocumentFactory()
    linking_page(document, live=False)
    restricted = linking_page(document, live=True)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    linking_page(document, live=True, how="block")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def test_the_document_view_asks_for_its_pages_in_one_query(
    client, brief, django_assert_num_queries
):
    """The pages using a document (its briefs, the pages linking to it) come in one
    query, however many kinds of use there are."""
    linking_page(brief.document, live=False)
    client.get(brief.document.url)  # the content types and restrictions, read once
    with django_assert_num_queries(QUERIES_FOR_A_PUBLIC_DOCUMENT):
        assert client.get(brief.document.url).status_code == 200


def test_documents_answer_head_and_nothing_else_unsafe(client):
    document = DocumentFactory()
    head = client.head(document.url)
    assert head.status_code == 200
    assert head["Content-Length"] == str(len(MINIMAL_PDF))
    assert head["Content-Type"] == "application/pdf"
    assert head.content == b""
    assert client.post(document.url).status_code == 405


@pytest.fixture
def private_image(django_user_model):
    members = Group.objects.create(name="Photo members")
    collection = Collection.get_first_root_node().add_child(name="Private photos")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members])
    image = ImageFactory(collection=collection)
    member = django_user_model.objects.create_user("socia", password="pw-12345678")
    member.groups.add(members)
    return image, member


def test_a_public_images_renditions_are_cached_for_good(client):
    rendition = ImageFactory().get_rendition("width-100|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    head = client.head(rendition.url)
    assert head.status_code == 200
    assert head["Content-Length"] == response["Content-Length"]
    assert head["Content-Type"] == "image/webp"


def test_a_private_images_renditions_are_not_public(client, private_image, editor):
    image, member = private_image
    # Another size than the test above: ids come again after a rollback, and Wagtail's
    # rendition cache would give that test's rendition.
    rendition = image.get_rendition("width-120|format-webp")
    refused = client.get(rendition.url)
    assert refused.status_code == 403
    assert refused["Cache-Control"] == "private, no-store"
    for user in (member, editor):  # a member; an editor (the admin shows thumbnails)
        client.force_login(user)
        response = client.get(rendition.url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"


def test_the_images_api_download_url_gives_the_original(client):
    image = ImageFactory()
    with image.open_file() as handle:
        original = handle.read()
    detail = client.get(f"/api/v2/images/{image.pk}/").json()
    url = detail["meta"]["download_url"]
    assert url.startswith("http")
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == original
    assert response["Content-Type"] == "image/jpeg"
    assert client.head(url).status_code == 200


def test_a_private_images_original_is_refused(client, private_image):
    image, member = private_image
    url = reverse("image_original", args=[image.pk, posixpath.basename(image.file.name)])
    assert client.get(url).status_code == 403
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
