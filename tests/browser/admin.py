"""The live site's admin, as a member of an editorial group sees it in Chromium.

``admin_session(browser, live_site, live_manage, group)`` makes a member of ``group`` in
the live site's database (``live_manage``: tests/browser/conftest.py), signs them in through the
login form and returns the Playwright page with what went wrong collected: console
errors, uncaught exceptions and answers of 400 or more (the admin's own requests, the
preview it frames, the autosave and editing-session pings).
"""

import json

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
