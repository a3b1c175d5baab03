"""Cold start of the commands a person types most (issues 2 and 11), each beside
its floor, measured in the same run:

* `afterview list` and `afterview agenda` beside a process that runs only
  `django.setup()` with afterview's settings and the same database: Django's own
  set-up is what no command that reads rows can go below;
* `afterview check NOTE` beside a process that only imports the checker (the
  issue's floor), and beside one that imports it and checks the same note (all a
  `check` must do: building Harper's dictionary is most of it);
* `afterview --help`, and `python -c pass`.

Each figure is the median of RUNS runs of the real program on a small home, after
one warm-up run (as a second use finds the OS file cache and Python's bytecode
files). With `--before PATH`
(another install's `afterview`, e.g. main's in a worktree with its own venv) the
same rows are measured for it too, interleaved with ours so both see the same load.

    .venv/bin/python bench/cold_start.py [--before /tmp/h11-before/.venv/bin/afterview]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
GOAL = 1.2
NOTE = """Dear Ms. Castellanos,

Thank you for speaking with me on Thursday about the Summer Associate role. I enjoyed
hearing about your pro bono tenant work, and it made me more certain that I want to
join Calloway & Pryce.

Best regards,
Alice Moreau
"""

FLOOR = (
    "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'afterview.settings'; import django; django.setup(); "
    "from django.db import connection; connection.ensure_connection()"
)
CHECKER = "import afterview.core.check"
CHECKING = (
    "import sys; from afterview.core.check import CheckContext, check_note; "
    "check_note(open(sys.argv[1], encoding='utf-8').read(), CheckContext())"
)


def timed(args: list[str], env: dict) -> tuple[float, float | None]:
    """(wall seconds, CPU seconds) of one run of `args`; CPU time stays honest when
    other work shares the machine, wall time is what a person waits."""
    try:
        import resource
    except ImportError:  # Windows
        resource = None
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    done = subprocess.run(args, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # `check` exits 1 when the note has an error
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr.decode()}")
    if resource is None:
        return elapsed, None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def rows_for(program: str, home: str, note: str) -> list[tuple[str, list[str]]]:
    python = str(Path(program).with_name("python"))
    return [
        ("python -c pass", [python, "-c", "pass"]),
        ("floor: django.setup()", [python, "-c", FLOOR]),
        ("afterview list", [program, "list"]),
        ("afterview agenda", [program, "agenda"]),
        ("floor: import the checker", [python, "-c", CHECKER]),
        ("floor: import it and check the note", [python, "-c", CHECKING, note]),
        ("afterview check NOTE", [program, "check", note]),
        ("afterview --help", [program, "--help"]),
    ]


def prepare(program: str, home: str) -> dict:
    # Without bytecode files every run compiles afterview's modules from source again
    # (a tenth of a second or more): an installed afterview has them, and an
    # editable one writes them on its first run, unless PYTHONDONTWRITEBYTECODE
    # (set in some shells and CI) forbids it. The warm-up run writes them here.
    dropped = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(AFTERVIEW_HOME=home, AFTERVIEW_NOW="2026-12-04T09:00:00-06:00")
    subprocess.run(
        [program, "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
         "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
         "--interviewer", "Miriam Castellanos <mc@cp.example>",
         "--hiring-contact", "Dana Whitfield <dana@cp.example>"],
        env=env, check=True, stdout=subprocess.DEVNULL,
    )
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default=None, help="another install's afterview program, measured alongside")
    parser.add_argument("--runs", type=int, default=RUNS)
    options = parser.parse_args()
    programs = {"this checkout": str(Path(sys.executable).with_name("afterview"))}
    if options.before:
        programs = {"before": options.before, **programs}

    with tempfile.TemporaryDirectory() as scratch:
        note = str(Path(scratch) / "note.txt")
        Path(note).write_text(NOTE, encoding="utf-8")
        plans = {}
        for label, program in programs.items():
            home = str(Path(scratch) / label.replace(" ", "-"))
            env = prepare(program, home)
            plans[label] = (env, rows_for(program, home, note))
            for _, args in plans[label][1]:
                timed(args, env)  # warm the OS file cache, as a second run would
        names = [name for name, _ in plans[next(iter(plans))][1]]
        wall = {label: {name: [] for name in names} for label in plans}
        cpu = {label: {name: [] for name in names} for label in plans}
        for _ in range(options.runs):
            for index, name in enumerate(names):
                for label, (env, rows) in plans.items():  # side by side: both see the same load
                    spent, used = timed(rows[index][1], env)
                    wall[label][name].append(spent)
                    cpu[label][name].append(used)
    load = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the end" if hasattr(os, "getloadavg") else ""
    print(f"cold start, median of {options.runs} runs{load}; wall time (CPU time):")
    labels = list(plans)
    print("| | " + " | ".join(labels) + " |")
    print("| --- |" + " --- |" * len(labels))
    floors = {
        "afterview list": "floor: django.setup()",
        "afterview agenda": "floor: django.setup()",
        "afterview check NOTE": "floor: import the checker",
    }

    def median(table, label, name):
        values = [v for v in table[label][name] if v is not None]
        return statistics.median(values) if values else None

    for name in names:
        cells = []
        for label in labels:
            w, c = median(wall, label, name), median(cpu, label, name)
            cell = f"{w:.3f} s" + (f" ({c:.3f} s)" if c is not None else "")
            if name in floors:
                cell += f"; {w / median(wall, label, floors[name]):.2f}× floor"
                if c is not None:
                    cell += f" ({c / median(cpu, label, floors[name]):.2f}×)"
            if name == "afterview check NOTE":
                checking = "floor: import it and check the note"
                cell += f"; {w / median(wall, label, checking):.2f}× checking alone"
                if c is not None:
                    cell += f" ({c / median(cpu, label, checking):.2f}×)"
            cells.append(cell)
        print(f"| {name} | " + " | ".join(cells) + " |")
    for name, floor in floors.items():
        ratio = median(wall, "this checkout", name) / median(wall, "this checkout", floor)
        used = median(cpu, "this checkout", name)
        by_cpu = f" ({used / median(cpu, 'this checkout', floor):.2f}× by CPU time)" if used is not None else ""
        print(f"{name}: {ratio:.2f}× its floor{by_cpu} (goal ≤ {GOAL}×) {'OK' if ratio <= GOAL else 'OVER'}")


if __name__ == "__main__":
    main()
