"""`afterview agenda --json` end to end, and the pure playbook over the same facts
(issue 3's two figures).

Seeds a fresh SQLite home with 10,000 applications and 50,000 touches (the
population of bench/_population.py), then:

* runs the real `afterview agenda --json` RUNS times (after one warm-up run, as
  a second use of the command would find the OS file cache) and takes the median;
* loads the same applications in-process as the agenda does and times
  `next_actions` over all of them, RUNS times, median per application.

    .venv/bin/python bench/agenda.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 5
GOAL_COMMAND_S = 1.5
GOAL_PLAYBOOK_US = 20.0


def seed(facts_list) -> int:
    """Write the population as rows, in bulk; returns the candidate's id."""
    from afterview.records import models as m
    from afterview.records.services import init_local_candidate

    owner, _ = init_local_candidate(name="Jordan Avery", email="jordan@example.edu", tz="America/Chicago")
    created_at = min(i.starts_at for f in facts_list for i in f.interviews)
    orgs = m.Organization.objects.bulk_create(
        m.Organization(owner=owner, name=f.company, domains=list(f.domains), country=f.country, tz=f.tz, created_at=created_at)
        for f in facts_list
    )
    contacts = m.Contact.objects.bulk_create(
        m.Contact(owner=owner, organization=org, name=p.name, title=p.title, email=p.email or "", phone=p.phone or "", tz="")
        for f, org in zip(facts_list, orgs)
        for p in f.people
    )
    contact_of = {}
    it = iter(contacts)
    for f in facts_list:
        for p in f.people:
            contact_of[p.key] = next(it)
    apps = m.Application.objects.bulk_create(
        m.Application(
            owner=owner, organization=org, role=f.role, created_at=created_at,
            hiring_contact=contact_of.get(f.hiring_contact_key),
        )
        for f, org in zip(facts_list, orgs)
    )
    interviews = m.Interview.objects.bulk_create(
        m.Interview(owner=owner, application=app, starts_at=i.starts_at, ends_at=i.ends_at, tz=f.tz, expect_on=i.expect_on)
        for f, app in zip(facts_list, apps)
        for i in f.interviews
    )
    it = iter(interviews)
    m.Interviewer.objects.bulk_create(
        m.Interviewer(owner=owner, interview=row, contact=contact_of[key])
        for f in facts_list
        for i in f.interviews
        for row in [next(it)]
        for key in i.interviewer_keys
    )
    m.Touch.objects.bulk_create(
        (
            m.Touch(owner=owner, application=app, kind=str(t.kind), at=t.at, contact=contact_of.get(t.person_key), expect_on=t.expect_on)
            for f, app in zip(facts_list, apps)
            for t in f.touches
        ),
        batch_size=5000,
    )
    m.Update.objects.bulk_create(
        m.Update(owner=owner, application=app, text=u.text, added_at=u.added_at, sent_at=u.sent_at)
        for f, app in zip(facts_list, apps)
        for u in f.updates
    )
    m.Expectation.objects.bulk_create(
        m.Expectation(owner=owner, application=app, on=e.on, learned_at=e.learned_at)
        for f, app in zip(facts_list, apps)
        for e in f.expectations
    )
    return owner.pk


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["AFTERVIEW_HOME"] = home
        os.environ.pop("DATABASE_URL", None)
        from _population import NOW, population

        from afterview.cli._boot import setup_django

        setup_django()
        facts_list = population()
        started = time.perf_counter()
        seed(facts_list)
        seeding = time.perf_counter() - started

        from django.db import connection

        from afterview.records import models as m

        counts = (m.Application.objects.count(), m.Touch.objects.count())
        del facts_list  # the playbook figure below plans from what the database gives back
        # Closing folds the write-ahead log back into the database, as the end of
        # the seeding process would; a command reading past a 30 MB log is slower.
        connection.close()
        program = str(Path(sys.executable).with_name("afterview"))
        env = {**os.environ, "AFTERVIEW_HOME": home, "AFTERVIEW_NOW": NOW.isoformat()}

        def command() -> tuple[float, int]:
            began = time.perf_counter()
            done = subprocess.run([program, "agenda", "--json"], env=env, check=True, capture_output=True)
            return time.perf_counter() - began, len(done.stdout)

        command()  # warm-up: the OS file cache, as a second run would find it
        runs = [command() for _ in range(RUNS)]
        command_s = statistics.median(t for t, _ in runs)
        size = runs[0][1]

        import gc

        from afterview.core.playbook import next_actions
        from afterview.records.services import all_facts
        from afterview.records.playbook_config import install_rules
        from afterview.records.services import local_candidate

        candidate = local_candidate()
        began = time.perf_counter()
        stored = all_facts(candidate)  # what the agenda plans from
        loading = time.perf_counter() - began
        gc.collect()
        rules = install_rules()
        for facts in stored:  # warm-up: holiday sets, as a running process has them
            next_actions(facts, NOW, rules)
        figures = []
        for _ in range(RUNS):
            began = time.perf_counter()
            for facts in stored:
                next_actions(facts, NOW, rules)
            figures.append((time.perf_counter() - began) / len(stored))
        playbook_us = statistics.median(figures) * 1e6

    print(f"seeded {counts[0]:,} applications with {counts[1]:,} touches into a fresh SQLite home in {seeding:.1f} s")
    print(
        f"afterview agenda --json: median {command_s:.3f} s of {RUNS} runs ({size / 1e6:.1f} MB of JSON) "
        f"(goal < {GOAL_COMMAND_S} s) {'OK' if command_s < GOAL_COMMAND_S else 'OVER'}"
    )
    print(
        f"next_actions on the stored facts: median {playbook_us:.1f} µs per application of {RUNS} runs "
        f"(goal < {GOAL_PLAYBOOK_US:.0f} µs) {'OK' if playbook_us < GOAL_PLAYBOOK_US else 'OVER'}"
    )
    print(f"  (loading those facts with all_facts took {loading:.2f} s in-process)")


if __name__ == "__main__":
    main()
