"""The kept dashboard (web/kept_pages.py, office.dashboard.page_key): a repeat within
the minute is the kept page, never another adviser's; a consent change, a nudge and a
deactivation show at once; its forms carry the request's own CSRF token; flash messages
show."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterview.office.models import Consent, Role
from afterview.web import kept_pages
from tests.office import dashboard_seed as seed

NOW = seed.NOW
URL = "/office/dashboard/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


@pytest.fixture(autouse=True)
def nothing_kept():
    kept_pages.clear()
    yield
    kept_pages.clear()


@pytest.fixture
def law(adviser):
    return seed.cohort("Law 2027", adviser)


@pytest.fixture
def sam(law):
    from afterview.office import snapshots

    student = seed.busy_student("Sam Okafor", law, consent=Consent.DETAILS, employer="MARKER-KEPT-EMPLOYER")
    snapshots.refresh(NOW)  # as `afterview worker` does every minute
    return student


def _browser(user, *, csrf=False) -> Client:
    browser = Client(enforce_csrf_checks=csrf)
    browser.force_login(user)
    return browser


def _get(browser, url=URL) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        page = browser.get(url)
    assert page.status_code == 200
    return page.content.decode(), len(queries)


def _tokenless(page: str) -> str:
    return re.sub(r'("X-CSRFToken": ")[^"]+', r"\1", TOKEN.sub("", page))


def test_a_repeat_is_the_kept_page_for_a_few_queries(adviser, sam):
    browser = _browser(adviser)
    made, made_queries = _get(browser)
    again, kept_queries = _get(browser)
    assert kept_queries <= 6 < made_queries
    assert _tokenless(again) == _tokenless(made)
    assert "Sam Okafor" in again and kept_pages.TOKEN not in again


def test_another_adviser_never_sees_it(adviser, sam):
    other = seed.person("Olive Other", role=Role.ADVISER)
    seed.cohort("Medicine 2027", other)
    _get(_browser(adviser))
    page, _ = _get(_browser(other))
    assert "Sam Okafor" not in page and "MARKER-KEPT-EMPLOYER" not in page and "Law 2027" not in page


def test_a_consent_change_takes_the_student_out_at_once(adviser, sam):
    from afterview.office.consent import set_consent

    browser = _browser(adviser)
    _get(browser)
    assert "Northbridge Partners" in _get(browser)[0]
    set_consent(sam, "counts", now=NOW)
    page, _ = _get(browser)
    assert "Sam Okafor" in page and "Northbridge Partners" not in page
    set_consent(sam, "nothing", now=NOW)
    assert "Sam Okafor" not in _get(browser)[0]


def test_a_nudge_shows_at_once_and_its_refusal_as_a_flash(adviser, sam, json_sink):
    from afterview.reminders.services import add_channel

    add_channel(sam, json_sink.url, now=NOW)
    browser = _browser(adviser, csrf=True)
    _get(browser)
    page, _ = _get(browser)  # kept
    token = TOKEN.search(page).group(1)
    assert token != kept_pages.TOKEN
    action = f"/office/dashboard/nudge/{sam.member.pk}/"
    assert browser.post(action, {"csrfmiddlewaretoken": token}).status_code == 302  # the kept page's token works
    flashed, _ = _get(browser)
    assert "Nudged Sam Okafor" in flashed
    page, _ = _get(browser)
    assert "Nudged Sam Okafor" not in page and "last Fri 4 Dec, 15:00" in page
    token = TOKEN.search(page).group(1)
    assert browser.post(action, {"csrfmiddlewaretoken": token}).status_code == 302
    refused, _ = _get(browser)
    assert "was nudged Fri 4 Dec, 15:00 UTC" in refused  # the kept page, with this request's message
    assert len(json_sink.received) == 1


def test_a_deactivation_shows_at_once(adviser, sam, law):
    from afterview.office.dashboard_deactivate import deactivate_student

    browser = _browser(adviser)
    _get(browser)
    assert "Sam Okafor" in _get(browser)[0]
    deactivate_student(sam.member, now=NOW)
    assert "Sam Okafor" not in _get(browser)[0]


def test_another_web_process_finds_it_in_the_shared_cache(adviser, sam):
    browser = _browser(adviser)
    made, made_queries = _get(browser)
    kept_pages.clear()  # this process forgets: as another web process, which never kept it
    again, queries = _get(browser)
    assert queries < made_queries
    assert _tokenless(again) == _tokenless(made)
    kept_pages.clear()
    from afterview.office.consent import set_consent

    set_consent(sam, "nothing", now=NOW)  # a changed key is never answered from the cache
    assert "Sam Okafor" not in _get(browser)[0]
