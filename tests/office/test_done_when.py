"""Issue 21's "Done when", end to end with real parts: `afterview office` commands as
processes, invitations through a real SMTP server, a real `afterview serve`, the loopback
OpenID Connect provider, and Chromium.

An admin turns an install into an office, adds a cohort, invites it from a CSV file and
invites an adviser. One student joins with a password, the other through the provider;
both log an interview as on a laptop. The adviser sees the *counts* student's figures
and none of their employer, contact or note, and reads the *details* student's records,
which writes an audit entry that student reads on /settings/audit/.

AFTERVIEW_SCREENSHOTS=docs/screenshots keeps the pages docs/office.md shows."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.office.admin_helpers import RELAY_SETTINGS, token_in
from tests.office.oidc_server import OidcServer
from tests.office.test_accounts_served import PASSWORD, _serve, _stop, browser  # noqa: F401
from tests.outreach.conftest import make_world, postgres_template, smtp_sink, sqlite_template, world  # noqa: F401
from tests.outreach.world import ROOT
from tests.processes import afterview_argv

#: unique words in the *counts* student's records: none may reach the adviser
MARKERS = ("Zyqvex Partners LLP", "Quorrin Baptiste", "talked-about-orchards-7731")


def _run(world, *args, sink=None):
    import subprocess

    env = world.env()
    if sink is not None:
        env.update(DJANGO_SETTINGS_MODULE=RELAY_SETTINGS, TEST_RELAY_PORT=str(sink.port))
    done = subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _tokens(sink) -> dict[str, str]:
    """The latest join link mailed to each address."""
    tokens = {}
    for received in sink.received:
        tokens[received.recipients[0]] = token_in(received.mail.get_body(("plain",)).get_content())
    return tokens


def _join(page, base, token, name):
    page.goto(f"{base}/office/join/{token}")
    page.get_by_label("Your name").fill(name)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password_again").fill(PASSWORD)
    page.get_by_role("button", name="Join").click()


def _sign_in(page, base, email):
    page.context.clear_cookies()
    page.goto(f"{base}/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def _log_interview(page, company, person, highlight):
    page.get_by_role("link", name="Log an interview").first.click()
    page.get_by_label("Company").fill(company)
    page.get_by_label("Role").fill("Summer Associate")
    page.get_by_label("Date").fill("2026-12-03")
    page.get_by_label("From").fill("10:00")
    page.get_by_label("Until").fill("11:00")
    page.locator("#id_form-0-name").fill(person)
    page.locator("#id_form-0-email").fill("interviewer@firm.example")
    page.locator("#id_form-0-highlight").fill(highlight)
    page.get_by_role("button", name="Save the interview").click()
    page.get_by_text("Interview logged with 1 interviewer").wait_for()


def _shot(page, name):
    folder = os.environ.get("AFTERVIEW_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.browser
def test_an_office_from_init_to_an_audited_detail_view(world, smtp_sink, tmp_path, browser):  # noqa: F811
    # The admin, at the command line.
    started = _run(world, "office", "init", "--name", "Law School Careers", "--admin", "dana@uni.example")
    admin_token = token_in(started)
    _run(world, "office", "cohort", "add", "JD 2027")
    cohort = tmp_path / "jd-2027.csv"
    cohort.write_text("name,e-mail,cohort\nAda Okafor,ada@uni.example,JD 2027\nSam Reyes,sam@uni.example,JD 2027\n")
    assert "Invited 2 people; sent 2." in _run(world, "office", "invite", "--csv", str(cohort), sink=smtp_sink)
    _run(world, "office", "adviser", "invite", "ed@uni.example", "--name", "Ed Hale", "--cohort", "JD 2027", sink=smtp_sink)
    tokens = _tokens(smtp_sink)
    assert set(tokens) == {"ada@uni.example", "sam@uni.example", "ed@uni.example"}

    secret = tmp_path / "secret"
    secret.write_text("provider-secret")
    with OidcServer(client_id="afterview", client_secret="provider-secret") as provider:
        provider.person = {"sub": "sam-1", "email": "sam@uni.example", "email_verified": True, "name": "Sam Reyes"}
        _run(world, "office", "sso", "--name", "Example University", "--issuer", provider.issuer, "--client-id", "afterview", "--client-secret-file", str(secret))
        process, base = _serve(world.env())
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(15_000)

            # The admin sets a password and lands on the office's home, with the admin's pages.
            _join(page, base, admin_token, "Dana Park")
            page.get_by_test_id("office-links").wait_for()
            assert page.url == base + "/office/"
            links = page.get_by_test_id("office-links")
            for title in ("Students", "Dashboard", "Cohorts", "Invitations", "Single sign-on"):
                assert links.get_by_role("link", name=title, exact=True).count() == 1, title
            header = page.locator("header nav")
            assert header.get_by_role("link", name="Office").count() == 1
            assert header.get_by_role("link", name="Agenda").count() == 0  # no agenda of their own
            _shot(page, "office-home")
            links.get_by_role("link", name="Invitations", exact=True).click()
            page.get_by_text("sam@uni.example").first.wait_for()
            _shot(page, "office-invitations")

            # Ada joins with a password, shares details, and logs an interview as on a laptop.
            _join(page, base, tokens["ada@uni.example"], "Ada Okafor")
            page.get_by_text("Nothing here yet").wait_for()
            assert page.locator("header nav").get_by_role("link", name="Office").count() == 0
            _log_interview(page, "Calloway & Pryce LLP", "Miriam Castellanos", "her pro bono work")
            page.goto(f"{base}/settings/")
            card = page.locator("#privacy")
            card.get_by_label("Details, read-only", exact=False).check()
            card.get_by_role("button", name="Save what advisers see").click()
            page.get_by_text("Saved: your advisers may read").wait_for()

            # Sam joins through the university's provider and keeps the default: counts.
            page.context.clear_cookies()
            page.goto(f"{base}/office/join/{tokens['sam@uni.example']}")
            page.get_by_role("button", name="Sign in with Example University").click()
            page.get_by_text("Nothing here yet").wait_for()
            assert "/token" in provider.requests
            _log_interview(page, MARKERS[0], MARKERS[1], MARKERS[2])

            # The adviser joins and opens the students.
            page.context.clear_cookies()
            _join(page, base, tokens["ed@uni.example"], "Ed Hale")
            page.get_by_test_id("office-links").wait_for()
            links = page.get_by_test_id("office-links")
            assert links.get_by_role("link", name="Cohorts").count() == 0  # an adviser, not an admin
            links.get_by_role("link", name="Students", exact=True).click()
            sam_row = page.locator("table.students tbody tr", has_text="Sam Reyes")
            cells = sam_row.locator("td").all_inner_texts()
            assert cells[:5] == ["Sam Reyes", "JD 2027", "counts", cells[3], "1"], cells  # one interview
            assert sam_row.get_by_role("link").count() == 0  # no details to open
            listing = page.content()
            for marker in MARKERS:
                assert marker not in listing
            _shot(page, "office-students")
            page.goto(f"{base}/office/dashboard/")
            page.get_by_role("heading").first.wait_for()
            assert not any(marker in page.content() for marker in MARKERS)

            page.goto(f"{base}/office/students/")
            page.get_by_role("link", name="Ada Okafor").click()
            page.get_by_text("Calloway & Pryce LLP").first.wait_for()
            assert "Miriam Castellanos" in page.content()
            detail = re.search(r"/office/students/(\d+)/$", page.url)
            assert detail, page.url
            _shot(page, "office-student")

            # Ada reads who looked.
            _sign_in(page, base, "ada@uni.example")
            page.get_by_text("Nothing here yet").or_(page.get_by_role("link", name="Agenda")).first.wait_for()
            page.goto(f"{base}/settings/audit/")
            rows = page.locator("main table tbody tr").all_inner_texts()
            assert len(rows) == 1 and "Ed Hale" in rows[0], rows
        finally:
            _stop(process)


# -- the office's home and the header, in the test client ----------------------------------

PAGE_PASSWORD = "quiet-meadow-compass-58"


def _office_people():
    """An office (its admin made by `init`), a cohort with an adviser and a student, each
    joined through their link: (admin, adviser, student)."""
    from afterview.office.cohorts import invite_adviser
    from afterview.office.invites import claim, invite
    from afterview.office.join import accept
    from tests.conftest import NOW
    from tests.office.admin_helpers import make_office

    started = make_office()
    admin = accept(token_in(started.link), name="Dana Park", password=PAGE_PASSWORD, now=NOW)
    adviser_invitation = invite_adviser("ed@example.edu", name="Ed Hale", cohort_names=["JD 2027"], now=NOW)
    adviser = accept(claim(adviser_invitation, NOW), name="Ed Hale", password=PAGE_PASSWORD, now=NOW)
    student = accept(claim(invite("ann@example.edu", name="Ann Lee", cohort="JD 2027", now=NOW), NOW), name="Ann Lee", password=PAGE_PASSWORD, now=NOW)
    return admin, adviser, student


def _header(html: str) -> str:
    return html.split("<header", 1)[1].split("</header>", 1)[0]


@pytest.mark.django_db
def test_the_office_home_offers_each_role_its_pages_and_the_header_its_office_link(client, monkeypatch):
    from tests.conftest import NOW

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    admin, adviser, student = _office_people()
    assert admin.has_usable_password() and admin.member.role == "admin"  # init's account, not a second one

    client.force_login(adviser)
    home = client.get("/office/").content.decode()
    for url in ("/office/students/", "/office/dashboard/"):
        assert f'href="{url}"' in home
    assert "/office/admin/" not in home and "/office/sso/" not in home
    header = _header(home)
    assert '>Office</a>' in header and 'href="/office/students/"' in header
    assert "Agenda" not in header and "Outbox" not in header  # nothing of a student's own

    client.force_login(admin)
    home = client.get("/office/").content.decode()
    for url in ("/office/students/", "/office/dashboard/", "/office/admin/cohorts/", "/office/admin/invitations/", "/office/admin/invite/", "/office/admin/defaults/", "/office/sso/"):
        assert f'href="{url}"' in home, url
    assert '>Office</a>' in _header(client.get("/office/admin/invitations/").content.decode())

    client.force_login(student)
    agenda = client.get("/")
    assert agenda.status_code == 200
    header = _header(agenda.content.decode())
    assert "Agenda" in header and ">Office</a>" not in header and "/office/" not in header
    mine = client.get("/office/").content.decode()  # their account's page: MFA, password
    assert 'data-testid="office-links"' not in mine and "/office/students/" not in mine


@pytest.mark.django_db
def test_the_header_adds_no_query_to_a_laptop_without_an_office(alice, client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(alice)
    client.get("/")  # warm: caches and the first plans

    def queries() -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/")
        assert page.status_code == 200 and ">Office</a>" not in _header(page.content.decode())
        return [q["sql"] for q in captured.captured_queries]

    with_nav = queries()
    processors = settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "OPTIONS": {**settings.TEMPLATES[0]["OPTIONS"], "context_processors": [p for p in processors if p != "afterview.office.nav.office_nav"]}}]
    without_nav = queries()
    assert len(with_nav) == len(without_nav), set(with_nav) ^ set(without_nav)
    # the Member row the header reads is the one candidate_view already fetched
    assert sum("office_member" in sql for sql in with_nav) == sum("office_member" in sql for sql in without_nav)
