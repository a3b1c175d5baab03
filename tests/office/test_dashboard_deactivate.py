"""Deactivating a student: the dashboard's figures stay as they were, and nothing of
the student is left but anonymous counts; by command (a real process) and by button."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from afterview.core.errors import NotFound, Refused
from afterview.office.dashboard import Filters, dashboard
from afterview.office.dashboard_deactivate import deactivate_student, find_student
from afterview.office.models import Aggregate, AuditEntry, Consent, Member, Role
from tests.office import dashboard_seed as seed
from tests.outreach.world import ROOT

NOW = seed.NOW


def _figures(viewer, **filters):
    board = dashboard(viewer, Filters(**filters), NOW)
    return [(r.name, r.figures()) for r in [*board.rows, board.total]], board.weeks


def _rows_pointing_at(user) -> dict[str, int]:
    found = {}
    for model in apps.get_models():
        if model in (Member, get_user_model()):
            continue
        for f in model._meta.concrete_fields:
            if f.is_relation and f.related_model is get_user_model():
                n = model._base_manager.filter(**{f.name: user}).count()
                if n:
                    found[f"{model._meta.label}.{f.name}"] = n
    return found


def test_the_figures_are_the_same_after_and_nothing_of_the_student_is_left(admin, law):
    from afterview.reminders.services import add_channel

    student = seed.busy_student("Marker Studentname", law, consent=Consent.DETAILS, employer="MARKER-FIRM-9")
    student.set_password("correct horse battery")
    student.save()
    add_channel(student, "json://127.0.0.1:9/", now=NOW)
    AuditEntry.objects.create(student=student, adviser=admin, adviser_name="Ada Admin", at=NOW, what="application 1")
    seed.busy_student("Other Student", law)
    periods = [{}, {"since": (NOW - timedelta(days=7)).date()}, {"cohort_id": law.pk}]
    before = [_figures(admin, **p) for p in periods]
    assert authenticate(username=student.username, password="correct horse battery") == student

    done = deactivate_student(find_student(student.email), now=NOW)

    assert done.kept > 0 and done.deleted > 20
    assert [_figures(admin, **p) for p in periods] == before
    assert _rows_pointing_at(student) == {}
    student.refresh_from_db()
    assert not student.is_active and not student.has_usable_password()
    assert authenticate(username=student.username, password="correct horse battery") is None
    assert Member.objects.get(user=student).deactivated_at == NOW
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    for marker in ("Marker Studentname", "marker.studentname", "MARKER-FIRM-9", "correct horse"):
        assert marker.casefold() not in dump.getvalue().casefold()
    assert set(Aggregate.objects.values_list("cohort_id", flat=True)) == {law.pk}


def test_a_student_who_shared_nothing_leaves_no_counts(admin, law):
    student = seed.busy_student("Nat Hidden", law, consent=Consent.NOTHING)
    assert deactivate_student(find_student(student.email), now=NOW).kept == 0
    assert Aggregate.objects.count() == 0


def test_deactivating_twice_or_someone_else_is_one_line(admin, law):
    student = seed.busy_student("Sam Okafor", law)
    email = student.email
    deactivate_student(find_student(email), now=NOW)
    with pytest.raises(NotFound, match="no student with the address"):
        find_student(email)
    with pytest.raises(Refused, match="deactivated already"):
        deactivate_student(Member.objects.get(user=student), now=NOW)
    with pytest.raises(Refused, match="only a student"):
        deactivate_student(admin.member, now=NOW)


def test_the_button_is_for_admins_and_asks_to_confirm(client, monkeypatch, admin, law):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    adviser = seed.person("Avery Adviser", role=Role.ADVISER)
    law.advisers.add(adviser)
    student = seed.busy_student("Sam Okafor", law)
    client.force_login(adviser)
    assert "Deactivate a student" not in client.get("/office/dashboard/").content.decode()
    assert client.post("/office/dashboard/deactivate/", {"email": student.email, "confirm": "yes"}).status_code == 404
    client.force_login(admin)
    assert "Deactivate a student" in client.get("/office/dashboard/").content.decode()
    answer = client.post("/office/dashboard/deactivate/", {"email": student.email}, follow=True).content.decode()
    assert "tick the box to confirm" in answer
    answer = client.post("/office/dashboard/deactivate/", {"email": student.email, "confirm": "yes"}, follow=True)
    assert "Deactivated a student of Law 2027" in answer.content.decode()
    assert Member.objects.get(user=student).deactivated_at is not None


@pytest.mark.django_db(transaction=True)
def test_the_command_deactivates_a_student_as_a_real_process(world, json_sink):
    made = subprocess.run(
        [sys.executable, "-m", "tests.office.nudge_race", "seed", json_sink.url],
        env=world.env(), capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    email = made.stdout.split()[2]
    done = world.afterview("office", "student", "deactivate", email, "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Deactivated {email} (Law 2027): ")
    assert "anonymous counts kept for the dashboard" in done.stdout
    again = world.afterview("office", "student", "deactivate", email, "--yes")
    assert again.returncode == 2
    assert again.stderr.strip() == f"afterview: no student with the address {email}; `afterview office` lists the office's commands"
    bad = world.afterview("office", "student", "deactivate", "not-an-address", "--yes")
    assert (bad.returncode, "Traceback" in bad.stderr) == (2, False)
