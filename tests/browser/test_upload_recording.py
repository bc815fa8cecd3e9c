"""An editor uploads a recording from the admin's "Upload a recording" page in Chromium:
tus-js-client sends it in pieces (256 KB in the test settings); the connection fails in
the middle, and the upload goes on, by itself or after the tab was closed."""

import subprocess
import sys

import pytest

from hub.demo.media import make_sample_audio
from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser

UPLOADS = "**/admin/media/uploads/**"


@pytest.fixture(scope="module")
def editor_session(live_site, live_site_env):
    """The session key of an editor (the Editors group) on the demo site's server."""
    code = (
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from django.contrib.sessions.backends.db import SessionStore\n"
        "user, _ = get_user_model().objects.get_or_create(username='editora-del-navegador')\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n"
        "session = SessionStore()\n"
        "session['_auth_user_id'] = str(user.pk)\n"
        "session['_auth_user_backend'] = 'django.contrib.auth.backends.ModelBackend'\n"
        "session['_auth_user_hash'] = user.get_session_auth_hash()\n"
        "session.create()\n"
        "print(session.session_key)\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=live_site_env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.split()[-1]


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    """About a megabyte of audio: several pieces."""
    path = make_sample_audio(tmp_path_factory.mktemp("upload") / "mesa-de-prueba.m4a", seconds=150)
    assert path.stat().st_size > 4 * 256 * 1024
    return path


@pytest.fixture
def editor_context(browser, live_site, editor_session):
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": editor_session, "url": live_site}])
    yield context
    context.close()


def open_upload_page(context, live_site):
    page = context.new_page()
    response = page.goto(live_site + "/admin/media/upload/")
    assert response.status == 200
    return page


def choose_and_upload(page, path, title):
    page.get_by_label("Audio or video file").set_input_files(str(path))
    page.get_by_label("Title").fill(title)
    page.get_by_label("Language spoken").select_option("es")
    page.get_by_role("button", name="Upload", exact=True).click()


def assert_uploaded(page, live_site, title):
    page.locator("#upload-result").wait_for(state="visible", timeout=30000)
    assert title in page.locator("#upload-done").inner_text()
    edit = page.get_by_role("link", name="Open the media file")
    assert "/admin/media/edit/" in edit.get_attribute("href")
    assert "?media=" in page.get_by_role(
        "link", name="Create a recording page with it"
    ).get_attribute("href")
    edit.click()
    page.wait_for_load_state()
    assert page.locator("input[name=title]").input_value() == title


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


def test_a_dropped_piece_is_sent_again_and_the_upload_completes(
    editor_context, live_site, recording
):
    page = open_upload_page(editor_context, live_site)
    offsets = watch_pieces(page, 2, lambda route: route.abort("connectionreset"))
    choose_and_upload(page, recording, "Mesa de prueba reenviada")
    assert_uploaded(page, live_site, "Mesa de prueba reenviada")
    patches = offsets[1:]  # after the POST
    # The dropped piece was sent again from the same offset (after a HEAD).
    assert patches[2] == patches[1]
    assert len(patches) == len(set(patches)) + 1


def test_an_upload_cut_off_goes_on_after_the_tab_is_closed(editor_context, live_site, recording):
    page = open_upload_page(editor_context, live_site)

    def go_offline(route):
        editor_context.set_offline(True)
        route.abort("internetdisconnected")

    sent = watch_pieces(page, 3, go_offline)
    choose_and_upload(page, recording, "Mesa de prueba reanudada")
    page.get_by_role("alert").filter(has_text="The upload stopped").wait_for(timeout=30000)
    assert page.get_by_role("button", name="Resume").is_visible()
    page.close()

    editor_context.set_offline(False)
    page = open_upload_page(editor_context, live_site)
    offsets = watch_pieces(page)
    choose_and_upload(page, recording, "Mesa de prueba reanudada")
    page.locator("#upload-notice", has_text="partly uploaded before").wait_for(timeout=10000)
    assert_uploaded(page, live_site, "Mesa de prueba reanudada")
    # No new upload (no POST): the first request went on from the piece that was cut off.
    assert offsets[0] == sent[-1]
