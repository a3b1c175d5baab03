"""Issue 12 in a real browser: edit an interview, delete a touch and undo the delete,
on the application page, without reloading by hand.

Screenshots go to $AFTERVIEW_SCREENSHOTS when it is set (h12-edit-*.png in the docs)."""

from __future__ import annotations

import pytest

from tests.conftest import NOW
from tests.web.test_browser import browser, shots  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(live_server, interview_input):
    from afterview.records.services import add_interview, add_touch, init_local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    user, _ = init_local_candidate(name="Alice Moreau", email="alice@example.edu", tz="America/Chicago")
    app = add_interview(user, interview_input(), now=NOW)
    touch = add_touch(user, app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist", note="sent from my phone")
    return {"link": sign_in_url(live_server.url, issue_token(user, now=NOW)), "app": app.pk, "touch": touch.pk,
            "interview": app.interviews.get().pk}


def test_the_application_page_before(live_server, seeded, browser, shots):  # noqa: F811
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(seeded["link"])
    page.goto(f"{live_server.url}/applications/{seeded['app']}/")
    shots(page, "h12-edit-before")


def test_a_candidate_edits_an_interview_deletes_a_touch_and_undoes_it(live_server, seeded, browser, shots):  # noqa: F811
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(seeded["link"])
    page.goto(f"{live_server.url}/applications/{seeded['app']}/")

    # Edit the interview: it started an hour later, and they gave a date.
    row = page.locator(f"#edit-interview-{seeded['interview']}")
    row.locator("summary").click()
    row.get_by_label("Starts").fill("2026-12-03 11:00")
    row.get_by_label("Ends").fill("2026-12-03 13:00")
    row.get_by_label("Decision expected by").fill("2026-12-15")
    row.get_by_role("button", name="Save the interview").click()
    page.locator(".undo-banner").get_by_text(f"Edited interview {seeded['interview']}").wait_for()
    page.get_by_text("Thu 3 Dec, 11:00–13:00").wait_for()
    page.get_by_text("Decision expected: by Tue 15 Dec").wait_for()

    # Delete the touch: the page asks first, then the banner offers Undo.
    row = page.locator(f"#edit-touch-{seeded['touch']}")
    row.locator("summary").click()
    row.get_by_role("link", name="Delete the touch…").click()
    page.get_by_role("heading", name="Delete this touch?").wait_for()
    shots(page, "h12-delete-confirm")
    page.get_by_role("button", name="Delete", exact=True).click()
    banner = page.locator(".undo-banner")
    banner.get_by_text(f"Deleted touch {seeded['touch']} (thank-you-sent with Theo Lindqvist)").wait_for()
    assert page.get_by_text("thank-you sent to Theo Lindqvist").count() == 0
    page.locator(f"#edit-interview-{seeded['interview']} summary").click()
    shots(page, "h12-edit-after")

    banner.get_by_role("button", name="Undo").click()
    page.get_by_text("Undone: deleted touch").wait_for()
    page.get_by_text("thank-you sent to Theo Lindqvist: sent from my phone").wait_for()
    assert page.locator(".undo-banner").count() == 0
    page.close()
