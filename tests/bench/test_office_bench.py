"""bench/office.py at a tiny scale, so the office bench can't rot: it seeds a template
database of 20 students on PostgreSQL, copies it, starts the production server
(`afterview web` with two processes and a worker), drives the agenda and the adviser
page at 10 requests a second for 2 s, and prints the EXPLAIN plans; a second run
reuses the template instead of seeding again."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
URL = os.environ.get("AFTERVIEW_TEST_DATABASE_URL", "").strip()

pytestmark = pytest.mark.skipif(
    not URL.startswith(("postgres://", "postgresql://")),
    reason="the office bench needs PostgreSQL: set AFTERVIEW_TEST_DATABASE_URL to a postgres:// URL",
)


@pytest.fixture
def prefix():
    name = f"afterview_bench_t{uuid.uuid4().hex[:8]}"
    yield name
    import psycopg

    with psycopg.connect(f"{URL.rsplit('/', 1)[0]}/postgres", autocommit=True) as admin:
        for (db,) in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{name}%"]).fetchall():
            admin.execute(f'ALTER DATABASE "{db}" IS_TEMPLATE false')
            admin.execute(f'DROP DATABASE "{db}" WITH (FORCE)')


def bench(prefix: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "AFTERVIEW_HOME", "DATABASE_URL")}
    env["AFTERVIEW_BENCH_DATABASE_URL"] = URL
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "office.py"), "--students", "20", "--db-prefix", prefix, *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_it_seeds_an_office_and_drives_its_pages_at_an_open_loop_rate(prefix):
    out = bench(prefix, "--rate", "10", "--seconds", "2", "--no-steps", "--sessions", "20")
    seeded = re.search(r"seeded 20 students .*: (.*)", out)
    assert seeded, out
    counts = {name: int(n.replace(",", "")) for name, n in re.findall(r"(\w+) ([\d,]+)", seeded.group(1))}
    assert counts["user"] == 20 + 2 + 1  # students, a cohort's two advisers, the office admin
    assert counts["application"] == 20 * 12
    assert 4 * counts["application"] <= counts["touch"] <= 6 * counts["application"]
    assert counts["message"] > counts["application"]
    assert counts["steptime"] > 3 * counts["application"]  # the stored step times are seeded too
    for page in ("agenda /", "dashboard "):
        line = next((ln for ln in out.splitlines() if ln.strip().startswith(page) and " at 10/s " in ln), None)
        assert line is not None, out
        assert "20/20 answered" in line and " 0 errors" in line, line
        assert re.search(r"median [\d.]+ ms, p99 [\d.]+ ms", line) and "CPU per request: web " in line, line

    again = bench(prefix, "--explain")
    assert "reusing the seeded template" in again and "seeded 20 students" not in again
    assert again.count("EXPLAIN (ANALYZE, BUFFERS)") >= 1 and "Execution Time" in again, again


def test_the_seeded_step_times_equal_a_full_recomputation(prefix, tmp_path):
    """The dashboard reads the stored step times: the seed's must be what `afterview
    office rebuild` would write, or the bench measures other figures."""
    from afterview import keys

    bench(prefix, "--rate", "10", "--seconds", "1", "--no-steps", "--sessions", "5", "--only", "agenda")
    keys.create(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "AFTERVIEW_HOME", "DATABASE_URL")}
    env.update(
        AFTERVIEW_HOME=str(tmp_path),
        DATABASE_URL=f"{URL.rsplit('/', 1)[0]}/{prefix}_seed_20",
        DJANGO_SETTINGS_MODULE="afterview.production",
        AFTERVIEW_ALLOWED_HOSTS="127.0.0.1",
        AFTERVIEW_SECRET_KEY_FILE=str(tmp_path / keys.SECRET_FILE),
        AFTERVIEW_MAIL_KEY_FILE=str(tmp_path / keys.MAIL_FILE),
    )
    from tests.processes import afterview_argv

    done = subprocess.run(afterview_argv("office", "rebuild", "--check"), env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No drift" in done.stdout, done.stdout
