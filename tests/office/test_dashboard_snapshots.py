"""The dashboard's stored figures (office/snapshots.py): a page reads them instead of
counting, the worker counts them again, and a consent change, a deactivation or a
deletion removes them at once, through the real services and real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterview.office import snapshots
from afterview.office.consent import set_consent
from afterview.office.dashboard import Filters, dashboard
from afterview.office.dashboard_deactivate import deactivate_student
from afterview.office.figures import Period
from afterview.office.leaving import delete_account
from afterview.office.models import Consent, FigureSnapshot, Member
from tests.office import dashboard_seed as seed
from tests.processes import afterview_argv

NOW = seed.NOW
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


def _queries(viewer, now=NOW, filters=Filters()):
    with CaptureQueriesContext(connection) as captured:
        board = dashboard(viewer, filters, now)
    return board, len(captured.captured_queries)


def test_a_page_reads_the_stored_figures_until_the_worker_counts_again(admin, law):
    seed.busy_student("Sam Okafor", law)
    first, counted = _queries(admin)
    assert (first.total.thanked, first.total.interviews) == (2, 3)
    assert first.figures_as_of == NOW
    again, read = _queries(admin, NOW + timedelta(seconds=30))
    assert read < counted  # no figure query: one row per cohort
    assert again.total.figures() == first.total.figures() and again.weeks == first.weeks
    # A write shows up once the figures are counted again, not before ...
    seed.busy_student("Mo Adeyemi", law)
    assert dashboard(admin, Filters(), NOW + timedelta(seconds=30)).total.interviews == 3
    # ... by the worker's refresh, or when the stored ones are too old to show.
    assert snapshots.refresh(NOW + timedelta(seconds=60)) == 2  # Law 2027, and the students with no cohort
    later = dashboard(admin, Filters(), NOW + timedelta(seconds=61))
    assert later.total.interviews == 6 and later.figures_as_of == NOW + timedelta(seconds=60)
    assert dashboard(admin, Filters(), NOW + snapshots.max_age() * 3).total.interviews == 6


def test_other_filters_are_counted_on_demand_and_stored_apart(admin, law):
    seed.busy_student("Sam Okafor", law)
    recent = Filters(since=(NOW - timedelta(days=7)).date(), until=NOW.date())
    assert dashboard(admin, recent, NOW).total.interviews == 1
    assert dashboard(admin, Filters(), NOW).total.interviews == 3
    keys = set(FigureSnapshot.objects.filter(cohort=law).values_list("since", "until"))
    assert keys == {(None, None), (recent.since, recent.until)}
    assert dashboard(admin, recent, NOW).total.interviews == 1


def test_stored_figures_equal_the_ones_counted_for_each_page(admin, law, settings):
    medicine = seed.cohort("Medicine 2027")
    seed.busy_student("Sam Okafor", law)
    seed.busy_student("Mo Adeyemi", medicine, consent=Consent.DETAILS)
    snapshots.refresh(NOW)
    stored = dashboard(admin, Filters(), NOW)
    settings.AFTERVIEW_DASHBOARD_REFRESH = 0  # every page counts its own
    live = dashboard(admin, Filters(), NOW)
    assert [r.figures() for r in stored.rows] == [r.figures() for r in live.rows]
    assert stored.total.figures() == live.total.figures() and stored.weeks == live.weeks


def test_a_consent_change_takes_the_student_out_of_the_figures_at_once(admin, law):
    sam = seed.busy_student("Sam Okafor", law)
    seed.busy_student("Mo Adeyemi", law)
    assert dashboard(admin, Filters(), NOW).total.interviews == 6
    set_consent(sam, "nothing", now=NOW)
    assert not FigureSnapshot.objects.filter(cohort=law).exists()
    assert dashboard(admin, Filters(), NOW).total.interviews == 3


def test_a_count_begun_before_a_consent_change_is_never_stored(admin, law):
    sam = seed.busy_student("Sam Okafor", law)
    version = snapshots._version()
    counted = snapshots._count([law.pk], "", Period(), NOW)  # a worker, halfway through its count
    set_consent(sam, "nothing", now=NOW)  # commits meanwhile
    snapshots._stored(counted, "", Period(), version)
    assert not FigureSnapshot.objects.exists()
    assert dashboard(admin, Filters(), NOW).total.interviews == 0


def test_a_deleted_account_leaves_the_figures_at_once(admin, law):
    sam = seed.busy_student("Sam Okafor", law)
    assert dashboard(admin, Filters(), NOW).total.interviews == 3
    delete_account(sam)
    assert dashboard(admin, Filters(), NOW).total.interviews == 0


def test_a_deactivation_is_recounted_at_once_from_the_anonymous_rows(admin, law):
    sam = seed.busy_student("Sam Okafor", law)
    before = dashboard(admin, Filters(), NOW).total.figures()
    deactivate_student(Member.objects.get(user=sam), now=NOW)
    assert not FigureSnapshot.objects.filter(cohort=law).exists()
    assert dashboard(admin, Filters(), NOW).total.figures() == before
    assert FigureSnapshot.objects.filter(cohort=law).exists()


# -- real processes: the worker stores them, the consent command removes them ---------------


@pytest.fixture
def home(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env.update(AFTERVIEW_HOME=str(tmp_path / "home"), AFTERVIEW_NOW=NOW.isoformat(), PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))

    def run(*args, module=None):
        argv = [sys.executable, "-m", module, *args] if module else afterview_argv(*args)
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    run(module="tests.office.privacy_seed")
    return run


def test_the_worker_stores_the_figures_and_the_consent_command_removes_them(home):
    probe = "tests.office.snapshot_probe"
    home("interview", module=probe)
    assert home("count", module=probe) == "0\n"
    home("worker", "--once")
    assert home("count", module=probe) == "2\n"  # Law 2027, and the students with no cohort
    home("office", "consent", "nothing")
    assert home("count", module=probe) == "1\n"  # Law's went with the change


# -- the queries compiled once per process (records/kept_sql.py) -----------------------------


def test_the_nudge_list_compiled_once_still_follows_each_requests_now(admin, law):
    student = seed.person("Lee Park", cohort=law)
    app = seed.application(student)
    ended = NOW - timedelta(days=20)
    seed.interview(app, ended, thanked_after=(timedelta(hours=2),))  # one of two interviewers unthanked
    # Late two days after, and no more once the 14 days of the look-back are over.

    def late(now):
        return sum(s.late_thank_yous for s in dashboard(admin, Filters(), now).nudges)

    assert late(ended + timedelta(days=2)) == 1
    assert late(NOW) == 0
    assert late(ended + timedelta(days=3)) == 1


def test_a_query_with_a_value_made_from_a_stand_in_is_never_kept(db):
    from afterview.records import kept_sql
    from afterview.records.models import Interview

    def built(now):
        return Interview.objects.filter(ends_at__gte=now - timedelta(days=14)).values("id")

    assert kept_sql.rows(("test", "derived"), built, now=NOW) == []
    assert kept_sql._kept[(connection.alias, connection.vendor, ("test", "derived"), (("now", False),))] is None
