"""Issue 22: what loading a student's facts costs, in-process on PostgreSQL.

On a copy of bench/office.py's seeded office (its template is made if missing; the
copy, PREFIX_facts, is made once and kept: nothing here changes the facts), for
STUDENTS students chosen as bench/office.py chooses them, it prints:

* a student's facts as the agenda loads them (`records.facts.every_facts`): the
  statements run, the CPU of this process per load (time.process_time; the median of
  ROUNDS rounds over every student, after one warm-up round) and the PostgreSQL
  backend's (/proc, in clock ticks, so only a rough figure);
* one application's facts (`records.services.application_facts`, as the
  application page, a note or the agenda's reload of what a write named read them):
  the same, for each student's first application;
* a cohort's facts at once (`records.facts.facts_by_owner`, as an adviser's pages
  read them), for COHORTS cohorts;
* the statements of one agenda (GET / for a student whose plans the process has not kept).

To compare two versions, run it with each one's source first on the path, in turn,
on the same copy (PYTHONPATH wins over the editable install):

    PYTHONPATH=/work/main/src .venv/bin/python bench/facts_load.py --db-prefix av_x
    .venv/bin/python bench/facts_load.py --db-prefix av_x
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import office  # noqa: E402

STUDENTS = 200
ROUNDS = 5
COHORTS = 10


def backend_cpu(connection) -> float:
    """CPU seconds so far of this connection's PostgreSQL backend (Linux /proc)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(load, items, connection, rounds: int) -> tuple[float, float, int]:
    """(median client CPU ms per call, median backend CPU ms per call, statements per call)."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        load(items[0])
    statements = len(captured.captured_queries)
    for item in items:  # warm-up: prepared statements, caches
        load(item)
    client, server = [], []
    for _ in range(rounds):
        server_before = backend_cpu(connection)
        began = time.process_time()
        for item in items:
            load(item)
        client.append((time.process_time() - began) / len(items) * 1000)
        server.append((backend_cpu(connection) - server_before) / len(items) * 1000)
    return statistics.median(client), statistics.median(server), statements


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=office.STUDENTS, help="the seeded office's size")
    parser.add_argument("--sample", type=int, default=STUDENTS, help="students whose facts are loaded")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--cohorts", type=int, default=COHORTS, help="cohorts whose facts are loaded at once")
    parser.add_argument("--db-prefix", default=office.PREFIX, help="names of the databases: PREFIX_seed..., PREFIX_facts")
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="afterview-bench-facts-") as home:
        copy = f"{options.db_prefix}_facts"
        env = office.environment(Path(home), copy)
        env["AFTERVIEW_LOG_LEVEL"] = "WARNING"
        os.environ.update(env)
        import django

        django.setup()
        template, _ = office.ensure_seed(options.students, env, reseed=False, prefix=options.db_prefix)
        with office.admin() as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [copy]).fetchone() is None:
                office.fresh_copy(template, copy)

        from django.conf import settings
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        import afterview
        from afterview.records import models as m
        from afterview.office.models import Cohort
        from afterview.records.facts import every_facts, facts_by_owner
        from afterview.records.services import application_facts, candidate_name
        from afterview.web import plans

        students, _ = office.bench_users(options.sample)
        names = {u.pk: candidate_name(u) for u in students}
        first_app = {}
        for owner_id, app_id in m.Application.objects.filter(owner__in=students).order_by("id").values_list("owner_id", "id"):
            first_app.setdefault(owner_id, app_id)
        print(f"source {Path(afterview.__file__).parent}; {len(students)} students of {template}; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)

        every = timed(lambda u: every_facts(u, names[u.pk]), students, connection, options.rounds)
        one = timed(lambda u: application_facts(u, first_app[u.pk]), students, connection, options.rounds)
        loads = sum(len(every_facts(u)) for u in students) / len(students)
        print(f"every_facts (a student's {loads:.1f} applications): {every[2]} statements, "
              f"CPU {every[0]:.2f} ms here, {every[1]:.2f} ms PostgreSQL, per load (median of {options.rounds} rounds)")
        print(f"application_facts (one application): {one[2]} statements, "
              f"CPU {one[0]:.2f} ms here, {one[1]:.2f} ms PostgreSQL, per load")
        cohorts = [
            sorted(c.students.values_list("user_id", flat=True)) for c in Cohort.objects.order_by("pk")[: options.cohorts]
        ]
        many = timed(facts_by_owner, cohorts, connection, options.rounds)
        print(f"facts_by_owner (a cohort's {statistics.mean(len(c) for c in cohorts):.0f} students, as an adviser's page): "
              f"{many[2]} statements, CPU {many[0]:.1f} ms here, {many[1]:.1f} ms PostgreSQL, per load")

        cookies = office.make_sessions(students[:20])
        counts = []
        for user in students[:20]:
            plans.clear()
            client = Client(HTTP_HOST=office.HOST, HTTP_X_FORWARDED_PROTO="https")
            client.cookies[settings.SESSION_COOKIE_NAME] = cookies[user.pk]
            with CaptureQueriesContext(connection) as captured:
                status = client.get(office.AGENDA).status_code
            if status != 200:
                raise SystemExit(f"GET {office.AGENDA} answered {status} in-process")
            counts.append(len(captured.captured_queries))
        print(f"GET {office.AGENDA} (plans not kept): {statistics.median(counts):g} statements (median of {len(counts)} students)")
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
