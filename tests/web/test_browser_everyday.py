"""The first day in a real browser (Playwright driving Debian's Chromium): the
first-run page, several agenda actions in a row without reloading, the undo
toast, and the focus on a failed save's error summary."""

from __future__ import annotations

import re

import pytest

from tests.conftest import NOW
from tests.web.test_browser import browser, shots  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newcomer_link(live_server):
    """The link `afterview serve` prints on a home that never ran `afterview init`."""
    from afterview.records.services import local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    return sign_in_url(live_server.url, issue_token(local_candidate(), now=NOW))


@pytest.fixture
def busy_link(live_server, interview_input):
    """Alice, whose interview with three interviewers ended yesterday: three thank-you notes due."""
    from afterview.core.parse import NamedAddress
    from afterview.records.services import add_interview, init_local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    panel = (
        NamedAddress("Miriam Castellanos", "mc@cp.example"),
        NamedAddress("Theo Lindqvist", "tl@cp.example"),
        NamedAddress("Ada Brook", "ab@cp.example"),
    )
    app = add_interview(user, interview_input(interviewers=panel), now=NOW)
    return sign_in_url(live_server.url, issue_token(user, now=NOW)), app.pk


def test_a_new_candidate_says_who_they_are_before_anything_else(live_server, newcomer_link, browser, shots):  # noqa: F811
    context = browser.new_context(viewport={"width": 1200, "height": 900}, timezone_id="America/New_York")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(newcomer_link)
    assert page.url == live_server.url + "/welcome/"
    page.get_by_role("heading", name="Welcome to afterview").wait_for()
    # The zone starts as the browser's own.
    page.wait_for_function("document.querySelector('#id_tz').value !== ''")
    assert page.get_by_label("Your time zone").input_value() == "America/New_York"
    assert page.get_by_role("navigation", name="Main").count() == 0
    shots(page, "first-run")

    # A mistake: the focus goes to the error summary, and nothing typed is lost.
    page.get_by_label("Your e-mail").fill("jordan.avery@example.edu")
    page.get_by_role("button", name="Start").click()
    page.locator("[data-error-summary]").wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.hasAttribute('data-error-summary')")
    assert page.get_by_label("Your e-mail").input_value() == "jordan.avery@example.edu"

    page.get_by_label("Your name").fill("Jordan Avery")
    page.get_by_role("button", name="Start").click()
    page.get_by_text("Welcome, Jordan Avery").wait_for()
    assert page.url == live_server.url + "/"
    assert "Times in America/New_York" in page.inner_text("main")
    assert page.get_by_role("navigation", name="Main").is_visible()
    context.close()


def _card(page, name: str):
    return page.get_by_role("article", name=f"Send {name} a thank-you note (Calloway & Pryce LLP)")


def test_agenda_actions_work_several_times_in_a_row(live_server, busy_link, browser, shots):  # noqa: F811
    link, app_id = busy_link
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)
    failures = []
    page.on("response", lambda r: failures.append(f"{r.request.method} {r.url} {r.status}") if r.status >= 400 and "favicon" not in r.url else None)
    page.goto(link)
    for name in ("Miriam Castellanos", "Theo Lindqvist", "Ada Brook"):
        _card(page, name).wait_for()
    ids = page.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
    assert len(ids) == len(set(ids))
    shots(page, "agenda-three-due")

    # Mark done, then again on another card, then a snooze: no reload in between.
    _card(page, "Miriam Castellanos").get_by_role("button", name="Mark done").click()
    _card(page, "Miriam Castellanos").wait_for(state="detached")
    page.get_by_text("Logged: I sent a thank-you note (Miriam Castellanos)").wait_for()
    _card(page, "Theo Lindqvist").get_by_role("button", name="Mark done").click()
    _card(page, "Theo Lindqvist").wait_for(state="detached")
    page.get_by_text("Logged: I sent a thank-you note (Theo Lindqvist)").wait_for()
    _card(page, "Ada Brook").get_by_role("button", name="Snooze").click()
    page.get_by_text(re.compile(r"^Snoozed until")).first.wait_for()
    toast = page.locator("#undo-toast")
    toast.get_by_text("Snoozed.").wait_for()
    shots(page, "agenda-after-three-actions")

    # The toast undoes the snooze: Ada's card is due again.
    toast.get_by_role("button", name="Undo").click()
    page.get_by_text("Undone: no longer snoozed.").wait_for()
    today = page.locator("section[aria-labelledby='group-today']")
    today.get_by_role("article", name="Send Ada Brook a thank-you note (Calloway & Pryce LLP)").wait_for()
    # ...and the next action still works after it.
    _card(page, "Ada Brook").get_by_role("button", name="Mark done").click()
    _card(page, "Ada Brook").wait_for(state="detached")
    page.locator("#undo-toast").get_by_role("button", name="Undo").click()
    page.get_by_text("Undone: the step is back on the agenda.").wait_for()
    _card(page, "Ada Brook").wait_for()
    assert failures == []

    # Exactly two thank-you notes were logged: nothing twice, the undone one gone.
    page.goto(f"{live_server.url}/applications/{app_id}/")
    happened = page.locator("section[aria-labelledby='log-h'] ol").inner_text()
    assert happened.count("thank-you") + happened.count("Thank-you") == 2, happened
    shots(page, "application-after-actions")


def test_a_failed_save_takes_the_focus_to_its_error_summary(live_server, busy_link, browser):  # noqa: F811
    link, app_id = busy_link
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(link)
    page.get_by_role("link", name="Log an interview").first.click()
    page.get_by_label("From").fill("14:00")
    page.get_by_label("Until").fill("13:00")
    page.get_by_role("button", name="Save the interview").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    page.wait_for_function("document.activeElement && document.activeElement.hasAttribute('data-error-summary')")
    assert "the interview must end after it starts" in page.inner_text("main")


def test_the_note_editor_warns_before_leaving_what_was_typed(live_server, busy_link, browser):  # noqa: F811
    link, app_id = busy_link
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(link)
    _card(page, "Miriam Castellanos").get_by_role("button", name="Draft it").click()
    page.get_by_role("heading", name="Thank-you note to Miriam Castellanos").wait_for()
    editor = page.get_by_label("Your note")
    editor.click()
    page.keyboard.type("P.S. ")
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", answer)
    page.get_by_role("link", name="Agenda").click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    assert "P.S." in editor.input_value()
