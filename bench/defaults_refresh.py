"""What refreshing the students' stored step times costs when the office's defaults change
(`afterview office defaults set|reset`): why it is not done in the change's transaction.

On a copy of bench/office.py's seeded office (5,000 students, 60,000 applications by
default; PostgreSQL), in this process:

* the change alone: `set_default` with the members' marking left out, RUNS times, each
  rolled back (the baseline), and the change as it is (marking every member stale for
  the worker), RUNS times, interleaved with it;
* the refresh of one student (`records.steptimes.refresh(owner, None, now)`: one step of
  the worker, and what the change would do for each member in its own transaction), over
  SAMPLE students spread over the office, each rolled back: the median per student, the
  sum over the sample, and that sum scaled to every student (one transaction holding
  every member's application rows that long);
* with --full, every member refreshed inside the change's transaction, once.

    .venv/bin/python bench/defaults_refresh.py [--students 5000] [--sample 200] [--full]
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

RUNS = 7


class _Rollback(Exception):
    pass


def _rolled_back(work) -> float:
    from django.db import transaction

    began = time.perf_counter()
    try:
        with transaction.atomic():
            work()
            elapsed = time.perf_counter() - began
            raise _Rollback
    except _Rollback:
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()
    import office  # bench/office.py: the seeded template and its copies

    with tempfile.TemporaryDirectory(prefix="afterview-bench-defaults-") as home:
        run_db = office.run_name(args.students, "afterview_bench_defaults")
        env = office.environment(Path(home), run_db)
        os.environ.update(env)
        import django

        django.setup()
        template, made = office.ensure_seed(args.students, env, reseed=False)
        print(("seeded" if made else "reusing") + f" {template}", flush=True)
        office.fresh_copy(template, run_db)
        try:
            _measure(args)
        finally:
            from django.db import connection

            connection.close()
            office._drop(run_db)


def _measure(args) -> None:
    from _population import NOW
    from django.contrib.auth import get_user_model

    from afterview.office import defaults
    from afterview.office.models import Member
    from afterview.records import steptimes

    User = get_user_model()
    from afterview.records.models import Application

    ids = sorted(Member.objects.filter(user_id__in=Application.objects.values("owner_id")).values_list("user_id", flat=True))
    step = max(1, len(ids) // args.sample)
    sample = list(User.objects.filter(pk__in=ids[::step][: args.sample]).order_by("pk"))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {len(ids):,} students with applications; "
          f"sample {len(sample)}", flush=True)

    alone, marked = [], []
    real = defaults.refresh_members
    for n in range(RUNS):
        defaults.refresh_members = lambda *a, **k: 0  # this process only: the change without the marking
        try:
            alone.append(_rolled_back(lambda: defaults.set_default("thank_you_within_hours", str(30 + n))))
        finally:
            defaults.refresh_members = real
        marked.append(_rolled_back(lambda: defaults.set_default("thank_you_within_hours", str(30 + n))))

    # Each student refreshed with the new value in force, as the change does it.
    per_student = []
    for user in sample:
        def work(user=user):
            from afterview.office.models import Office

            Office.objects.update(playbook_defaults={"thank_you_within_hours": 36})
            began = time.perf_counter()
            steptimes.refresh(user, None, NOW)
            per_student.append(time.perf_counter() - began)
        _rolled_back(work)
    median_ms = statistics.median(per_student) * 1e3
    total_s = sum(per_student)
    scaled_s = total_s * len(ids) / len(sample)
    print(f"the change alone: median {statistics.median(alone) * 1e3:.1f} ms of {RUNS} runs; marking every member "
          f"stale in it: median {statistics.median(marked) * 1e3:.1f} ms "
          f"({statistics.median(marked) / statistics.median(alone):.1f}x)")
    print(f"refresh of one student: median {median_ms:.1f} ms (p90 "
          f"{statistics.quantiles(per_student, n=10)[-1] * 1e3:.1f} ms) over {len(sample)} students; "
          f"sum {total_s:.1f} s -> {scaled_s:.0f} s for {len(ids):,} students in one transaction "
          f"(the worker: one student per transaction)", flush=True)
    if args.full:
        def every_member():
            Office.objects.update(playbook_defaults={"thank_you_within_hours": 36})
            for owner_id in ids:
                steptimes.refresh(owner_id, None, NOW)

        from afterview.office.models import Office

        began = time.perf_counter()
        _rolled_back(every_member)
        print(f"the whole change with every member refreshed in its transaction: {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
