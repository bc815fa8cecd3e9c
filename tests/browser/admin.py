"""Helpers for browser tests of the admin: staff sessions on the live site, and the
resumable upload page driven as an editor drives it."""

import json

# A staff account in a role's group, logged in: the session key goes into the browser's
# cookie, so a test does not type passwords for every role.
STAFF_SESSION = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
keys = {}
for username, group in %s:
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name = username.title()
    user.save()
    user.groups.add(Group.objects.get(name=group))
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    keys[username] = session.session_key
print(json.dumps(keys))
"""

UPLOADS = "**/admin/media/uploads/**"


def staff_sessions(live_manage, accounts):
    """{username: session key} for [(username, group name)], made on the live site."""
    return json.loads(live_manage(STAFF_SESSION % (list(accounts),)).strip().splitlines()[-1])


def staff_context(browser, live_site, session_key, language="en"):
    """A browser context logged in with `session_key`, asking for the admin in `language`
    (the account has no preference of its own)."""
    context = browser.new_context(locale=language, extra_http_headers={"Accept-Language": language})
    context.add_cookies([{"name": "sessionid", "value": session_key, "url": live_site}])
    return context


def open_upload_page(context, live_site):
    page = context.new_page()
    response = page.goto(live_site + "/admin/media/upload/")
    assert response.status == 200
    return page


def choose_and_upload(page, path, title, language="es"):
    page.get_by_label("Audio or video file").set_input_files(str(path))
    page.get_by_label("Title").fill(title)
    page.get_by_label("Language spoken").select_option(language)
    page.get_by_role("button", name="Upload", exact=True).click()


def watch_pieces(page, cut_at=None, cut=None):
    """The Upload-Offset of each request that creates (POST: none) or sends a piece (PATCH)
    to the upload endpoint, in order; the `cut_at`-th PATCH is cut off by `cut(route)`."""
    offsets = []

    def handle(route):
        if route.request.method in ("POST", "PATCH"):
            offsets.append(route.request.headers.get("upload-offset"))
            patches = sum(offset is not None for offset in offsets)
            if route.request.method == "PATCH" and patches == cut_at:
                cut(route)
                return
        route.continue_()

    page.route(UPLOADS, handle)
    return offsets
