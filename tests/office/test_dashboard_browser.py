"""The dashboard in a real browser: an adviser opens it, sees the cohort's thank-you
rate beside the study's 26% line in the SVG, and nudges a late student.

AFTERVIEW_SCREENSHOTS=docs/screenshots writes the docs' screenshot."""

from __future__ import annotations

import pytest

from tests.office import dashboard_seed as seed
from tests.web.test_browser import browser, shots  # noqa: F401 (the browser fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def adviser_cookie(live_server, monkeypatch, json_sink):
    # Made before the browser starts: the ORM stays out of Playwright's event loop.
    from django.test import Client

    from afterview.office.models import Consent, Role
    from afterview.reminders.services import add_channel

    monkeypatch.setenv("AFTERVIEW_NOW", seed.NOW.isoformat())
    seed.office()
    adviser = seed.person("Avery Adviser", role=Role.ADVISER)
    law, medicine = seed.cohort("Law 2027", adviser), seed.cohort("Medicine 2027", adviser)
    late = seed.busy_student("Sam Okafor", law, consent=Consent.DETAILS)
    add_channel(late, json_sink.url, now=seed.NOW)
    for i, cohort in enumerate((law, law, medicine, medicine, medicine)):
        student = seed.person(f"Student {i}", cohort=cohort)
        app = seed.application(student, f"Firm {i}")
        from datetime import timedelta

        seed.interview(app, seed.NOW - timedelta(days=6 + i), thanked_after=(timedelta(hours=2 + i),) * (2 if i % 2 else 1))
    client = Client()
    client.force_login(adviser)
    return client.cookies["sessionid"].value


def test_an_adviser_sees_the_rate_beside_the_26_percent_line_and_nudges_a_late_student(
    live_server, adviser_cookie, browser, shots, json_sink  # noqa: F811
):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies([{"name": "sessionid", "value": adviser_cookie, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/office/dashboard/")
    page.get_by_role("heading", name="Cohort dashboard").wait_for()

    chart = page.get_by_role("img", name="Thank-you notes within 24 hours, by cohort")
    chart.wait_for()
    assert chart.locator("line.reference").count() == 1
    assert chart.locator("text.reference-label").text_content() == "study: 26%"
    assert chart.locator("rect.bar").count() == 3  # two cohorts and the total
    assert page.locator("#figure-thank-you").inner_text().endswith("%")
    shots(page, "office-dashboard")

    row = page.get_by_role("row", name="Sam Okafor")
    assert "Northbridge Partners" in row.inner_text()  # Sam shares details
    row.get_by_role("button", name="Nudge Sam Okafor").click()
    page.get_by_text("Nudged Sam Okafor.").wait_for()
    page.get_by_role("button", name="Nudge Sam Okafor").click()
    page.get_by_text("the next nudge can go from").wait_for()
    assert len(json_sink.received) == 1
    context.close()
