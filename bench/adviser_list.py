"""The adviser's list: every student's status and figures in one pass
(`office.status.statuses`) against the per-student baseline (each student's own
`plan_all`, nine queries each), on the same seeded SQLite home.

Seeds STUDENTS students with APPS_EACH applications each (the population of
bench/_population.py, dealt out), then times both RUNS times and prints the medians
and their ratio. Both give the same figures (checked).

    .venv/bin/python bench/adviser_list.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 5
STUDENTS = 500
APPS_EACH = 10


def seed(facts_list) -> list[int]:
    """Deal the population out to STUDENTS students, in bulk; their user ids."""
    from django.contrib.auth import get_user_model

    from afterview.records import models as m

    users = get_user_model().objects.bulk_create(get_user_model()(username=f"student{n}") for n in range(STUDENTS))
    users = list(get_user_model().objects.filter(username__startswith="student").order_by("pk"))
    owner_of = [users[n // APPS_EACH] for n in range(len(facts_list))]
    created_at = min(i.starts_at for f in facts_list for i in f.interviews)
    orgs = m.Organization.objects.bulk_create(
        m.Organization(owner=o, name=f.company, country=f.country, tz=f.tz, created_at=created_at) for f, o in zip(facts_list, owner_of)
    )
    contact_of = {}
    rows = [(p, m.Contact(owner=o, organization=org, name=p.name, email=p.email or "", tz="")) for f, o, org in zip(facts_list, owner_of, orgs) for p in f.people]
    for (p, _), row in zip(rows, m.Contact.objects.bulk_create(r for _, r in rows)):
        contact_of[p.key] = row
    apps = m.Application.objects.bulk_create(
        m.Application(owner=o, organization=org, role=f.role, created_at=created_at, hiring_contact=contact_of.get(f.hiring_contact_key))
        for f, o, org in zip(facts_list, owner_of, orgs)
    )
    pairs = [(i, m.Interview(owner=o, application=a, starts_at=i.starts_at, ends_at=i.ends_at, tz=f.tz, expect_on=i.expect_on))
             for f, o, a in zip(facts_list, owner_of, apps) for i in f.interviews]
    made = m.Interview.objects.bulk_create(r for _, r in pairs)
    m.Interviewer.objects.bulk_create(
        m.Interviewer(owner=row.owner, interview=row, contact=contact_of[key]) for (i, _), row in zip(pairs, made) for key in i.interviewer_keys
    )
    m.Touch.objects.bulk_create(
        (m.Touch(owner=o, application=a, kind=str(t.kind), at=t.at, contact=contact_of.get(t.person_key), expect_on=t.expect_on)
         for f, o, a in zip(facts_list, owner_of, apps) for t in f.touches),
        batch_size=5000,
    )
    return [u.pk for u in users]


def baseline(ids, now) -> dict:
    """Per student: plan_all (its own queries), then the same counting."""
    from afterview.office.status import _status
    from afterview.records.agenda import plan_all

    return {pk: _status(plan_all(pk_user, now), now) for pk, pk_user in ids}


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["AFTERVIEW_HOME"] = home
        os.environ.pop("DATABASE_URL", None)
        from _population import NOW, population

        from afterview.cli._boot import setup_django

        setup_django()
        from django.contrib.auth import get_user_model

        from afterview.office.status import statuses

        ids = seed(population()[: STUDENTS * APPS_EACH])
        users = [(u.pk, u) for u in get_user_model().objects.filter(pk__in=ids).order_by("pk")]
        assert statuses(ids, NOW) == baseline(users, NOW)  # and warms both up
        one_pass, each = [], []
        for _ in range(RUNS):
            began = time.perf_counter()
            statuses(ids, NOW)
            one_pass.append(time.perf_counter() - began)
            began = time.perf_counter()
            baseline(users, NOW)
            each.append(time.perf_counter() - began)
    fast, slow = statistics.median(one_pass), statistics.median(each)
    print(f"{STUDENTS} students, {STUDENTS * APPS_EACH:,} applications, SQLite, median of {RUNS} runs:")
    print(f"  statuses() in one pass:        {fast:.3f} s")
    print(f"  plan_all() student by student: {slow:.3f} s")
    print(f"  ratio: {slow / fast:.2f}x")


if __name__ == "__main__":
    main()
