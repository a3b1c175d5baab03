"""In a real Chromium: an office admin uploads a cohort's CSV, checks the preview,
invites, and revokes one invitation from the table."""

from __future__ import annotations

import pytest

from tests.conftest import NOW
from tests.web.test_browser import browser, shots  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_cookie(live_server, monkeypatch):
    # Made before the browser starts: the ORM stays out of Playwright's event loop.
    from django.conf import settings
    from django.test import Client

    from tests.office.admin_helpers import make_office

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    started = make_office()
    client = Client()
    client.force_login(started.admin)
    return {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}


def test_an_admin_invites_a_cohort_from_a_csv_and_revokes_one(live_server, admin_cookie, browser, shots, tmp_path):  # noqa: F811
    from afterview.office.models import Invitation

    csv = tmp_path / "jd-2027.csv"
    csv.write_text("name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nBo Ray,bo@example.edu,JD 2027\nCy Diaz,cy@example.edu,JD 2027\n")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies([admin_cookie])
    page = context.new_page()
    page.set_default_timeout(15_000)

    page.goto(live_server.url + "/office/admin/invite/")
    page.get_by_role("heading", name="Invite students from a spreadsheet").wait_for()
    page.get_by_label("CSV file").set_input_files(str(csv))
    page.get_by_role("button", name="Preview").click()
    page.get_by_text("3 new invitations, each link good for 14 days").wait_for()
    assert page.get_by_role("cell", name="bo@example.edu").is_visible()
    shots(page, "office-invite-preview")
    page.get_by_role("button", name="Invite 3").click()

    page.get_by_text("Invited 3 people; sent 0.").wait_for()
    assert page.url == live_server.url + "/office/admin/invitations/"
    row = page.get_by_role("row", name="Invitation to bo@example.edu")
    assert "not sent" in row.inner_text()
    shots(page, "office-invitations")
    row.get_by_role("button", name="Revoke").click()
    page.get_by_text("Revoked the invitation to bo@example.edu: its link no longer works.").wait_for()
    row = page.get_by_role("row", name="Invitation to bo@example.edu")
    assert "revoked" in row.inner_text()
    assert row.get_by_role("button", name="Revoke").count() == 0
    context.close()

    from concurrent.futures import ThreadPoolExecutor

    def stored():  # off Playwright's event loop, where the ORM may not run
        from django.db import connection

        try:
            return dict(Invitation.objects.filter(role="student").values_list("email", "revoked_at"))
        finally:
            connection.close()

    with ThreadPoolExecutor(1) as pool:
        states = pool.submit(stored).result()
    assert states["bo@example.edu"] is not None
    assert states["ann@example.edu"] is None and states["cy@example.edu"] is None
