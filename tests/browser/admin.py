"""Helpers for browser tests of the admin, on the live site (tests/browser/conftest.py).

- ``staff_sessions`` and ``staff_context``: staff accounts in a role's group, signed in
  by their session cookie, for journeys that switch between roles;
- ``admin_session(browser, live_site, live_manage, group)``: a member of ``group`` signed
  in through the login form, with what went wrong collected (console errors, uncaught
  exceptions, answers of 400 or more: the admin's own requests, the preview it frames,
  the autosave and editing-session pings);
- the resumable upload page driven as an editor drives it.
"""

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


PASSWORD = "pw-browser-12345"

MEMBER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
user, _ = get_user_model().objects.get_or_create(username={name!r})
user.set_password({password!r})
user.save()
user.groups.add(Group.objects.get(name={group!r}))
profile = UserProfile.get_for_user(user)
profile.preferred_language = "en"
profile.save()
"""


def admin_urls(live_manage, code):
    """The admin addresses that ``code`` prints, as a JSON list, in the live site."""
    return json.loads(live_manage(code).strip().splitlines()[-1])


class AdminSession:
    def __init__(self, context, page):
        self.context, self.page = context, page
        self.problems = []
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on(
            "console",
            lambda message: (
                self.problems.append(f"console: {message.text}")
                if message.type == "error"
                else None
            ),
        )
        page.on(
            "response",
            lambda response: (
                self.problems.append(f"{response.status} {response.request.method} {response.url}")
                if response.status >= 400
                else None
            ),
        )


def admin_session(browser, live_site, live_manage, group):
    name = group.lower().replace(" ", "-") + "-browser"
    live_manage(MEMBER.format(name=name, password=PASSWORD, group=group))
    context = browser.new_context(base_url=live_site)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return AdminSession(context, page)
