"""Link previews (Open Graph, Twitter cards), schema.org JSON-LD, and the partner API."""

from urllib.parse import urlsplit

import pytest

from django.conf import settings

from wagtail.models import Collection, CollectionViewRestriction

from hub.briefs.models import BriefPage
from hub.core.models import SiteSettings, Topic
from hub.events.models import WorkshopPage
from hub.news.models import NewsPage
from media_library.models import RecordingPage
from tests.open_web import head_of, schema_object, schema_types
from tests.site import live_pages

pytestmark = pytest.mark.django_db


@pytest.mark.demo
def test_every_page_type_has_a_complete_link_preview(client):
    pages = live_pages()
    assert len({type(p) for p in pages}) >= 13
    for page in pages:
        meta = head_of(client, page.url).meta
        for name in ("og:title", "og:type", "og:url", "og:image", "og:image:width", "og:locale"):
            assert meta.get(name), (page.url, name)
        assert meta["twitter:card"] == "summary_large_image"
        assert meta["twitter:image"] == meta["og:image"]
        assert meta["og:url"] == "http://testserver" + page.url
        # The image is served, at the size the tags announce.
        image_path = urlsplit(meta["og:image"]).path
        image = client.get(image_path)
        assert image.status_code == 200, (page.url, image_path)


def test_a_page_without_an_image_is_shared_with_the_card_in_its_language(client):
    brief = BriefPage.objects.live().filter(locale__language_code="pt").first()
    assert brief.listing_image is None
    meta = head_of(client, brief.url).meta
    assert meta["og:image"].endswith("/share-card-pt.png")
    assert meta["og:locale"] == "pt_BR"
    assert meta["og:image:alt"] == "Portal de Prevenção da Tortura"
    assert client.get(urlsplit(meta["og:image"]).path).status_code == 200


def test_home_is_shared_under_the_site_name_and_describes_the_organisation(client):
    parser = head_of(client, "/es/")
    assert parser.meta["og:title"] == "Portal de Prevención de la Tortura"
    assert {"Organization", "WebSite"} <= set(schema_types(parser))
    search = schema_object(parser, "WebSite")["potentialAction"]
    template = search["target"]["urlTemplate"]
    assert "{search_term_string}" in template and search["query-input"].endswith(
        "search_term_string"
    )
    results = client.get(urlsplit(template.replace("{search_term_string}", "tortura")).path)
    assert results.status_code == 200


def test_pages_below_home_carry_their_breadcrumb_trail(client):
    news = NewsPage.objects.live().filter(locale__language_code="en").first()
    trail = schema_object(head_of(client, news.url), "BreadcrumbList")["itemListElement"]
    assert [item["position"] for item in trail] == [1, 2, 3]
    assert trail[0]["item"] == "http://testserver/en/"
    assert trail[-1] == {
        "@type": "ListItem",
        "position": 3,
        "name": news.title,
        "item": "http://testserver" + news.url,
    }


@pytest.mark.parametrize(
    "model, type_name",
    [
        (NewsPage, "NewsArticle"),
        (BriefPage, "ScholarlyArticle"),
        (WorkshopPage, "Event"),
    ],
)
def test_content_pages_describe_themselves(client, model, type_name):
    page = model.objects.live().filter(locale__language_code="es").first()
    item = schema_object(head_of(client, page.url), type_name)
    assert item["url"] == "http://testserver" + page.url
    assert (item.get("name") or item["headline"]) == page.title


@pytest.mark.parametrize(
    "model, type_name", [(NewsPage, "NewsArticle"), (BriefPage, "ScholarlyArticle")]
)
def test_articles_are_published_by_the_organisation_named_in_site_settings(
    client, model, type_name
):
    page = model.objects.live().filter(locale__language_code="en").first()
    settings_ = SiteSettings.for_site(page.get_site())
    settings_.organisation_name = "Sample Network of Fictional Ombuds"
    settings_.save()
    item = schema_object(head_of(client, page.url), type_name)
    assert item["publisher"]["name"] == "Sample Network of Fictional Ombuds"
    home = schema_object(head_of(client, "/en/"), "Organization")
    assert home["name"] == item["publisher"]["name"]


@pytest.mark.parametrize("kind, type_name", [("video", "VideoObject"), ("audio", "AudioObject")])
def test_recordings_are_shared_as_media(client, kind, type_name):
    page = RecordingPage.objects.live().filter(locale__language_code="en", media__type=kind)
    parser = head_of(client, page.first().url)
    assert type_name in schema_types(parser)
    assert parser.meta["og:type"] == ("video.other" if kind == "video" else "music.song")
    assert parser.meta["og:" + kind].startswith("http://testserver/media/files/")


def test_a_country_profile_is_its_own_page_in_every_language(client):
    parser = head_of(client, "/en/countries/ar/?on=2011-12-31")
    assert parser.canonical == "http://testserver/en/countries/ar/"
    assert parser.meta["og:title"] == "Argentina"
    assert parser.meta["og:url"] == parser.canonical
    html = client.get("/en/countries/ar/").content.decode()
    assert 'hreflang="es" href="http://testserver/es/paises/ar/"' in html
    assert 'href="/pt/paises/ar/" lang="pt"' in html


def test_search_results_are_shared_with_a_title(client):
    meta = head_of(client, "/pt/search/?q=tortura").meta
    assert meta["og:title"] == "Buscar"
    assert meta["og:image"].endswith("/share-card-pt.png")


# The API for partners.


def api(client, endpoint, **params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_pages_expose_their_content_and_public_address(client):
    data = api(
        client,
        "pages",
        type="briefs.BriefPage",
        locale="en",
        fields="abstract,publication_date,document,authors,countries,licence",
    )
    assert (
        data["meta"]["total_count"]
        == BriefPage.objects.live().filter(locale__language_code="en").count()
    )
    item = data["items"][0]
    page = BriefPage.objects.get(pk=item["id"])
    assert item["meta"]["html_url"] == settings.WAGTAILAPI_BASE_URL + page.url
    assert item["abstract"] == page.abstract
    assert item["authors"] == [person.name for person in page.author_people()]
    assert item["countries"] == [code for code, _name in page.country_list()]
    download = item["document"]["meta"]["download_url"]
    assert download.startswith(settings.WAGTAILAPI_BASE_URL + "/documents/")


@pytest.mark.parametrize("language", ["en", "pt"])
def test_pages_name_their_topics_in_their_own_language(client, language):
    """The API has one address for every language: each page's topics are in its own,
    whichever language the request asks for."""
    data = api(client, "pages", type="briefs.BriefPage", locale=language, fields="topics")
    item = next(item for item in data["items"] if item["topics"])
    page = BriefPage.objects.get(pk=item["id"])
    expected = [
        Topic.objects.get(translation_key=row.topic.translation_key, locale=page.locale).name
        for row in page.topics.select_related("topic")
    ]
    for accept in ("es", "en", "pt"):
        response = client.get(
            f"/api/v2/pages/{page.pk}/", {"fields": "topics"}, HTTP_ACCEPT_LANGUAGE=accept
        )
        assert response.json()["topics"] == expected, accept


def test_documents_and_media_of_published_pages_are_listed(client):
    documents = {item["id"] for item in api(client, "documents", limit=50)["items"]}
    briefs = BriefPage.objects.live().public()
    assert documents == set(briefs.values_list("document_id", flat=True)) - {None}

    media = api(client, "media", limit=50)["items"]
    used = set(RecordingPage.objects.live().public().values_list("media_id", flat=True))
    assert {item["id"] for item in media} == used - {None}
    detail = client.get(urlsplit(media[0]["meta"]["detail_url"]).path).json()
    assert detail["captions"] and detail["captions"][0]["url"].endswith(".vtt")
    assert client.get(urlsplit(detail["meta"]["download_url"]).path).status_code == 200


def test_media_of_a_draft_or_in_a_private_collection_is_not_listed(client, django_user_model):
    from django.contrib.auth.models import Group

    recording = RecordingPage.objects.live().filter(locale__language_code="es").first()
    media = recording.media
    for translation in RecordingPage.objects.filter(media=media):
        translation.unpublish()
    assert media.pk not in {item["id"] for item in api(client, "media", limit=50)["items"]}
    assert client.get(f"/api/v2/media/{media.pk}/").status_code == 404

    document = BriefPage.objects.live().exclude(document=None).first().document
    private = Collection.get_first_root_node().add_child(name="Private documents")
    document.collection = private
    document.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Participants")])
    assert document.pk not in {item["id"] for item in api(client, "documents", limit=50)["items"]}
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


def test_api_answers_bad_parameters_with_an_error_not_a_crash(client):
    for params in ({"limit": "many"}, {"fields": "nonsense"}, {"type": "no.Such"}, {"order": "x"}):
        response = client.get("/api/v2/pages/", params)
        assert response.status_code == 400, params
        assert "message" in response.json()


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "media"])
@pytest.mark.parametrize("search", ['"', 'a"b', "\x00", "(", "NEAR(", "*", "¿?", "x" * 5000])
def test_api_search_takes_any_text(client, endpoint, search):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code == 200, response.content[:300]
    assert "items" in response.json()


@pytest.mark.demo
def test_api_search_keeps_the_words_of_a_quoted_query(client):
    plain = api(client, "pages", search="Buenos Aires", type="events.WorkshopPage")
    quoted = api(client, "pages", search='"Buenos Aires"', type="events.WorkshopPage")
    assert quoted["meta"]["total_count"] == plain["meta"]["total_count"] > 0
    assert api(client, "pages", search="((")["meta"]["total_count"] == 0


def test_api_search_operator_is_and_or_or(client):
    assert api(client, "pages", search="taller tortura", search_operator="or")["items"]
    response = client.get("/api/v2/pages/", {"search": "taller", "search_operator": "xor"})
    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]


def test_api_finds_media_by_title(client):
    listed = api(client, "media")["items"]
    word = max(listed[0]["title"].split(), key=len)
    found = api(client, "media", search=word)["items"]
    assert listed[0]["id"] in [item["id"] for item in found]


@pytest.mark.demo
@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_the_home_page_is_shared_with_the_text_card_of_its_language(client, code):
    """Not with a generated picture: the demo's home has no image of its own (its hero is
    the status map)."""
    meta = head_of(client, f"/{code}/").meta
    assert meta["og:image"].endswith(f"/share-card-{code}.png")
    assert meta["og:image:type"] == "image/png"
    assert client.get(urlsplit(meta["og:image"]).path).status_code == 200
