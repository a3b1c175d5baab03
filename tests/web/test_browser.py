"""End to end in a real browser: Playwright driving Debian's Chromium against a live
server, the way a candidate goes from the sign-in link to an approved thank-you.

Screenshots of every page go to $AFTERVIEW_SCREENSHOTS when it is set (the docs
use `AFTERVIEW_SCREENSHOTS=docs/screenshots`), else to the test's own folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import NOW

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("AFTERVIEW_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(page, name: str) -> None:
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    return shoot


@pytest.fixture
def sign_in_link(live_server):
    # Made before the browser starts: the ORM stays out of Playwright's event loop.
    from afterview.records.services import init_local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    return sign_in_url(live_server.url, issue_token(user, now=NOW))


def test_a_candidate_logs_an_interview_and_approves_a_checked_thank_you(live_server, sign_in_link, browser, shots):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)

    # The one-time link signs in and lands on the (empty) agenda.
    page.goto(sign_in_link)
    assert page.url == live_server.url + "/"
    page.get_by_text("Nothing here yet").wait_for()
    shots(page, "agenda-empty")

    # Log an interview with two interviewers, keyboard-style: labels find every field.
    page.get_by_role("link", name="Log an interview").first.click()
    page.get_by_label("Company").fill("Calloway & Pryce LLP")
    page.get_by_label("Role").fill("Summer Associate")
    page.get_by_label("Date").fill("2026-12-03")
    page.get_by_label("From").fill("10:00")
    page.get_by_label("Until").fill("12:00")
    assert page.get_by_label("Time zone").input_value() == "America/Chicago"
    page.locator("#id_form-0-name").fill("Miriam Castellanos")
    page.locator("#id_form-0-email").fill("mcastellanos@cp.example")
    page.locator("#id_form-0-highlight").fill("her pro bono work for tenants facing eviction")
    page.get_by_role("button", name="Add an interviewer").click()
    # Nothing typed is lost, and the new row has the focus.
    page.locator("#id_form-1-name").wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.id === 'id_form-1-name'")
    assert page.locator("#id_form-0-name").input_value() == "Miriam Castellanos"
    page.keyboard.type("Theo Lindqvist")
    page.locator("#id_form-1-email").fill("tlindqvist@cp.example")
    page.locator("#id_form-1-highlight").fill("how first-years rotate through the appellate group")
    page.locator("#id_hiring_name").fill("Dana Whitfield")
    page.locator("#id_hiring_email").fill("dwhitfield@cp.example")
    page.locator("#id_hiring_phone").fill("+1 312 555 0142")
    shots(page, "interview-form")
    page.get_by_role("button", name="Save the interview").click()
    page.get_by_text("Interview logged with 2 interviewers").wait_for()
    assert "/applications/" in page.url
    application_url = page.url
    shots(page, "application")

    # The agenda: each step with its person, due time and reason.
    page.get_by_role("link", name="Agenda").click()
    card = page.get_by_role("article", name="Send Miriam Castellanos a thank-you note (Calloway & Pryce LLP)")
    card.wait_for()
    assert "Thu 3 Dec, 12:00" in card.inner_text()
    assert page.get_by_role("article", name="Send Theo Lindqvist a thank-you note (Calloway & Pryce LLP)").is_visible()
    shots(page, "agenda")

    # Draft the thank-you, slip a typo in, and watch the checker mark it in place.
    card.get_by_role("button", name="Draft it").click()
    page.get_by_role("heading", name="Thank-you note to Miriam Castellanos").wait_for()
    body = page.get_by_label("Your note")
    text = body.input_value()
    assert "pro bono" in text
    assert page.locator("#backdrop mark.error").count() == 0
    # The draft's wording follows its shape (chosen from row ids), so the typo goes first.
    body.fill("Thnak you again.\n\n" + text)
    mark = page.locator("#backdrop mark.error", has_text="Thnak")
    mark.wait_for()
    finding = page.locator('.findings li[data-code="spelling"]', has_text="Thnak")
    assert "misspelled" in finding.inner_text()
    shots(page, "note-editor")

    # One click on the suggestion fixes it; the mark goes away.
    finding.get_by_role("button", name="Replace “Thnak” with “Thank”").click()
    page.wait_for_function("!document.querySelector('#id_body').value.includes('Thnak')")
    page.locator("#backdrop mark.error").first.wait_for(state="detached")
    assert page.get_by_label("Your note").input_value().count("Thank you") >= 1
    # The caret is back in the note, right after the fixed word.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'id_body'")

    page.get_by_role("button", name="Approve").click()
    page.get_by_text("Approved. Send it now").wait_for()
    assert page.get_by_role("link", name="Download .eml").is_visible()
    shots(page, "note-approved")

    # The timeline shows the approved note, ahead of now.
    page.goto(application_url)
    svg = page.locator(".timeline svg")
    svg.wait_for()
    assert "Thank-you → Miriam (approved)" in svg.inner_html()
    assert ">now</text>" in svg.inner_html()
    shots(page, "timeline")

    for name, path in (("outbox", "/outbox/"), ("updates", "/updates/"), ("settings", "/settings/"), ("import-export", "/data/")):
        page.goto(live_server.url + path)
        shots(page, name)

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.context.add_cookies(page.context.cookies())
    phone.goto(live_server.url + "/")
    phone.get_by_text("Send Theo Lindqvist a thank-you note").wait_for()
    # Readable on a phone: nothing wider than the screen.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shots(phone, "agenda-phone")
    phone.goto(application_url)
    shots(phone, "application-phone")

    # And the link was good once only.
    stranger = browser.new_page()
    response = stranger.goto(sign_in_link)
    assert response.status == 403
