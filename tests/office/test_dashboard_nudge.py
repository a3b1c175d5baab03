"""The adviser's nudge: one reminder to a late student through their own channels,
at most one every three days whoever presses it, and never twice when several
processes press it at once."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest

from afterview.core.errors import NotFound, Refused
from afterview.office.models import Consent, Member
from afterview.office.nudges import NUDGE_EVERY, nudge
from tests.office import dashboard_seed as seed
from tests.outreach.world import ROOT

NOW = seed.NOW


@pytest.fixture
def law(adviser):
    return seed.cohort("Law 2027", adviser)


@pytest.fixture
def late(law, json_sink):
    from afterview.reminders.services import add_channel

    student = seed.busy_student("Sam Okafor", law, employer="MARKER-NUDGE-EMPLOYER")
    add_channel(student, json_sink.url, now=NOW)
    return student


def test_a_nudge_reaches_the_students_channel_once_per_three_days(adviser, late, json_sink):
    from afterview.reminders.models import Reminder

    member = late.member
    sent = nudge(adviser, member.pk, now=NOW, adviser_name="Avery Adviser")
    assert (sent.student, sent.reached) == ("Sam Okafor", 1)
    assert json_sink.titles() == ["A nudge from your career office"]
    body = json_sink.received[0]["message"]
    assert "1 interview still waiting for a thank-you note" in body
    assert "MARKER-NUDGE-EMPLOYER" not in body and "Northbridge" not in body
    with pytest.raises(Refused, match="was nudged Fri 4 Dec, 15:00 UTC; the next nudge can go from Mon 7 Dec, 15:00 UTC"):
        nudge(adviser, member.pk, now=NOW + timedelta(hours=1))
    assert len(json_sink.received) == 1
    nudge(adviser, member.pk, now=NOW + NUDGE_EVERY)
    assert len(json_sink.received) == 2
    assert Reminder.objects.filter(owner=late, kind="nudge").count() == 2


def test_a_student_on_track_or_unreachable_is_not_nudged(adviser, law):
    on_track = seed.person("Ona Track", cohort=law)
    with pytest.raises(Refused, match="Ona Track is on track"):
        nudge(adviser, on_track.member.pk, now=NOW)
    unreachable = seed.busy_student("Una Reach", law)
    with pytest.raises(Refused, match="no reminder channel"):
        nudge(adviser, unreachable.member.pk, now=NOW)
    assert Member.objects.get(user=unreachable).nudged_at is None


def test_an_adviser_cannot_nudge_outside_their_cohorts_or_a_student_who_shares_nothing(adviser, law):
    other = seed.cohort("Medicine 2027")
    stranger = seed.busy_student("Mo Adeyemi", other)
    hidden = seed.busy_student("Nat Hidden", law, consent=Consent.NOTHING)
    for member_id in (stranger.member.pk, hidden.member.pk, 10**9, "x"):
        with pytest.raises(NotFound):
            nudge(adviser, member_id, now=NOW)


def test_the_nudge_button_on_the_page(client, monkeypatch, adviser, late, json_sink):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    client.force_login(adviser)
    page = client.get("/office/dashboard/").content.decode()
    assert 'aria-label="Nudge Sam Okafor"' in page
    assert "MARKER-NUDGE-EMPLOYER" not in page and "Northbridge" not in page  # counts only
    answer = client.post(f"/office/dashboard/nudge/{late.member.pk}/", {"query": "cohort="}, follow=True)
    assert "Nudged Sam Okafor." in answer.content.decode()
    again = client.post(f"/office/dashboard/nudge/{late.member.pk}/", follow=True).content.decode()
    assert "the next nudge can go from" in again
    assert len(json_sink.received) == 1
    assert client.get(f"/office/dashboard/nudge/{late.member.pk}/").status_code == 405


@pytest.mark.django_db(transaction=True)
def test_several_processes_pressing_nudge_at_once_send_one(world, json_sink):
    env = world.env()
    made = subprocess.run(
        [sys.executable, "-m", "tests.office.nudge_race", "seed", json_sink.url],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    adviser_id, member_id, _ = made.stdout.split()
    presses = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.office.nudge_race", "nudge", adviser_id, member_id],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        for _ in range(4)
    ]
    said = []
    for press in presses:
        out, err = press.communicate(timeout=300)
        assert press.returncode == 0, err
        said.append(out.strip())
    assert sorted(s.split(":")[0] for s in said) == ["refused", "refused", "refused", "sent"]
    assert len(json_sink.received) == 1
