"""The newsletter sign-up as a keyboard user fills it in, and as a browser without
JavaScript sends it: the CSRF cookie comes only once the form is used."""

import pytest

from tests.browser.pages import first_page_url

pytestmark = pytest.mark.browser


def tab_to(page, selector, limit=80):
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{selector} cannot be reached with Tab")


def csrf_cookies(page):
    return [c for c in page.context.cookies() if c["name"] == "csrftoken"]


def test_newsletter_sign_up_by_keyboard(live_site, open_page, page_errors):
    page = open_page(first_page_url(live_site, "engage.NewsletterPage", "en"))
    assert not csrf_cookies(page)

    # Sent empty: the summary of the mistakes takes the focus.
    tab_to(page, "#id_email")
    page.wait_for_function("() => document.querySelector('input[name=csrfmiddlewaretoken]').value")
    assert csrf_cookies(page)
    tab_to(page, ".hub-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert "This field is required" in page.locator(".error-summary").inner_text()

    tab_to(page, "#id_email")
    page.keyboard.type("keyboard.reader@example.org")
    page.keyboard.press("Tab")  # the language group: English is chosen, as the page is
    assert page.evaluate("document.activeElement.value") == "en"
    page.keyboard.press("ArrowDown")  # Português
    assert page.locator("#id_language_2").is_checked()
    page.keyboard.press("Tab")  # the first interest
    page.keyboard.press("Space")
    assert page.locator("#id_interests_0").is_checked()
    tab_to(page, ".hub-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "open the link in it to confirm" in page.locator("main").inner_text()
    assert page_errors == []


def test_newsletter_sign_up_without_javascript(live_site, open_page, page_errors):
    url = first_page_url(live_site, "engage.NewsletterPage", "es")
    page = open_page(url, java_script_enabled=False)
    page.fill("#id_email", "sin.javascript@example.org")
    page.check("#id_interests_1")
    with page.expect_navigation() as refused:
        page.click(".hub-form button[type=submit]")
    assert refused.value.status == 403
    assert page.locator(".error-summary").is_visible()
    assert page.input_value("#id_email") == "sin.javascript@example.org"
    assert page.locator("#id_interests_1").is_checked()
    with page.expect_navigation() as accepted:
        page.click(".hub-form button[type=submit]")
    assert accepted.value.status == 200
    assert "abra el enlace que contiene" in page.locator("main").inner_text()
    assert not [error for error in page_errors if error.startswith("uncaught")]


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} {[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("page_type", ["engage.NewsletterPage", "engage.ContactPage"])
def test_form_mistakes_and_a_bad_link_pass_axe(live_site, open_page, page_errors, page_type):
    url = first_page_url(live_site, page_type, "pt")
    page = open_page(url)
    with page.expect_navigation():
        page.click(".hub-form button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    problems = serious_violations(page)
    if page_type == "engage.NewsletterPage":
        bad_link = page.goto(url + "confirm/?token=broken")
        assert bad_link.status == 400
        problems += serious_violations(page)
    assert not problems, "\n".join(problems)
    assert not [error for error in page_errors if "400" not in error]
