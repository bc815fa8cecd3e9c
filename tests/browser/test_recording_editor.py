"""An editor reviews machine-drafted captions without leaving the recording's editor but
to correct them: the draft is seen in the "Media file and captions" panel, corrected in
the cue editor, saved and marked reviewed; the public page then offers those captions."""

import json
import re
import urllib.request

import pytest

pytestmark = pytest.mark.browser

SETUP = """
import json
from django.contrib.auth import get_user_model
from media_library.models.files import CaptionStatus
from tests.factories import CaptionTrackFactory, MediaFileFactory, RecordingPageFactory
get_user_model().objects.create_superuser("editora-navegador", "en@example.org", "pw-navegador-1")
media = MediaFileFactory(type="video", language="en", duration=10, title="Sample: draft captions")
CaptionTrackFactory(media=media, language="en", status=CaptionStatus.MACHINE_DRAFT,
                    lines=["Helo, this is a sampel.", "Second line of the sample."])
page = RecordingPageFactory(language="en", media=media, title="Sample recording with a draft")
print(json.dumps({"id": page.pk, "url": page.url}))
"""


def test_review_a_machine_draft_from_the_recording_editor(
    live_site, live_manage, browser, page_errors
):
    recording = json.loads(live_manage(SETUP).strip().splitlines()[-1])
    context = browser.new_context(locale="en-GB", extra_http_headers={"Accept-Language": "en"})
    page = context.new_page()
    page.on("console", lambda m: page_errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", "editora-navegador")
    page.fill("#id_password", "pw-navegador-1")
    page.click("button[type=submit]")

    page.goto(f"{live_site}/admin/pages/{recording['id']}/edit/")
    english = page.locator('[data-caption-language="en"]')
    assert english.get_attribute("data-caption-state") == "draft"
    assert "Machine draft" in english.inner_text()

    english.get_by_role("link", name="Edit cues").click()
    page.wait_for_selector("[data-cue-editor]")
    first = page.locator("textarea[name='form-0-text']")
    assert first.input_value() == "Helo, this is a sampel."
    first.fill("Hello, this is a sample.")
    page.get_by_role("button", name="Save and mark reviewed").click()

    page.wait_for_url(re.compile(rf"/admin/pages/{recording['id']}/edit/"))
    english = page.locator('[data-caption-language="en"]')
    assert english.get_attribute("data-caption-state") == "reviewed"
    assert "2 cues" in english.inner_text()
    context.close()

    # The public page offers the reviewed captions, corrected.
    with urllib.request.urlopen(live_site + recording["url"]) as response:
        html = response.read().decode()
    track = re.search(r'<track[^>]*src="([^"]+)"[^>]*srclang="en"', html) or re.search(
        r'<track[^>]*srclang="en"[^>]*src="([^"]+)"', html
    )
    assert track, "no English captions on the public page"
    with urllib.request.urlopen(live_site + track.group(1)) as response:
        vtt = response.read().decode()
    assert "Hello, this is a sample." in vtt and "sampel" not in vtt
    assert page_errors == []
