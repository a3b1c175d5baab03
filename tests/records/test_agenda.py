"""The agenda service: every application's plan, in a constant number of queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterview.records import models as m
from afterview.records.agenda import AGENDA_KEYS, agenda, entry_json, explanation
from afterview.records.facts import applications_with_everything, every_facts, facts_from_application
from afterview.records.services import add_interview, add_touch, add_update, all_facts, set_expectation
from tests.conftest import NOW


def _applications(alice, interview_input, count: int, first: int = 0) -> list[int]:
    ids = []
    for n in range(first, first + count):
        starts_at = datetime(2026, 11, 16, 15, 0, tzinfo=UTC) + timedelta(days=n % 3)
        app = add_interview(
            alice,
            interview_input(
                company=f"Firm {n}",
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=1),
                expect_on=date(2026, 11, 30) if n % 2 else None,
            ),
            now=NOW,
        )
        add_touch(alice, app.pk, "thank-you-sent", at=starts_at + timedelta(hours=3), person="Miriam Castellanos")
        add_touch(alice, app.pk, "reply", at=starts_at + timedelta(days=2), person="Dana Whitfield")
        add_update(alice, app.pk, "fall transcript", at=starts_at + timedelta(days=3))
        ids.append(app.pk)
    return ids


def test_it_reads_all_applications_in_a_constant_number_of_queries(alice, interview_input, django_assert_num_queries):
    _applications(alice, interview_input, 2)
    with CaptureQueriesContext(connection) as few:
        agenda(alice, NOW, everything=True)
    _applications(alice, interview_input, 10, first=2)
    with django_assert_num_queries(len(few.captured_queries)):
        entries = agenda(alice, NOW, everything=True)
    assert {e.application for e in entries} and len({e.application for e in entries}) == 12


def test_overdue_steps_come_first_then_by_due_time(alice, interview_input):
    old = add_interview(alice, interview_input(company="Old Firm"), now=NOW)  # ended Thu 12:00 Chicago
    fresh_start = NOW - timedelta(hours=1)
    fresh = add_interview(
        alice,
        interview_input(company="New Firm", starts_at=fresh_start - timedelta(hours=1), ends_at=fresh_start),
        now=NOW,
    )
    later = NOW + timedelta(hours=12)
    entries = agenda(alice, later)
    overdue = [e for e in entries if e.overdue]
    assert overdue and all(e.application == old.pk for e in overdue)
    assert entries[: len(overdue)] == overdue
    rest = entries[len(overdue):]
    assert [e.action.due_at for e in rest] == sorted(e.action.due_at for e in rest)
    assert any(e.application == fresh.pk for e in rest)


def test_the_default_agenda_looks_seven_days_ahead(alice, alice_app):
    everything = agenda(alice, NOW, everything=True)
    week = agenda(alice, NOW)
    assert len(week) < len(everything)
    assert all(e.action.due_at <= NOW + timedelta(days=7) for e in week)
    assert {str(e.action.kind) for e in week} == {"ask-next-steps", "thank-you"}


def test_json_entries_have_exactly_the_issues_keys(alice, alice_app):
    [first, *_] = agenda(alice, NOW)
    row = entry_json(first)
    assert tuple(row) == AGENDA_KEYS
    assert row["application"] == alice_app.pk
    assert row["company"] == "Calloway & Pryce LLP"
    assert row["due"].endswith("+00:00")


def test_bob_sees_nothing_of_alices(alice, alice_app, bob):
    assert agenda(bob, NOW, everything=True) == []


def test_explanation_is_the_core_explain_of_the_stored_facts(alice, alice_app):
    told = explanation(alice, alice_app.pk, NOW)
    assert told.application == str(alice_app.pk)
    assert told.timeline[0].text.startswith("interview with Miriam Castellanos, Theo Lindqvist")
    assert told.steps


def test_every_facts_gives_the_same_facts_as_the_model_path(alice, interview_input, bob):
    _applications(alice, interview_input, 3)
    app = m.Application.objects.for_owner(alice).first()
    set_expectation(alice, app.pk, date(2026, 12, 18), at=NOW)
    add_touch(alice, app.pk, "follow-up-sent", at=NOW, person="Dana Whitfield", note="a short check-in")
    contact = m.Contact.objects.for_owner(alice).get(name="Theo Lindqvist", organization=app.organization)
    contact.tz = "Europe/London"
    contact.save()
    m.Update.objects.for_owner(alice).filter(application=app).update(sent_at=NOW)
    # JSON and booleans come back from the raw rows as the ORM gives them
    m.Organization.objects.filter(pk=app.organization_id).update(domains=["acme.example", "acme.co"], formal_greetings=True)
    by_models = [facts_from_application(a, "Alice Moreau") for a in applications_with_everything(alice)]
    assert by_models[0].domains == ("acme.example", "acme.co") and by_models[0].formal
    assert every_facts(alice, "Alice Moreau") == by_models
    assert all_facts(alice) == by_models
    assert every_facts(bob) == []
