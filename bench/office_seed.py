"""A career office's database for bench/office.py, written with PostgreSQL's COPY.

One office; STUDENTS students (user, profile, member) in cohorts of COHORT_SIZE,
ADVISERS_PER_COHORT advisers on each cohort and one office admin; and per student
about 12 applications with 5 touches each (60,000 and 300,000 for 5,000
students), their organizations, contacts, interviews and panels, a few updates
and stated timelines, and the notes behind the touches (messages): thank-yous
sent on time, late or never (some left as drafts), follow-ups on time, late or
missing, next-steps questions; replies, calls, offers, rejections, withdrawals.

Everything is drawn from one seeded random generator relative to a fixed NOW
(bench/_population.py's), so the same STUDENTS always gives the same rows and a
server run with AFTERVIEW_NOW=NOW sees the same plans.

Rows get their ids here and go in with COPY, table by table, then each table's
id sequence is moved past the highest id. Run as a program it seeds the
database DATABASE_URL names (already migrated) and exits:

    DATABASE_URL=postgres://... python bench/office_seed.py --students 5000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _population import FIRST, LAST, NOW, PLACES, ROLES, WEIGHTS  # noqa: E402

#: bump when the rows drawn change: a cached seed of another version is made again
SEED_VERSION = 2  # 2: the stored step times are filled too
COHORT_SIZE = 100
ADVISERS_PER_COHORT = 2
APPLICATIONS_EACH = 12
#: the password of every bench account: none can sign in with one (sessions are made directly)
NO_PASSWORD = "!bench-no-password"

EMPLOYERS = tuple(
    f"{a} {b}"
    for a in ("Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Acme", "Stark",
              "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Aperture", "Wonka", "Gringotts", "Oscorp", "Pied Piper",
              "Dunder", "Monarch")
    for b in ("Partners", "Capital", "Labs", "Health", "Consulting", "Group", "Energy", "Legal", "Media",
              "Analytics", "Foundation", "Systems")
)  # fmt: skip


class Rows:
    """Rows of each model, with the ids given here."""

    def __init__(self):
        self.by_model: dict = {}
        self.next_id: dict = {}

    def add(self, model, **values) -> int:
        pk = values.get("id")
        if pk is None:
            pk = self.next_id.get(model, 1)
            values["id"] = pk
        self.next_id[model] = pk + 1
        self.by_model.setdefault(model, []).append(values)
        return pk


def _business_days_after(at: datetime, days: int) -> datetime:
    while days > 0:
        at += timedelta(days=1)
        if at.weekday() < 5:
            days -= 1
    return at


def draw(students: int, seed: int = 2026) -> Rows:
    """Every row of the office, drawn from `seed`."""
    from django.contrib.auth import get_user_model

    from afterview.office import models as o
    from afterview.records import models as m

    User = get_user_model()
    rng = random.Random(seed)
    rows = Rows()
    started_at = NOW - timedelta(days=200)
    rows.add(o.Office, name="Career Office (bench)", created_at=started_at, playbook_defaults={}, digest_default="daily")
    admin = rows.add(User, username="admin@bench.example.edu", email="admin@bench.example.edu", first_name="Office",
                     last_name="Admin", password=NO_PASSWORD, date_joined=started_at, is_active=True)
    rows.add(m.Profile, user_id=admin, display_name="Office Admin", email="admin@bench.example.edu", tz="America/New_York")
    rows.add(o.Member, user_id=admin, role=o.Role.ADMIN, consent=o.Consent.NOTHING, joined_at=started_at)

    cohorts = []
    for c in range((students + COHORT_SIZE - 1) // COHORT_SIZE):
        cohort = rows.add(o.Cohort, name=f"Class of {2027 + c % 3}, section {c + 1:03d}", created_at=started_at)
        cohorts.append(cohort)
        for a in range(ADVISERS_PER_COHORT):
            email = f"adviser{c + 1:03d}{'ab'[a % 2]}{a // 2 or ''}@bench.example.edu"
            first, last = rng.choice(FIRST), rng.choice(LAST)
            adviser = rows.add(User, username=email, email=email, first_name=first, last_name=last,
                               password=NO_PASSWORD, date_joined=started_at, is_active=True)
            rows.add(m.Profile, user_id=adviser, display_name=f"{first} {last}", email=email, tz="America/New_York")
            rows.add(o.Member, user_id=adviser, role=o.Role.ADVISER, consent=o.Consent.NOTHING, joined_at=started_at)
            rows.add(o.Cohort.advisers.through, cohort_id=cohort, user_id=adviser)

    for s in range(students):
        _student(rows, rng, s, cohorts[s // COHORT_SIZE], started_at)
    return rows


def _student(rows: Rows, rng: random.Random, s: int, cohort: int, started_at: datetime) -> None:
    from django.contrib.auth import get_user_model

    from afterview.office import models as o
    from afterview.records import models as m

    User = get_user_model()
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"student{s + 1:05d}@bench.example.edu"
    country, home_tz = rng.choices(PLACES, WEIGHTS)[0]
    joined_at = started_at + timedelta(days=rng.randint(0, 60))
    user = rows.add(User, username=email, email=email, first_name=first, last_name=last, password=NO_PASSWORD,
                    date_joined=joined_at, is_active=True)
    rows.add(m.Profile, user_id=user, display_name=f"{first} {last}", email=email, tz=home_tz)
    consent = rng.choices((o.Consent.NOTHING, o.Consent.COUNTS, o.Consent.DETAILS), (15, 35, 50))[0]
    rows.add(o.Member, user_id=user, role=o.Role.STUDENT, cohort_id=cohort, consent=consent, joined_at=joined_at,
             consent_changed_at=joined_at)

    employers = rng.sample(EMPLOYERS, APPLICATIONS_EACH)
    orgs: list[tuple[int, str, list[int], int | None]] = []  # (id, tz, interviewer contact ids, hiring contact id)
    for n in range(APPLICATIONS_EACH):
        if orgs and rng.random() < 0.1:  # a second role at an employer already applied to
            org, tz, panel_pool, hiring = rng.choice(orgs)
        else:
            country, tz = rng.choices(PLACES, WEIGHTS)[0]
            name = employers[n]
            domain = name.lower().replace(" ", "") + ".example"
            org = rows.add(m.Organization, owner_id=user, name=name, aliases=[], domains=[domain], country=country, tz=tz,
                           created_at=joined_at, formal_greetings=rng.random() < 0.2)
            panel_pool = []
            for _ in range(rng.randint(1, 4)):
                pf, pl = rng.choice(FIRST), rng.choice(LAST)
                panel_pool.append(rows.add(m.Contact, owner_id=user, organization_id=org, name=f"{pf} {pl}",
                                           title=rng.choice(("Associate", "Manager", "Partner", "Engineer", "Director")),
                                           email=f"{pf.lower()}.{pl.lower()}@{domain}"))
            hiring = None
            roll = rng.random()
            if roll < 0.8:
                hf, hl = rng.choice(FIRST), rng.choice(LAST)
                hiring = rows.add(m.Contact, owner_id=user, organization_id=org, name=f"{hf} {hl}", title="Recruiter",
                                  email=f"recruiting@{domain}",
                                  phone=f"+1212555{rng.randint(0, 9999):04d}" if rng.random() < 0.6 else "")
            elif roll < 0.92:
                hiring = panel_pool[0]
            orgs.append((org, tz, panel_pool, hiring))
        _application(rows, rng, user, org, tz, panel_pool, hiring, joined_at)


def _message(rows, rng, user, app, contact, kind, at, *, status="sent", late=False):
    from afterview.records import models as m

    subject = {"thank-you": "Thank you for your time", "follow-up": "Following up on my application",
               "next-steps": "Next steps"}[kind]
    body = (f"Dear colleague,\n\nI am writing about the {kind.replace('-', ' ')} for my application. "
            "Our conversation about the team's work stayed with me, and I remain very interested in the role. "
            "Please let me know if I can send anything else.\n\nBest regards")
    created_at = at - timedelta(minutes=rng.randint(5, 90))
    return rows.add(m.Message, owner_id=user, application_id=app, contact_id=contact, kind=kind, subject=subject, body=body,
                    status=status, created_at=created_at, sent_at=at if status == "sent" else None,
                    message_id=f"<{rows.next_id.get(m.Message, 1)}.bench@afterview>" if status == "sent" else "")


def _application(rows, rng, user, org, tz, panel_pool, hiring, joined_at) -> None:
    from afterview.records import models as m

    TK = m.TouchKind
    created_at = max(joined_at, NOW - timedelta(days=130))
    first_end = NOW - timedelta(minutes=rng.randint(60, 120 * 24 * 60))
    created_at = min(created_at, first_end - timedelta(days=3))
    app = rows.add(m.Application, owner_id=user, organization_id=org, role=rng.choice(ROLES), hiring_contact_id=hiring,
                   created_at=created_at, applied_on=(created_at - timedelta(days=rng.randint(0, 20))).date())

    rounds = rng.choices((1, 2, 3), (70, 25, 5))[0]
    touches: list[tuple] = []
    ends = first_end
    stated_on: date | None = None
    decided = False
    for r in range(rounds):
        length = timedelta(minutes=rng.choice((30, 45, 60, 90)))
        stated_on = (ends + timedelta(days=rng.randint(3, 21))).date() if rng.random() < 0.5 else None
        interview = rows.add(m.Interview, owner_id=user, application_id=app, starts_at=ends - length, ends_at=ends, tz=tz,
                             expect_on=stated_on)
        panel = rng.sample(panel_pool, rng.randint(1, min(3, len(panel_pool))))
        for contact in panel:
            rows.add(m.Interviewer, owner_id=user, interview_id=interview, contact_id=contact,
                     highlight="the new client programme" if rng.random() < 0.4 else "")
        if ends > NOW:  # a round still to come
            break
        # Thank-yous: most on time, some late, some never sent (a few left as drafts).
        for contact in panel:
            roll = rng.random()
            if roll < 0.55:
                at = ends + timedelta(minutes=rng.randint(40, 20 * 60))
            elif roll < 0.75:
                at = ends + timedelta(minutes=rng.randint(25 * 60, 96 * 60))
            else:
                if rng.random() < 0.3:
                    _message(rows, rng, user, app, contact, "thank-you", ends + timedelta(hours=2), status="draft")
                continue
            if at < NOW:
                touches.append((TK.THANK_YOU_SENT, at, contact, None))
                _message(rows, rng, user, app, contact, "thank-you", at)
        if stated_on is None and hiring and rng.random() < 0.6:
            at = ends + timedelta(minutes=rng.randint(60, 30 * 60))
            if at < NOW:
                touches.append((TK.NEXT_STEPS_SENT, at, hiring, None))
                _message(rows, rng, user, app, hiring, "next-steps", at)
        # Then what happens until the next round: follow-ups on time, late or missing, replies, decisions.
        due = (datetime.combine(stated_on, ends.timetz()) if stated_on else _business_days_after(ends, 10))
        due = _business_days_after(due, 1)
        nxt = ends + timedelta(days=rng.randint(7, 25)) if r + 1 < rounds else None
        for _ in range(rng.choices((2, 3, 4, 5, 6, 7, 8, 9, 10), (3, 7, 12, 18, 20, 16, 12, 8, 4))[0]):
            roll = rng.random()
            if roll < 0.45:
                lateness = rng.choices((rng.uniform(0, 20), rng.uniform(30, 140)), (65, 35))[0]
                at = due + timedelta(hours=lateness)
                kind = TK.FOLLOW_UP_SENT
            elif roll < 0.75:
                at = due - timedelta(hours=rng.uniform(1, 72))
                kind = TK.REPLY
            elif roll < 0.85:
                at = due + timedelta(hours=rng.uniform(2, 48))
                kind = rng.choice((TK.CALL, TK.VOICEMAIL))
            elif roll < 0.9:
                at = due + timedelta(hours=rng.uniform(1, 48))
                kind = TK.REQUEST_ANSWERED
            else:
                at = due + timedelta(hours=rng.uniform(1, 96))
                kind = rng.choices((TK.OFFER, TK.REJECTION, TK.WITHDRAWN), (35, 55, 10))[0]
            at = max(at, ends + timedelta(hours=1))
            if at >= NOW or (nxt is not None and at >= nxt):
                break
            new_date = (at + timedelta(days=rng.randint(3, 14))).date() if kind == TK.REPLY and rng.random() < 0.5 else None
            touches.append((kind, at, hiring, new_date))
            if kind == TK.FOLLOW_UP_SENT and hiring:
                _message(rows, rng, user, app, hiring, "follow-up", at)
            if kind in (TK.OFFER, TK.REJECTION, TK.WITHDRAWN):
                decided = True
                break
            due = _business_days_after(at, 5 if kind != TK.REPLY else 10)
        if decided or nxt is None:
            break
        ends = nxt
    for kind, at, contact, new_date in touches:
        rows.add(m.Touch, owner_id=user, application_id=app, kind=kind, at=at, contact_id=contact, expect_on=new_date)
    if rng.random() < 0.15:
        added_at = first_end + timedelta(days=rng.randint(1, 10))
        if added_at < NOW:
            rows.add(m.Update, owner_id=user, application_id=app, text="My spring transcript is in", added_at=added_at)
    if rng.random() < 0.05:
        learned_at = first_end + timedelta(days=1)
        if learned_at < NOW:
            rows.add(m.Expectation, owner_id=user, application_id=app, on=(learned_at + timedelta(days=10)).date(),
                     learned_at=learned_at)


def _column_values(model, values: dict) -> tuple[list[str], list]:
    """Every concrete column of `model`, with the given values and each field's default for the rest."""
    columns, out = [], []
    for field in model._meta.concrete_fields:
        columns.append(field.column)
        if field.attname in values:
            value = values[field.attname]
        elif field.has_default():
            value = field.get_default()
        elif field.null:
            value = None
        else:
            value = ""
        if isinstance(value, (list, dict)):
            value = json.dumps(value)
        out.append(value)
    return columns, out


def write(rows: Rows, url: str, *, vacuum: bool = True) -> dict[str, int]:
    """COPY every table's rows into the database at `url`; the number of rows of each table."""
    import psycopg

    counts = {}
    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        for model, items in rows.by_model.items():
            table = model._meta.db_table
            columns, _ = _column_values(model, items[0])
            names = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for item in items:
                    copy.write_row(_column_values(model, item)[1])
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), (SELECT MAX(id) FROM \"{table}\"))", [f'"{table}"']
            )
            counts[table] = len(items)
        conn.commit()
        if vacuum:
            conn.autocommit = True
            cursor.execute("VACUUM ANALYZE")
    return counts


def step_time_rows(owner_ids: list[int]) -> Rows:
    """The stored step times of these students, as `afterview office rebuild` would
    write them: each application's rows from `records.steptimes._figures` (the pure
    `core.steptimes.step_times` and the sent notes they link to), with the facts of
    many students loaded at once instead of student by student."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from afterview.records import models as m
    from afterview.records import steptimes
    from afterview.records.facts import _utc, facts_by_owner
    from afterview.records.playbook_config import candidate_rules

    rows = Rows()
    users = get_user_model().objects.in_bulk(owner_ids)
    table = connection.ops.quote_name(m.Message._meta.db_table)
    chunk = 250
    for start in range(0, len(owner_ids), chunk):
        ids = owner_ids[start:start + chunk]
        notes: dict[tuple, int] = {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, application_id, contact_id, kind, sent_at FROM {table} "
                f"WHERE owner_id = ANY(%s) AND sent_at IS NOT NULL ORDER BY id", [ids],
            )
            for pk, app_id, contact_id, kind, sent_at in cursor.fetchall():
                notes.setdefault((app_id, contact_id, kind, _utc(sent_at)), pk)
        for owner_id, every in facts_by_owner(ids).items():
            rules = candidate_rules(users[owner_id])
            for facts in every:
                app_id = int(facts.key)
                for key, figures in steptimes._figures(app_id, facts, rules, notes).items():
                    rows.add(m.StepTime, owner_id=owner_id, application_id=app_id, key=key, first_seen_at=NOW,
                             updated_at=NOW, **figures)
    return rows


def fill_step_times(url: str) -> int:
    """Every student's stored step times, written with COPY; how many rows."""
    from django.contrib.auth import get_user_model

    from afterview.records import models as m

    owners = sorted(set(m.Application.objects.values_list("owner_id", flat=True)))
    assert get_user_model().objects.filter(pk__in=owners).count() == len(owners)
    rows = step_time_rows(owners)
    if not rows.by_model:
        return 0
    return write(rows, url, vacuum=False)[m.StepTime._meta.db_table]


def _vacuum(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def seed(students: int, url: str) -> dict[str, int]:
    started = time.perf_counter()
    rows = draw(students)
    drawn = time.perf_counter()
    counts = write(rows, url, vacuum=False)
    written = time.perf_counter()
    from afterview.records import models as m

    counts[m.StepTime._meta.db_table] = fill_step_times(url)
    stepped = time.perf_counter()
    _vacuum(url)
    shown = ", ".join(f"{table.split('_', 1)[1]} {n:,}" for table, n in counts.items())
    print(f"seeded {students:,} students in {time.perf_counter() - started:.0f} s "
          f"(drawn in {drawn - started:.0f} s, written with COPY in {written - drawn:.0f} s, "
          f"step times computed and written in {stepped - written:.0f} s): {shown}",
          flush=True)
    return counts


def main() -> None:
    import os

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=5000)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.production")
    import django

    django.setup()
    seed(options.students, os.environ["DATABASE_URL"])


if __name__ == "__main__":
    main()
