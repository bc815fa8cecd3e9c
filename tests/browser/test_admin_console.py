"""The admin as an editor uses it, in Chromium: no console error, no failed request.

Every page type's editor (with its preview panel open, and a change typed so that the
autosave and the editing-session ping run), a new page's editor, each snippet's editor
and listing, the media, document and image libraries and the dashboard.
"""

import pytest

from tests.browser.admin import admin_session, admin_urls

pytestmark = pytest.mark.browser

PAGE_EDITORS = """
import json
from django.urls import reverse
from wagtail.models import Page
seen, urls = set(), []
pages = Page.objects.filter(depth__gt=1).order_by("path")
for page in pages.filter(locale__language_code="es").specific():
    if type(page) not in seen:
        seen.add(type(page))
        urls.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
home = pages.get(depth=2, locale__language_code="es")
# A translation, in wagtail-localize's editor.
urls.append(reverse("wagtailadmin_pages:edit", args=[pages.filter(locale__language_code="pt").last().pk]))
urls.append(reverse("wagtailadmin_pages:add", args=["core", "standardpage", home.pk]))
print(json.dumps(urls))
"""

OTHER_VIEWS = """
import json
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models
urls = [reverse("wagtailadmin_home"), reverse("wagtailmedia:index"),
        reverse("wagtaildocs:index"), reverse("wagtailimages:index")]
for model in get_snippet_models():
    app, name = model._meta.app_label, model._meta.model_name
    urls.append(reverse(f"wagtailsnippets_{app}_{name}:list"))
    item = model.objects.order_by("pk").first()
    if item is not None:
        urls.append(reverse(f"wagtailsnippets_{app}_{name}:edit", args=[item.pk]))
print(json.dumps(urls))
"""


@pytest.fixture(scope="module")
def editor(browser, live_site, live_manage):
    session = admin_session(browser, live_site, live_manage, "Editors")
    session.manage = live_manage
    yield session
    session.context.close()


def test_page_editors_log_no_error(editor):
    page = editor.page
    for url in admin_urls(editor.manage, PAGE_EDITORS):
        page.goto(url, wait_until="networkidle")
        preview = page.locator("[data-side-panel-toggle='preview']")
        if preview.count():
            preview.first.click()
            page.wait_for_timeout(1500)  # the preview renders, its checks run
        title = page.locator("#id_title")  # not in wagtail-localize's translation editor
        if title.count():
            title.click()
            page.keyboard.type(" (draft)")
            page.wait_for_timeout(1500)  # the autosave runs
        page.wait_for_load_state("networkidle")
        assert editor.problems == [], url


def test_snippet_editors_and_libraries_log_no_error(editor):
    page = editor.page
    for url in admin_urls(editor.manage, OTHER_VIEWS):
        page.goto(url, wait_until="networkidle")
        assert editor.problems == [], url
