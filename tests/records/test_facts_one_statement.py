"""Issue 22: a student's facts are read with one statement (on PostgreSQL), and they are the very facts
the model path (`applications_with_everything` + `facts_from_application`) makes.

A seeded population (bench/_population.py's applications, split between alice and
bob), with what the population lacks drawn in by a seeded generator: bounced and away
contacts, two contacts of one name, requests done and open, highlights, updates
sent, formal organizations with several domains, an organization two applications
share, times with microseconds, the last day of the calendar, text that JSON escapes."""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from _population import population  # noqa: E402

SIGN_OFF = "Alice Moreau"


def _write(owner, facts_list, rng: random.Random) -> None:
    """The facts as rows of `owner`, with the edge cases mixed in."""
    from afterview.records import models as m

    created_at = datetime(2026, 1, 5, tzinfo=UTC)
    orgs = []
    for n, facts in enumerate(facts_list):
        if n % 7 == 3 and orgs:  # another application at the organization before
            orgs.append(orgs[-1])
            continue
        domains = list(facts.domains) + ([f"mail.{facts.domains[0]}"] if n % 3 == 0 else [])
        orgs.append(
            m.Organization.objects.create(
                owner=owner, name=facts.company + (' "Ünïcode" \\ Ltd' if n % 5 == 0 else ""), domains=domains,
                country=facts.country, tz=facts.tz, created_at=created_at, formal_greetings=n % 4 == 0,
            )
        )
    contact_of = {}
    for n, (facts, org) in enumerate(zip(facts_list, orgs)):
        for i, person in enumerate(facts.people):
            email = person.email or ""
            bounced = rng.random() < 0.15 and email
            contact_of[person.key] = m.Contact.objects.create(
                owner=owner, organization=org, name=person.name if i else facts.people[-1].name,  # a name twice
                title=person.title, email=email, phone=person.phone or "", tz=rng.choice(("", "Europe/London")),
                salutation=rng.choice(("", "Dr. Reyes")),
                away_until=date(2026, 6, 20) if rng.random() < 0.1 else None,
                # a bounce of another address (an old one) is not theirs
                bounced_address=(email.upper() if rng.random() < 0.7 else "old@x.example") if bounced else "",
                bounced_at=datetime(2026, 6, 1, 9, 30, 15, 123456, tzinfo=UTC) if bounced else None,
                bounce_reason="550 no such user\nat \"mx\"" if bounced else "",
            )
    for facts, org in zip(facts_list, orgs):
        app = m.Application.objects.create(
            owner=owner, organization=org, role=facts.role, created_at=created_at,
            hiring_contact=contact_of.get(facts.hiring_contact_key),
        )
        for interview in facts.interviews:
            row = m.Interview.objects.create(
                owner=owner, application=app, starts_at=interview.starts_at, ends_at=interview.ends_at,
                tz=facts.tz, expect_on=date(9999, 12, 31) if rng.random() < 0.05 else interview.expect_on,
            )
            for key in interview.interviewer_keys:
                m.Interviewer.objects.create(
                    owner=owner, interview=row, contact=contact_of[key],
                    highlight=rng.choice(("", "", "her tenant work", "the 'Q3' launch\u2014twice")),
                )
        for touch in facts.touches:
            m.Touch.objects.create(
                owner=owner, application=app, kind=str(touch.kind),
                at=touch.at + timedelta(microseconds=rng.choice((0, 0, 1, 999999))),
                contact=contact_of.get(touch.person_key), expect_on=touch.expect_on,
                note=rng.choice(("", "left a voicemail", "tab\there, \"quoted\"")),
            )
        for update in facts.updates:
            m.Update.objects.create(
                owner=owner, application=app, text=update.text, added_at=update.added_at,
                sent_at=update.added_at + timedelta(hours=1) if rng.random() < 0.5 else None,
            )
        for expectation in facts.expectations:
            m.Expectation.objects.create(owner=owner, application=app, on=expectation.on, learned_at=expectation.learned_at)
        if rng.random() < 0.3:
            asked = facts.interviews[0].ends_at + timedelta(days=1)
            m.Request.objects.create(
                owner=owner, application=app, text="a writing sample", asked_at=asked,
                contact=contact_of.get(facts.hiring_contact_key),
                done_at=asked + timedelta(days=2) if rng.random() < 0.5 else None,
            )


@pytest.fixture
def seeded(alice, bob):
    every = population(60, seed=22)
    rng = random.Random(22)
    _write(alice, every[:40], rng)
    _write(bob, every[40:], rng)
    return alice, bob


def by_models(owner, name: str = ""):
    """Every application's facts, made again from model instances (the old path)."""
    from afterview.records.facts import applications_with_everything, facts_from_application

    return [facts_from_application(app, name) for app in applications_with_everything(owner)]


def test_every_facts_are_the_model_paths_on_a_seeded_population(seeded):
    from afterview.records.facts import every_facts

    alice, bob = seeded
    expected = by_models(alice, SIGN_OFF)
    assert len(expected) == 40
    # the population has what the comparison needs to mean something
    people = [p for facts in expected for p in facts.people]
    assert any(p.bounced_at for p in people) and any(p.away_until for p in people)
    assert any(facts.requests for facts in expected) and any(facts.formal for facts in expected)
    assert any(t.at.microsecond for facts in expected for t in facts.touches)
    assert every_facts(alice, SIGN_OFF) == expected
    assert every_facts(bob) == by_models(bob)


def test_many_students_and_some_applications_are_the_model_paths_too(seeded):
    from afterview.records.facts import facts_by_owner, some_facts
    from afterview.records.services import application_facts

    alice, bob = seeded
    alices, bobs = by_models(alice), by_models(bob)
    assert facts_by_owner([alice.pk, bob.pk]) == {alice.pk: alices, bob.pk: bobs}
    chosen = [int(alices[i].key) for i in (0, 3, 4, 17, 39)]
    # bob's ids are left out, and so is an id nobody has
    found = some_facts(alice, [*chosen, int(bobs[0].key), 10**9], SIGN_OFF)
    assert found == [f for f in by_models(alice, SIGN_OFF) if int(f.key) in chosen]
    assert application_facts(alice, chosen[1]) == found[1]


def test_the_facts_are_read_with_one_statement_on_postgresql(seeded):
    """On SQLite, a statement per table in one read transaction (no round trips to save)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from afterview.records.facts import every_facts, facts_by_owner, some_facts

    alice, bob = seeded
    ids = [int(f.key) for f in every_facts(alice)][:3]
    for load in (lambda: every_facts(alice), lambda: facts_by_owner([alice.pk, bob.pk]), lambda: some_facts(alice, ids)):
        with CaptureQueriesContext(connection) as captured:
            assert load()
        wanted = 1 if connection.vendor == "postgresql" else 9  # a SELECT per table (in the test's transaction)
        assert len(captured.captured_queries) == wanted, [q["sql"][:80] for q in captured.captured_queries]


def test_an_application_id_out_of_range_is_not_found(alice, alice_app):
    from afterview.core.errors import NotFound
    from afterview.records.services import application_facts

    for bad in ("x", None, 0, -1, 2**70):
        with pytest.raises(NotFound, match="no application"):
            application_facts(alice, bad)
