"""The two dashboard parts issue 22 moved onto the stored step times, against the raw-rows
versions they replaced (commit e4274e9), on the office bench's seeded PostgreSQL template:

* "follow-ups on time" (`figures.on_time_parts`), and
* "overdue follow-ups" of who needs a nudge (`nudges._overdue_follow_ups`),

each for an adviser's scope (their cohorts of 100 students) and for the admin's (every
student), interleaved RUNS times; wall time (Python + PostgreSQL, one connection), the
median of the runs and the ratio old/new. It also prints what each version counts (the
definitions differ where the playbook's own due times differ from the old approximation).

    .venv/bin/python bench/office_followups.py   # [DATABASE_URL=postgres://.../another_seed]

(bench/office.py makes that template; run this while nothing copies it.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
BASELINE = "e4274e9"
RUNS = 7


def _old(name: str, path: str, **attrs) -> types.ModuleType:
    source = subprocess.run(["git", "show", f"{BASELINE}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, f"{BASELINE}:{path}", "exec"), module.__dict__)
    module.__dict__.update(attrs)
    return module


def main() -> None:
    import tempfile

    import office

    database = os.environ.get("DATABASE_URL", office.db_url(office.seed_name(office.STUDENTS))).rsplit("/", 1)[1]
    os.environ.update(office.environment(Path(tempfile.mkdtemp(prefix="afterview-followups-")), database))
    import django

    django.setup()
    from _population import NOW

    from afterview.office import figures, nudges
    from afterview.office.dashboard import Filters, scope_of
    from afterview.office.models import Member, Role

    old_figures = _old("old_figures", "src/afterview/office/figures.py")
    old_nudges = _old("old_nudges", "src/afterview/office/nudges.py")
    old_nudges.figures = old_figures

    adviser = Member.objects.filter(role=Role.ADVISER).order_by("pk").first().user
    admin = Member.objects.filter(role=Role.ADMIN).order_by("pk").first().user
    for who, viewer in (("adviser (one cohort of 100)", adviser), ("admin (5,000 students)", admin)):
        scope = scope_of(viewer, Filters(), NOW)[0]
        owners = figures.owners_of(scope)
        nudge_owners = scope.students.exclude(consent="nothing").values("user_id")
        cases = {
            "on time, raw rows": lambda: old_figures.on_time_parts(scope, owners, False),
            "on time, stored": lambda: figures.on_time_parts(scope, owners, False),
            "overdue, raw rows": lambda: list(old_nudges._overdue_follow_ups(nudge_owners, NOW)),
            "overdue, stored": lambda: list(nudges._overdue_follow_ups(nudge_owners, NOW)),
        }
        times = {name: [] for name in cases}
        found = {}
        for name, case in cases.items():
            found[name] = case()  # warm-up
        for _ in range(RUNS):
            for name, case in cases.items():
                began = time.perf_counter()
                case()
                times[name].append((time.perf_counter() - began) * 1000)
        median = {name: statistics.median(t) for name, t in times.items()}
        print(f"{who}; load average {os.getloadavg()[0]:.1f}; median of {RUNS}:")
        for figure in ("on time", "overdue"):
            old, new = median[f"{figure}, raw rows"], median[f"{figure}, stored"]
            if figure == "on time":
                def shown(parts):
                    return f"{sum(p.hits for p in parts):,} of {sum(p.total for p in parts):,} on time"
            else:
                def shown(rows):
                    return f"{len(rows):,} overdue"
            print(f"  {figure:8}: raw rows {old:8.1f} ms ({shown(found[f'{figure}, raw rows'])}), "
                  f"stored {new:7.1f} ms ({shown(found[f'{figure}, stored'])}): {old / new:.1f}x")


if __name__ == "__main__":
    main()
