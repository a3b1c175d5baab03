"""A reproducible career office's worth of applications, as core facts.

`population()` returns 10,000 applications with exactly 50,000 touches between
them, in every stage the playbook knows: thank-yous still owed, waiting on a
stated date, follow-ups and calls made, replies with and without a new date,
offers and rejections, a second round booked. bench/playbook.py times the
playbook on them directly; bench/agenda.py writes them into a fresh SQLite home
first.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from afterview.core.facts import (
    ApplicationFacts,
    Expectation,
    InterviewFacts,
    Person,
    TouchFacts,
    TouchKind,
    UpdateFacts,
)

APPLICATIONS = 10_000
TOUCHES_EACH = 5  # 50,000 in all
NOW = datetime(2026, 6, 15, 14, 0, tzinfo=UTC)  # a Monday afternoon in New York

PLACES = (
    ("US", "America/New_York"),
    ("US", "America/Chicago"),
    ("US", "America/Los_Angeles"),
    ("GB", "Europe/London"),
    ("DE", "Europe/Berlin"),
)
WEIGHTS = (40, 20, 10, 15, 15)
FIRST = ("Dana", "Lee", "Sam", "Rita", "Miriam", "Theo", "Priya", "Jonas", "Ana", "Kwame", "Hana", "Omar")
LAST = ("Reyes", "Park", "Hill", "Moreno", "Castellanos", "Lindqvist", "Shah", "Berg", "Costa", "Mensah")
ROLES = ("Summer Associate", "Analyst", "Junior Engineer", "Policy Fellow", "Research Assistant")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _application(n: int, rng: random.Random) -> ApplicationFacts:
    country, tz = rng.choices(PLACES, WEIGHTS)[0]
    panel = [Person(f"{n}-p{i}", _name(rng), f"p{i}@org{n}.example", tz=tz) for i in range(rng.randint(1, 3))]
    people = list(panel)
    hiring_key = None
    roll = rng.random()
    if roll < 0.8:  # a recruiter who is not on the panel
        recruiter = Person(
            f"{n}-hr",
            _name(rng),
            f"hr@org{n}.example",
            phone="+12125550100" if rng.random() < 0.6 else None,
            tz=tz,
            title="Recruiter",
        )
        people.append(recruiter)
        hiring_key = recruiter.key
    elif roll < 0.92:  # an interviewer doubles as the hiring contact
        hiring_key = panel[0].key

    # Round one ended somewhere in the last ten weeks; a few have a second round booked.
    ends_at = NOW - timedelta(minutes=rng.randint(60, 70 * 24 * 60))
    starts_at = ends_at - timedelta(minutes=rng.choice((30, 45, 60, 90)))
    stated = rng.random() < 0.5
    expect_on = (ends_at + timedelta(days=rng.randint(3, 21))).date() if stated else None
    interviews = [InterviewFacts(f"{n}-i1", starts_at, ends_at, tuple(p.key for p in panel), (), expect_on)]

    touches: list[TouchFacts] = []
    at = ends_at
    for person in panel:
        at += timedelta(minutes=rng.randint(30, 300))
        touches.append(TouchFacts(TouchKind.THANK_YOU_SENT, at, person.key))
    if not stated and hiring_key:
        touches.append(TouchFacts(TouchKind.NEXT_STEPS_SENT, at + timedelta(minutes=5), hiring_key))
    # Then the back and forth: follow-ups a week or two apart, some answered.
    while len(touches) < TOUCHES_EACH:
        at += timedelta(days=rng.randint(5, 12), minutes=rng.randint(0, 600))
        roll = rng.random()
        if roll < 0.45:
            kind = TouchKind.FOLLOW_UP_SENT
        elif roll < 0.6:
            kind = TouchKind.CALL
        elif roll < 0.9:
            kind = TouchKind.REPLY
        else:
            kind = rng.choice((TouchKind.OFFER, TouchKind.REJECTION))
        new_date = (at + timedelta(days=rng.randint(3, 14))).date() if kind is TouchKind.REPLY and rng.random() < 0.5 else None
        touches.append(TouchFacts(kind, at, hiring_key, new_date))
    touches = touches[:TOUCHES_EACH]
    # Keep history in the past: squeeze anything that ran beyond now back into it.
    latest = max(t.at for t in touches)
    if latest > NOW:
        span = (latest - starts_at).total_seconds()
        room = (NOW - timedelta(minutes=5) - ends_at).total_seconds()
        touches = [
            TouchFacts(t.kind, ends_at + timedelta(seconds=(t.at - ends_at).total_seconds() * room / span), t.person_key, t.expect_on)
            for t in touches
        ]
    if rng.random() < 0.05 and not any(t.kind in (TouchKind.OFFER, TouchKind.REJECTION) for t in touches):
        second = NOW + timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 8))
        interviews.append(
            InterviewFacts(f"{n}-i2", second, second + timedelta(hours=1), (panel[-1].key,), (), None)
        )

    updates = ()
    if rng.random() < 0.2:
        updates = (UpdateFacts(f"{n}-u1", "spring transcript is in", ends_at + timedelta(days=2)),)
    expectations = ()
    if rng.random() < 0.1:
        learned = ends_at + timedelta(days=1)
        expectations = (Expectation((learned + timedelta(days=10)).date(), learned),)

    return ApplicationFacts(
        key=str(n),
        company=f"Organization {n}",
        role=rng.choice(ROLES),
        people=tuple(people),
        hiring_contact_key=hiring_key,
        interviews=tuple(interviews),
        touches=tuple(sorted(touches, key=lambda t: t.at)),
        updates=updates,
        expectations=expectations,
        country=country,
        tz=tz,
        candidate="Jordan Avery",
        domains=(f"org{n}.example",),
    )


def population(count: int = APPLICATIONS, seed: int = 2026) -> list[ApplicationFacts]:
    rng = random.Random(seed)
    return [_application(n, rng) for n in range(1, count + 1)]


def typical() -> ApplicationFacts:
    """The issue's "typical facts": one interview, three interviewers, five touches."""
    ends_at = NOW - timedelta(days=8)
    panel = tuple(Person(f"p{i}", name, tz="America/New_York") for i, name in enumerate(("Dana Reyes", "Lee Park", "Sam Hill")))
    recruiter = Person("hr", "Rita Moreno", phone="+12125550100", tz="America/New_York")
    return ApplicationFacts(
        key="1",
        company="Acme",
        role="Analyst",
        people=(*panel, recruiter),
        hiring_contact_key="hr",
        interviews=(InterviewFacts("i1", ends_at - timedelta(hours=1), ends_at, tuple(p.key for p in panel)),),
        touches=(
            *(TouchFacts(TouchKind.THANK_YOU_SENT, ends_at + timedelta(hours=2), p.key) for p in panel),
            TouchFacts(TouchKind.NEXT_STEPS_SENT, ends_at + timedelta(hours=2), "hr"),
            TouchFacts(TouchKind.REPLY, ends_at + timedelta(days=1), "hr"),
        ),
        country="US",
        tz="America/New_York",
        candidate="Jordan Avery",
    )
