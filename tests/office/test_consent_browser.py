"""In a real browser (Playwright and Debian's Chromium): a student chooses what their
advisers see on the Settings card, then deletes their account, confirming with their e-mail."""

from __future__ import annotations

import re

import pytest

from tests.conftest import NOW
from tests.web import test_browser

browser, shots = test_browser.browser, test_browser.shots  # the fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bob_link(live_server, alice, monkeypatch):
    # Made before the browser starts: the ORM stays out of Playwright's event loop.
    from afterview.web.signin import issue_token, sign_in_url
    from tests.office.privacy_world import make_world

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    world = make_world(alice)
    yield world, sign_in_url(live_server.url, issue_token(world.bob, now=NOW))
    if world.checks:  # after the browser is closed: the ORM stays out of Playwright's loop
        from django.contrib.auth import get_user_model

        from afterview.office.models import Member

        assert not get_user_model().objects.filter(pk=world.bob.pk).exists()
        assert not Member.objects.filter(user_id=world.bob.pk).exists()


def test_a_student_chooses_details_then_deletes_their_account(live_server, bob_link, browser, shots):  # noqa: F811
    world, link = bob_link
    page = browser.new_page(viewport={"width": 1200, "height": 1000})
    page.set_default_timeout(15_000)
    page.goto(link)
    page.goto(live_server.url + "/settings/")
    card = page.locator("#privacy")
    assert card.get_by_label("Counts only", exact=False).is_checked()
    card.get_by_label("Details, read-only", exact=False).check()
    card.get_by_role("button", name="Save what advisers see").click()
    page.get_by_text("Saved: your advisers may read").wait_for()
    assert page.locator("#privacy").get_by_label("Details, read-only", exact=False).is_checked()
    assert "Last changed Fri 4 Dec, 15:00" in page.locator("#privacy").inner_text()  # bob's zone is London
    shots(page, "settings-privacy")

    page.get_by_role("link", name="Delete my account").click()
    page.get_by_label("Type your e-mail address to confirm").fill("alice@example.edu")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    page.get_by_role("alert").get_by_text("type your e-mail address exactly").wait_for()
    page.get_by_label("Type your e-mail address to confirm").fill("bob@example.edu")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    # an office signs in on allauth's page (/login/ sends it on to /accounts/login/)
    page.wait_for_url(re.compile(re.escape(live_server.url) + r"(/accounts)?/login/"))
    shots(page, "account-deleted")
    page.goto(live_server.url + "/settings/")
    assert "/login/" in page.url  # signed out: the session went with the account
    page.close()
    world.checks = True  # the fixture checks the rows once the browser is closed
