"""The README's "Roles and review" table, cell by cell, through the admin over HTTP.

Each row of TABLE is one action and the groups that may do it; every row is run for
every group, so each cell is checked both ways: the action happens for the groups that
have it, and is refused (nothing changes) for the others. Each action says whether it
happened by looking at the data, not at the answer's wording.

Pages are checked in the source (Spanish) tree and in a translation (English) tree;
the actions themselves are in role_actions.py; snippets are in test_snippet_permissions.py
(the footer) and test_snippet_review.py (the other snippets).
"""

import pytest

from django.urls import reverse

from hub.engage.models import ContactPage, NewsletterPage
from tests.accounts.caption_actions import caption_action
from tests.accounts.role_actions import (
    ADMINISTRATORS,
    ALL,
    EDITORS,
    KINDS,
    MODERATORS,
    PUBLISHERS,
    ROLES,
    SOURCE_WRITERS,
    admin_view,
    create_page,
    delete_item,
    delete_page,
    delete_submission,
    draft,
    edit_item,
    edit_page,
    forms_listed,
    home,
    resumable_upload,
    submissions,
    upload,
)

pytestmark = pytest.mark.django_db


# -- the table ---------------------------------------------------------------------------

TABLE = [
    # Pages in the source language (Spanish).
    ("page es: create", create_page("es"), SOURCE_WRITERS),
    ("page es: edit someone's", edit_page("es"), SOURCE_WRITERS),
    ("page es: submit for review", edit_page("es", "action-submit"), SOURCE_WRITERS),
    ("page es: publish", edit_page("es", "action-publish"), PUBLISHERS),
    ("page es: delete own draft", delete_page("es"), SOURCE_WRITERS),
    ("page es: delete someone's draft", delete_page("es", own=False), PUBLISHERS),
    ("page es: delete a live page", delete_page("es", own=False, live=True), PUBLISHERS),
    ("page es: bulk delete someone's draft", delete_page("es", own=False, bulk=True), PUBLISHERS),
    # Pages in a translation's language (English; Portuguese is the same).
    ("page en: create", create_page("en"), SOURCE_WRITERS),
    ("page en: edit someone's", edit_page("en"), ALL),
    ("page en: submit for review", edit_page("en", "action-submit"), ALL),
    ("page en: publish", edit_page("en", "action-publish"), PUBLISHERS),
    ("page en: delete own draft", delete_page("en"), ALL),
    ("page en: delete someone's draft", delete_page("en", own=False), PUBLISHERS),
    ("page en: bulk delete someone's draft", delete_page("en", own=False, bulk=True), PUBLISHERS),
    # Documents, images, media.
    ("document: upload", upload("document"), ALL),
    ("document: edit own", edit_item("document", own=True), ALL),
    ("document: edit someone's", edit_item("document", own=False), SOURCE_WRITERS),
    ("document: delete own", delete_item("document", own=True), ALL),
    ("document: delete someone's", delete_item("document", own=False), PUBLISHERS),
    ("document: bulk delete someone's", delete_item("document", False, bulk=True), PUBLISHERS),
    ("image: upload", upload("image"), SOURCE_WRITERS),
    ("image: edit own", edit_item("image", own=True), SOURCE_WRITERS),
    ("image: edit someone's", edit_item("image", own=False), SOURCE_WRITERS),
    ("image: delete own", delete_item("image", own=True), SOURCE_WRITERS),
    ("image: delete someone's", delete_item("image", own=False), PUBLISHERS),
    ("image: bulk delete someone's", delete_item("image", False, bulk=True), PUBLISHERS),
    ("media: upload", upload("media"), SOURCE_WRITERS),
    ("media: resumable upload", resumable_upload(), SOURCE_WRITERS),
    ("media: edit own", edit_item("media", own=True), SOURCE_WRITERS),
    ("media: edit someone's", edit_item("media", own=False), SOURCE_WRITERS),
    ("media: delete own", delete_item("media", own=True), SOURCE_WRITERS),
    ("media: delete someone's", delete_item("media", own=False), PUBLISHERS),
    # Captions, from a recording page's editor: by the language of the captions (a
    # translator's are those of the translation trees) and of the page (one they may edit).
    ("captions es of an es page: upload", caption_action("es", "es", "upload"), SOURCE_WRITERS),
    ("captions es of an es page: edit cues", caption_action("es", "es", "cues"), SOURCE_WRITERS),
    ("captions pt of an es page: upload", caption_action("es", "pt", "upload"), SOURCE_WRITERS),
    ("captions en of an en page: upload", caption_action("en", "en", "upload"), ALL),
    ("captions en of an en page: replace", caption_action("en", "en", "replace"), ALL),
    ("captions en of an en page: edit cues", caption_action("en", "en", "cues"), ALL),
    ("captions en of an en page: review", caption_action("en", "en", "review"), ALL),
    ("captions en of an en page: download", caption_action("en", "en", "download"), ALL),
    ("captions en of an en page: delete", caption_action("en", "en", "delete"), PUBLISHERS),
    ("captions es of an en page: upload", caption_action("en", "es", "upload"), SOURCE_WRITERS),
    ("captions es of an en page: review", caption_action("en", "es", "review"), SOURCE_WRITERS),
    # Personal data: contact messages and newsletter subscriptions, in both trees.
    *[
        row
        for model, what in ((ContactPage, "contact messages"), (NewsletterPage, "subscriptions"))
        for language in ("es", "en")
        for row in (
            (f"{what} {language}: listed under Forms", forms_listed(model, language), PUBLISHERS),
            (f"{what} {language}: view", submissions(model, language), PUBLISHERS),
            (f"{what} {language}: export CSV", submissions(model, language, "csv"), PUBLISHERS),
            (f"{what} {language}: export XLSX", submissions(model, language, "xlsx"), PUBLISHERS),
            (f"{what} {language}: delete", delete_submission(model, language), PUBLISHERS),
        )
    ],
    # Users and settings.
    ("users: list", admin_view("wagtailusers_users:index"), {ADMINISTRATORS}),
    ("groups: list", admin_view("wagtailusers_groups:index"), {ADMINISTRATORS}),
    (
        "site settings: edit",
        admin_view("wagtailsettings:edit", "core", "sitesettings"),
        {ADMINISTRATORS},
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("action", "act", "allowed"), TABLE, ids=[row[0] for row in TABLE])
def test_the_role_table(client, member, tmp_path, role, action, act, allowed):
    user = member(role, "persona-del-rol")
    other = member(EDITORS, "otra-persona")
    client.force_login(user)
    done = act(client, user, other, tmp_path)
    assert done == (role in allowed), (
        f"{role} {'may' if role in allowed else 'may not'} {action}, but it "
        f"{'was refused' if role in allowed else 'happened'}"
    )


# -- what a role may not do is not offered either ---------------------------------------


def shows(client, url, link):
    response = client.get(url)
    assert response.status_code == 200, url
    return link in response.content.decode()


@pytest.mark.parametrize(("role", "offered"), [(EDITORS, False), (MODERATORS, True)])
def test_delete_is_offered_only_where_it_is_allowed(client, member, tmp_path, role, offered):
    user = member(role, "persona-del-rol")
    other = member(EDITORS, "otra-persona")
    client.force_login(user)

    own, someones = draft("es", user), draft("es", other)
    for page, expected in ((own, True), (someones, offered)):
        delete = reverse("wagtailadmin_pages:delete", args=[page.pk])
        assert shows(client, reverse("wagtailadmin_pages:edit", args=[page.pk]), delete) is expected
        listing = reverse("wagtailadmin_explore", args=[home("es").pk])
        assert shows(client, listing, delete) is expected

    for kind in KINDS:
        for owner, expected in ((user, True), (other, offered)):
            item = KINDS[kind]["make"](owner, tmp_path)
            delete = reverse(KINDS[kind]["delete"], args=[item.pk])
            edit = reverse(KINDS[kind]["edit"], args=[item.pk])
            assert shows(client, edit, delete) is expected, (kind, owner.username)


@pytest.mark.parametrize("role", ROLES)
def test_the_forms_menu_only_for_those_who_see_personal_data(client, member, role):
    client.force_login(member(role, "persona-del-rol"))
    forms = reverse("wagtailforms:index")
    assert shows(client, reverse("wagtailadmin_home"), forms) is (role in PUBLISHERS)
