"""Stored step times against the real database: every write path rewrites the rows of
the application it changed in its own transaction, and the stored table equals a full
recomputation; the dashboard's queries; `afterview office rebuild`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from afterview.records import models as m
from afterview.records import steptimes
from afterview.records.services import add_interview, add_touch, add_update, set_expectation
from tests.conftest import NOW
from tests.processes import afterview_argv

DATA = Path(__file__).resolve().parent.parent / "data"


def in_step(owner) -> dict:
    """The stored rows, after checking they equal a full recomputation."""
    have = {app: rows for app, rows in steptimes.stored(owner).items() if rows}
    want = {app: rows for app, rows in steptimes.recomputed(owner).items() if rows}
    assert have == want
    return have


def rows_of(owner, app_id) -> dict[str, m.StepTime]:
    return {r.key: r for r in m.StepTime.objects.filter(owner=owner, application_id=app_id)}


def at(month, day, hour=15):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def home(alice, interview_input):
    """Applications at every kind of step, made through the services the commands call."""
    made = {}

    def app(company, starts, **more):
        data = interview_input(company=company, starts_at=starts, ends_at=starts + timedelta(hours=1), **more)
        return add_interview(alice, data, now=starts).pk

    def thank(app_id, when):
        for who in ("Miriam Castellanos", "Theo Lindqvist"):
            add_touch(alice, app_id, "thank-you-sent", at=when, person=who)

    made["thank"] = app("Thank Co", at(12, 3), expect_on=None)
    made["follow"] = app("Follow Co", at(11, 2), expect_on=date(2026, 11, 13), hiring_phone="")
    add_touch(alice, made["follow"], "thank-you-sent", at=at(11, 2, 20), person="Miriam Castellanos")
    made["phone"] = app("Phone Co", at(10, 26), expect_on=date(2026, 11, 6))
    thank(made["phone"], at(10, 26, 20))
    add_touch(alice, made["phone"], "follow-up-sent", at=at(11, 9), person="Dana Whitfield")
    made["close"] = app("Close Co", at(9, 1), expect_on=date(2026, 9, 10))
    thank(made["close"], at(9, 1, 20))
    for day in (at(9, 14), at(9, 28), at(10, 12)):
        add_touch(alice, made["close"], "follow-up-sent", at=day, person="Dana Whitfield")
    made["asked"] = app("Request Co", at(11, 30), expect_on=date(2026, 12, 18))
    thank(made["asked"], at(11, 30, 20))
    add_touch(alice, made["asked"], "reply", at=at(12, 2), person="Dana Whitfield")
    made["offer"] = app("Offer Co", at(10, 5), expect_on=date(2026, 10, 20))
    add_touch(alice, made["offer"], "offer", at=at(10, 19))
    add_touch(alice, made["offer"], "accepted", at=at(10, 22))
    return made


def test_every_write_through_the_services_keeps_the_stored_rows_equal_to_a_recomputation(alice, home):
    stored = in_step(alice)
    assert set(stored) == set(home.values())
    kinds = {row["kind"] for rows in stored.values() for row in rows.values()}
    assert kinds >= {"thank-you", "ask-next-steps", "follow-up", "phone-call", "close-out"}

    thank = rows_of(alice, home["thank"])
    miriam = m.Contact.objects.get(owner=alice, organization__name="Thank Co", name="Miriam Castellanos")
    row = thank[f"thank-you/{m.Interview.objects.get(application=home['thank']).pk}/{miriam.pk}"]
    assert row.status == "open" and row.due_at == at(12, 3, 16) and row.latest_at == at(12, 4, 16)

    follow = rows_of(alice, home["follow"])
    interview = m.Interview.objects.get(application=home["follow"]).pk
    assert follow[f"try/{interview}/1"].status == "open"
    assert follow[f"try/{interview}/1"].kind == "follow-up"  # no phone number known
    theo = m.Contact.objects.get(owner=alice, organization__name="Follow Co", name="Theo Lindqvist")
    # Never sent, and the window for it closed with time (no write): open, past `open_until`.
    unsent = follow[f"thank-you/{interview}/{theo.pk}"]
    assert unsent.status == "open" and unsent.open_until < NOW

    phone = rows_of(alice, home["phone"])
    interview = m.Interview.objects.get(application=home["phone"]).pk
    assert phone[f"try/{interview}/1"].done_at == at(11, 9) and phone[f"try/{interview}/2"].kind == "phone-call"

    # A follow-up logged later moves the plan on, in the same write.
    add_touch(alice, home["follow"], "follow-up-sent", at=NOW, person="Dana Whitfield")
    in_step(alice)
    interview = m.Interview.objects.get(application=home["follow"]).pk
    done = rows_of(alice, home["follow"])[f"try/{interview}/1"]
    assert done.status == "done" and done.done_at == NOW and done.due_at == at(11, 16, 15)
    assert done.on_time_until < NOW  # sent weeks late
    # Now a write closed the window: the unsent thank-you is dropped.
    assert rows_of(alice, home["follow"])[f"thank-you/{interview}/{theo.pk}"].status == "dropped"

    # A reply, a date learned and an update.
    add_touch(alice, home["follow"], "reply", at=NOW + timedelta(hours=2), person="Dana Whitfield")
    assert rows_of(alice, home["follow"])[f"try/{interview}/1"].replied_at == NOW + timedelta(hours=2)
    set_expectation(alice, home["follow"], date(2026, 12, 20), at=NOW + timedelta(hours=3))
    add_update(alice, home["follow"], "Fall transcript: 3.9 GPA", at=NOW + timedelta(hours=4))
    in_step(alice)


def test_edits_deletes_and_undo_rewrite_the_rows(alice, home):
    from afterview.records import editing

    follow_up = m.Touch.objects.get(application=home["phone"], kind="follow-up-sent")
    interview = m.Interview.objects.get(application=home["phone"]).pk
    editing.edit_touch(alice, follow_up.pk, now=NOW, zone="UTC", at=at(11, 20))
    in_step(alice)
    assert rows_of(alice, home["phone"])[f"try/{interview}/1"].done_at == at(11, 20)
    editing.delete_touch(alice, follow_up.pk, now=NOW)
    in_step(alice)
    assert rows_of(alice, home["phone"])[f"try/{interview}/1"].status == "open"
    editing.undo(alice, NOW)
    in_step(alice)
    assert rows_of(alice, home["phone"])[f"try/{interview}/1"].touch_id == follow_up.pk
    # A contact's phone number goes: the calls of every application with them become e-mails.
    dana = m.Contact.objects.get(owner=alice, organization__name="Phone Co", name="Dana Whitfield")
    editing.edit_contact(alice, dana.pk, now=NOW, phone="")
    in_step(alice)
    assert rows_of(alice, home["phone"])[f"try/{interview}/2"].kind == "follow-up"
    editing.undo(alice, NOW)
    editing.delete_interview(alice, interview, now=NOW)
    in_step(alice)
    assert not rows_of(alice, home["phone"])
    editing.undo(alice, NOW)
    in_step(alice)
    editing.delete_application(alice, home["close"], now=NOW)
    in_step(alice)
    assert not m.StepTime.objects.filter(application_id=home["close"]).exists()
    editing.undo(alice, NOW)
    assert rows_of(alice, home["close"])
    in_step(alice)


def test_the_playbook_overrides_move_every_application(alice, home):
    from afterview.records.playbook_config import reset_overrides, set_override

    before = rows_of(alice, home["follow"])
    set_override(alice, "follow_up_wait_business_days", "20")
    set_override(alice, "phone_after_business_days", "9")
    in_step(alice)
    after = rows_of(alice, home["follow"])
    assert [r.due_at for r in before.values() if r.try_number == 2] != [r.due_at for r in after.values() if r.try_number == 2]
    reset_overrides(alice)
    in_step(alice)


def test_a_note_sent_is_a_done_step_linked_to_its_message(alice, home):
    from afterview.outreach import notes

    theo = m.Contact.objects.get(owner=alice, organization__name="Thank Co", name="Theo Lindqvist")
    draft = notes.start_draft(alice, home["thank"], "thank-you", str(theo.pk), now=NOW)
    notes.approve(alice, draft, subject=draft.subject, body=draft.body, force=True)
    notes.mark_sent_by_hand(alice, draft, now=NOW)
    in_step(alice)
    row = m.StepTime.objects.get(application=home["thank"], person=theo, kind="thank-you")
    assert row.status == "done" and row.message_id == draft.pk and row.done_at == NOW
    assert row.done_kind == "thank-you-sent" and row.touch.kind == "thank-you-sent"


def test_a_restore_and_a_csv_import_store_the_rows_of_what_they_load(alice, home):
    from afterview.records import spreadsheet
    from afterview.records.exchange import export_document, import_document

    document = export_document(alice)
    import_document(alice, json.loads(json.dumps(document)), replace=True)
    in_step(alice)
    assert m.StepTime.objects.filter(owner=alice).count() > 10
    table = spreadsheet.read_file((DATA / "csv" / "huntr.csv").read_bytes())
    plan = spreadsheet.plan_import(alice, table, spreadsheet.choose_mapping(table, preset="huntr", maps=[]))
    result = spreadsheet.apply_import(alice, plan, now=NOW)
    assert result.created
    in_step(alice)


def test_a_reply_read_from_mail_is_stored_with_the_follow_up_it_answers(alice, home):
    from afterview.outreach import replies

    text = b"Hi Alice,\n\nThanks for checking in. We expect to decide by December 18.\n\nDana\n"
    understood = replies.understand(alice, text, now=NOW, app_id=home["phone"])
    replies.record(alice, understood, now=NOW)
    in_step(alice)
    interview = m.Interview.objects.get(application=home["phone"]).pk
    assert rows_of(alice, home["phone"])[f"try/{interview}/1"].replied_at is not None


def test_the_dashboard_queries_aggregate_in_sql(alice, bob, home, django_assert_max_num_queries):
    owners = [alice.pk]
    with django_assert_max_num_queries(1):
        interviews = list(steptimes.thank_you_interviews(owners))
    by_app = {row["application_id"]: row for row in interviews}
    assert by_app[home["phone"]]["interviewers"] == 2 and by_app[home["phone"]]["on_time"] == 2
    assert by_app[home["follow"]]["thanked"] == 1 and by_app[home["follow"]]["on_time"] == 1
    assert by_app[home["thank"]]["thanked"] == 0
    from django.db.models import F

    full = {row["application_id"] for row in steptimes.thank_you_interviews(owners).filter(on_time=F("interviewers"))}
    assert home["phone"] in full and home["follow"] not in full
    assert by_app[home["phone"]]["first_at"] - by_app[home["phone"]]["ended_at"] == timedelta(hours=4)

    tries = list(steptimes.follow_up_rows(owners))
    assert len(tries) == 4 and all(t.due_at is not None for t in tries)
    on_time = {(t.application_id, t.try_number): t.on_time for t in tries}
    # Phone Co's follow-up went at its due time; Close Co's each went a business day late or more.
    assert on_time == {(home["phone"], 1): True, (home["close"], 1): False, (home["close"], 2): False, (home["close"], 3): False}
    assert not any(t.replied for t in tries)

    late = steptimes.late_thank_yous(owners, NOW)
    assert set(late.values_list("application_id", flat=True)) == set()
    assert set(steptimes.late_thank_yous(owners, at(12, 5)).values_list("application_id", flat=True)) == {home["thank"]}
    overdue = steptimes.overdue_follow_ups(owners, NOW)
    assert set(overdue.values_list("application_id", flat=True)) == {home["follow"], home["phone"]}
    assert all(r.try_number for r in overdue)
    assert overdue.filter(application=home["phone"]).get().try_number == 2

    outcomes = {row.pk: row for row in steptimes.outcome_rows(owners)}
    assert outcomes[home["offer"]].outcome == "accepted" and outcomes[home["offer"]].offered
    assert outcomes[home["thank"]].outcome is None and not outcomes[home["thank"]].offered
    assert not steptimes.steps([bob.pk]).exists()


def test_rebuild_reports_and_rewrites_drift(alice, home):
    row = m.StepTime.objects.filter(owner=alice, status="done").first()
    m.StepTime.objects.filter(pk=row.pk).update(due_at=row.due_at - timedelta(days=1))
    m.StepTime.objects.filter(owner=alice, status="open").first().delete()
    report = steptimes.rebuild(NOW, fix=False)
    assert (report.missing, report.changed, report.extra) == (1, 1, 0) and report.examples
    assert any("due_at" in what for _, _, _, what in report.examples)
    report = steptimes.rebuild(NOW)
    assert report.drifted == 2
    in_step(alice)
    assert steptimes.rebuild(NOW).drifted == 0


def _home_env(tmp_path):
    from tests.web.test_serve import _env

    return _env(tmp_path)


def test_office_rebuild_runs_as_a_real_process(tmp_path):
    from tests.test_both_edges import SEED

    env = _home_env(tmp_path)
    env["AFTERVIEW_NOW"] = "2026-12-03T20:00:00+00:00"
    seeded = subprocess.run([sys.executable, "-c", SEED], env=env, capture_output=True, text=True, timeout=120)
    assert seeded.returncode == 0, seeded.stderr
    # The seed writes one bounce straight into the rows (no service): drift a rebuild finds.
    check = subprocess.run(afterview_argv("office", "rebuild", "--check", "--json"), env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 1, check.stderr
    found = json.loads(check.stdout)
    assert found["changed"] + found["missing"] >= 1 and not found["fixed"]
    fixed = subprocess.run(afterview_argv("office", "rebuild"), env=env, capture_output=True, text=True, timeout=120)
    assert fixed.returncode == 0, fixed.stderr
    assert "rewritten" in fixed.stdout
    again = subprocess.run(afterview_argv("office", "rebuild", "--check"), env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "No drift" in again.stdout


def test_the_facts_of_a_few_applications_are_those_of_every_application(alice, bob, home, interview_input):
    from afterview.records.facts import every_facts, some_facts

    bobs = add_interview(bob, interview_input(company="Bob Co"), now=NOW).pk
    every = {int(f.key): f for f in every_facts(alice, "Alice Moreau")}
    for ids in ([home["phone"]], [home["close"], home["thank"]], [home["offer"], bobs], list(every)):
        assert some_facts(alice, ids, "Alice Moreau") == [every[i] for i in sorted(ids) if i in every]
    assert some_facts(alice, [bobs]) == []
