"""The office's defaults: over the install's playbook for its students, under each
student's own overrides, checked as the file is; and the digest's cadence."""

from __future__ import annotations

import pytest

from afterview.core.errors import InvalidInput
from afterview.office import defaults
from afterview.records import playbook_config as pc
from tests.conftest import NOW
from tests.cli.conftest import cli  # noqa: F401
from tests.office.admin_helpers import make_office


@pytest.fixture
def office_alice(alice):
    """Alice as a student of the office."""
    from afterview.office.models import Member

    make_office()
    Member.objects.create(user=alice, role="student", joined_at=NOW)
    return alice


def thank_you_latest(candidate):
    from afterview.records.agenda import agenda

    [entry] = [e for e in agenda(candidate, NOW, everything=True) if e.action.kind == "thank-you"][:1]
    return entry.action.latest_at


def test_a_students_plan_follows_the_office_default_and_their_own_value_wins(office_alice, bob, alice_app):
    before = thank_you_latest(office_alice)
    defaults.set_default("thank_you_within_hours", "48")
    rules, sources = pc.candidate_rules_with_sources(office_alice)
    assert (rules.thank_you_within_hours, sources["thank_you_within_hours"]) == (48, "office default")
    office_default = thank_you_latest(office_alice)
    assert office_default > before
    pc.set_override(office_alice, "thank_you_within_hours", "30")
    assert pc.candidate_rules_with_sources(office_alice)[1]["thank_you_within_hours"] == "your override"
    own = thank_you_latest(office_alice)
    assert before < own < office_default
    # bob is no member of the office: the install's value is his
    assert pc.candidate_rules_with_sources(bob)[1]["thank_you_within_hours"] == "default"
    pc.reset_overrides(office_alice, "thank_you_within_hours")
    assert thank_you_latest(office_alice) == office_default
    defaults.reset_default("thank_you_within_hours")
    assert thank_you_latest(office_alice) == before


def test_office_defaults_are_checked_by_the_rules_that_check_the_file(db):
    make_office()
    with pytest.raises(InvalidInput, match="the office's defaults: gap_business_days must be from 1 to 60, not 0"):
        defaults.set_default("gap_business_days", "0")
    with pytest.raises(InvalidInput, match="business_hours_start must be before business_hours_end"):
        defaults.set_default("business_hours_start", "18:00")
    with pytest.raises(InvalidInput, match="did you mean gap_business_days"):
        defaults.set_default("gap_days", "3")
    with pytest.raises(InvalidInput, match="digest is one of daily, weekly, off"):
        defaults.set_default("digest", "hourly")
    assert defaults.defaults() == ({}, "daily")


def test_defaults_need_an_office(db):
    with pytest.raises(InvalidInput, match="not an office; run `afterview office init` first"):
        defaults.set_default("gap_business_days", "7")


def test_a_students_own_value_is_checked_over_the_office_default(office_alice):
    defaults.set_default("business_hours_end", "15:00")
    with pytest.raises(InvalidInput, match="business_hours_start must be before business_hours_end"):
        pc.set_override(office_alice, "business_hours_start", "16:00")


def test_the_digest_follows_the_office_until_the_student_chooses(office_alice):
    from afterview.reminders.services import preferences, save_preferences

    assert preferences(office_alice).digest == "daily"
    defaults.set_default("digest", "weekly")
    assert preferences(office_alice).digest == "weekly"
    save_preferences(office_alice, quiet="22:00-07:00")  # a row of their own keeps the cadence they had
    assert preferences(office_alice).digest == "weekly"
    save_preferences(office_alice, digest="daily")
    defaults.set_default("digest", "off")
    assert preferences(office_alice).digest == "daily"


def test_playbook_and_the_settings_page_name_the_office_default(office_alice, cli, client):
    import json

    defaults.set_default("gap_business_days", "7")
    shown = cli("playbook")
    assert shown.exit_code == 0, shown.output
    assert "gap_business_days = 7    [min-gap] from office default" in shown.output
    rows = {r["key"]: r for r in json.loads(cli("playbook", "--json").output)}
    assert rows["gap_business_days"]["source"] == "office default"

    client.force_login(office_alice)
    page = client.get("/settings/")
    assert page.status_code == 200
    assert "Now 7, office default" in page.content.decode()
    # Saving the form unchanged makes no override of the office's value.
    from afterview.web.forms import PlaybookForm

    form = page.context["playbook_form"]
    data = {key: form[key].value() for key in form.fields}
    data = {k: (f"{v:%H:%M}" if hasattr(v, "hour") else v) for k, v in data.items()}
    saved = client.post("/settings/", {**data, "save_playbook": "1"})
    assert saved.status_code == 302
    assert pc.overrides_of(office_alice) == {}
    assert isinstance(form, PlaybookForm)


def test_a_defaults_change_marks_the_members_it_moves_and_the_worker_refreshes_them(office_alice, bob, alice_app):
    from afterview.office.models import Member
    from afterview.outreach.worker import handle_one
    from afterview.records import steptimes

    Member.objects.create(user=bob, role="student", joined_at=NOW)
    pc.set_override(bob, "thank_you_within_hours", "30")  # his own value: the office's does not move him
    before = steptimes.stored(office_alice)
    defaults.set_default("thank_you_within_hours", "48")
    assert steptimes.stale_count() == 1  # alice (bob has no applications, and his own value)
    assert steptimes.stored(office_alice) == before  # the change itself stays short
    assert handle_one(lambda: NOW) is True
    assert steptimes.stale_count() == 0 and handle_one(lambda: NOW) is False
    assert steptimes.stored(office_alice) == steptimes.recomputed(office_alice) != before
    defaults.set_default("digest", "weekly")  # no playbook value moved
    defaults.set_default("thank_you_within_hours", "48")
    assert steptimes.stale_count() == 0


def test_stored_step_times_follow_a_defaults_change_through_the_real_commands(tmp_path):
    """`office defaults set|reset` as real processes, the real worker, and `office rebuild
    --check` comparing every stored row with a full recomputation."""
    import subprocess
    import sys

    from tests.processes import afterview_argv
    from tests.test_both_edges import SEED
    from tests.web.test_serve import _env

    env = _env(tmp_path)
    env["AFTERVIEW_NOW"] = "2026-12-03T20:00:00+00:00"

    def run(*args):
        return subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=120)

    def python(code):
        done = subprocess.run([sys.executable, *code], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    python(["-c", SEED])
    python(["-m", "tests.office.privacy_seed"])  # the office; alice a student of it
    assert run("office", "rebuild").returncode == 0  # the seed writes one row by hand
    for change in (("set", "thank_you_within_hours", "48"), ("reset", "thank_you_within_hours")):
        changed = run("office", "defaults", *change)
        assert changed.returncode == 0, changed.stderr
        assert "The worker makes the stored step times of 1 student again" in changed.stdout
        assert run("worker", "--once").returncode == 0
        check = run("office", "rebuild", "--check")
        assert check.returncode == 0 and "No drift" in check.stdout, check.stdout
