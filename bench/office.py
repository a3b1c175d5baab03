"""A career office under load on PostgreSQL (issue 22's load figures).

Seeds one office (bench/office_seed.py: 5,000 students in cohorts of 100 with two
advisers each, 60,000 applications, ~300,000 touches and the notes behind them)
into a template database, `afterview_bench_office_seed`, kept between runs: it
is made again only when the schema's migrations on disk, the seed's version or
the number of students differ (or with --reseed). Each run copies it into a
fresh database (`CREATE DATABASE ... TEMPLATE`, seconds), then starts the real
production server on it, `afterview web --workers N` (granian, N processes of
32 threads) and one `afterview worker`, on the production settings with
AFTERVIEW_NOW pinned to the seed's NOW.

Sign-in: the bench writes sessions straight into the session store, one per
student or adviser it signs in (afterview.web.sessions keeps the SHA-256 of the
key; the cookie carries the key), with the user id, auth backend and password
hash Django's auth middleware checks. No sign-in page is involved, so the bench
keeps working whichever sign-in the office uses.

Then, for each page (a student's agenda `/`, and the adviser dashboard
`/office/dashboard/`), it offers requests at an open-loop rate: request i is
due at start + i/rate whatever happened to the earlier ones, handed to a pool of
keep-alive connections, and its latency runs from the moment it was due (so a
server that falls behind is charged for the queue it builds, not hidden by it).
Each request carries the session of another user, round robin. It prints the
median and p99, errors, the rate achieved, and the CPU per request (the server
processes' CPU time from /proc before and after, divided by requests); then it
steps the rate up to find the highest at which the page's goal still holds.

It exits with status 1 when a page answered with errors (a status other than 200, a
dropped connection, requests left unanswered); a goal missed is printed as MISSED, since
on a shared machine the latencies depend on the neighbours.

Until the dashboard exists (it 404s), its place is taken by the heaviest page an
adviser-like load has today, a student's application list (`--stand-in`), and
the report says so.

    .venv/bin/python bench/office.py [--students 5000] [--rate 100] [--seconds 30]
    .venv/bin/python bench/office.py --explain        # EXPLAIN (ANALYZE, BUFFERS) of the heaviest queries
    .venv/bin/python bench/office.py --cpu            # the agenda's CPU per request in-process (no server)
    .venv/bin/python bench/office.py --cpu --path /office/dashboard/   # the dashboard's, for each adviser
    .venv/bin/python bench/office_dashboard.py        # the dashboard's against the version before it, interleaved
    .venv/bin/python bench/office.py --students 50 --rate 10 --seconds 2 --no-steps   # a quick look

The database server is AFTERVIEW_BENCH_DATABASE_URL's, else
AFTERVIEW_TEST_DATABASE_URL's, else postgres://postgres@127.0.0.1:5432 (the
database name in the URL is not used: the bench makes its own).
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import queue
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _population import NOW  # noqa: E402

#: the databases are PREFIX_seed (the template) and PREFIX_run (this run's copy)
PREFIX = "afterview_bench_office"
STUDENTS = 5000
GOALS_MS = {"agenda": 150.0, "dashboard": 300.0}
AGENDA = "/"
DASHBOARD = "/office/dashboard/"
STAND_IN = "/applications/"
HOST = "careers.bench.example.edu"
#: requests whose statements --explain times (each statement's median counts)
RUNS = 5
ROOT = Path(__file__).resolve().parent.parent


# -- the databases ------------------------------------------------------------------------


def server_url() -> str:
    url = (os.environ.get("AFTERVIEW_BENCH_DATABASE_URL") or os.environ.get("AFTERVIEW_TEST_DATABASE_URL") or "").strip()
    if not url:
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit(f"bench/office.py needs PostgreSQL; {url!r} is not a postgres:// URL")
    return url.rsplit("/", 1)[0]


def db_url(name: str) -> str:
    return f"{server_url()}/{name}"


@contextmanager
def admin():
    import psycopg

    with psycopg.connect(db_url("postgres"), autocommit=True) as conn:
        yield conn


def seed_name(students: int, prefix: str = PREFIX) -> str:
    """The template of the full office keeps the issue's name; other sizes (tests) get their own."""
    return f"{prefix}_seed" if students == STUDENTS else f"{prefix}_seed_{students}"


def run_name(students: int, prefix: str = PREFIX) -> str:
    return f"{prefix}_run" if students == STUDENTS else f"{prefix}_run_{students}"


def schema_print() -> str:
    """What the seed was made for: every migration on disk, and the seed's version."""
    from django.db.migrations.loader import MigrationLoader
    from office_seed import SEED_VERSION

    names = sorted(f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    # The seed's own source too: a change to what it draws makes the template again.
    source = (ROOT / "bench" / "office_seed.py").read_bytes() + (ROOT / "bench" / "_population.py").read_bytes()
    text = "\n".join(names) + f"\nseed {SEED_VERSION} {hashlib.sha256(source).hexdigest()}"
    return hashlib.sha256(text.encode()).hexdigest()


def _seeded_print(name: str) -> str | None:
    import psycopg

    with admin() as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            return None
    try:
        with psycopg.connect(db_url(name)) as conn:
            row = conn.execute("SELECT print FROM bench_office_seed").fetchone()
            return row[0] if row else None
    except psycopg.Error:
        return None


def _drop(name: str) -> None:
    with admin() as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'ALTER DATABASE "{name}" IS_TEMPLATE false')  # a template can't be dropped
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def ensure_seed(students: int, env: dict, *, reseed: bool, prefix: str = PREFIX) -> tuple[str, bool]:
    """The template database of `students` students, made if it is missing or stale; (name, made now)."""
    import psycopg

    name = seed_name(students, prefix)
    wanted = f"{schema_print()} students {students}"
    if not reseed and _seeded_print(name) == wanted:
        return name, False
    _drop(name)
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    seeded_env = {**env, "DATABASE_URL": db_url(name)}
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "afterview", "migrate"], env=seeded_env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    print(f"migrated {name} in {time.perf_counter() - began:.0f} s", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "office_seed.py"), "--students", str(students)],
                   env=seeded_env, check=True, cwd=ROOT)
    with psycopg.connect(db_url(name)) as conn:
        conn.execute("CREATE TABLE bench_office_seed (print text NOT NULL)")
        conn.execute("INSERT INTO bench_office_seed VALUES (%s)", [wanted])
    with admin() as conn:
        conn.execute(f'ALTER DATABASE "{name}" IS_TEMPLATE true')
    return name, True


def fresh_copy(template: str, name: str) -> None:
    _drop(name)
    with admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


# -- signing in ---------------------------------------------------------------------------


def make_sessions(users) -> dict[int, str]:
    """A session for each user, written straight into the session store; user id -> cookie value.

    The store keeps only the key's digest (afterview.web.sessions); the cookie holds
    the key. The data is what django.contrib.auth.login would have put there."""
    from datetime import UTC, datetime, timedelta

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.crypto import get_random_string

    from afterview.web.models import Session
    from afterview.web.sessions import SessionStore, digest

    store = SessionStore()
    backend = settings.AUTHENTICATION_BACKENDS[0]
    expire = datetime.now(UTC) + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    cookies, rows = {}, []
    for user in users:
        key = get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789")
        data = {SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: backend, HASH_SESSION_KEY: user.get_session_auth_hash()}
        rows.append(Session(session_key=digest(key), session_data=store.encode(data), expire_date=expire, user_id=user.pk))
        cookies[user.pk] = key
    Session.objects.bulk_create(rows, batch_size=1000)
    return cookies


def bench_users(count: int, seed: int = 22) -> tuple[list, list]:
    """(students, advisers) to sign in: `count` students spread over every cohort, and every adviser."""
    from afterview.office.models import Member, Role

    students = list(Member.objects.filter(role=Role.STUDENT).select_related("user").order_by("pk"))
    rng = random.Random(seed)
    chosen = rng.sample(students, min(count, len(students)))
    advisers = [m.user for m in Member.objects.filter(role=Role.ADVISER).select_related("user").order_by("pk")]
    return [m.user for m in chosen], advisers


# -- the server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str, cookie: str | None = None, timeout: float = 30) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=_headers(cookie))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _headers(cookie: str | None) -> dict:
    from django.conf import settings

    headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
    if cookie:
        headers["Cookie"] = f"{settings.SESSION_COOKIE_NAME}={cookie}"
    return headers


class Server:
    """`afterview web --workers N` and one `afterview worker`, as an office runs them."""

    def __init__(self, env: dict, web_workers: int, mail_worker: bool, logs: Path, database: str):
        self.port = free_port()
        self.database = database
        self.log = open(logs / "web.log", "w", encoding="utf-8")  # noqa: SIM115 (closed in stop)
        self.web = subprocess.Popen(
            [sys.executable, "-m", "afterview", "web", "--port", str(self.port), "--workers", str(web_workers)],
            env=env, stdout=self.log, stderr=self.log, cwd=ROOT, start_new_session=True,
        )
        self.worker = None
        if mail_worker:
            self.worker = subprocess.Popen(
                [sys.executable, "-m", "afterview", "worker", "--interval", "10"],
                env=env, stdout=self.log, stderr=self.log, cwd=ROOT, start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.web.poll() is not None:
                raise SystemExit(f"afterview web exited with {self.web.returncode}; see {logs / 'web.log'}")
            try:
                if get(self.port, "/healthz/web", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit("afterview web did not answer /healthz/web within 120 s")

    def cpu(self) -> tuple[float, float, dict[int, float]]:
        """CPU seconds so far of (the web processes, the worker, each PostgreSQL backend serving the run's database)."""
        from web import server_cpu

        web = server_cpu(self.web.pid) or 0.0
        worker = (server_cpu(self.worker.pid) or 0.0) if self.worker else 0.0
        return web, worker, database_cpu(self.database)

    def stop(self) -> None:
        for process in (self.web, self.worker):
            if process is None or process.poll() is not None:
                continue
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            except ProcessLookupError:
                pass
        self.log.close()


# -- the open-loop load -------------------------------------------------------------------


def open_loop(port: int, path: str, cookies: list[str], *, rate: float, seconds: float, connections: int = 64) -> dict:
    """Offer GET `path` at `rate` a second for `seconds`, whatever the answers; the figures.

    A scheduler thread releases request i at start + i/rate into a queue that
    `connections` threads (each one keep-alive connection) take from; a request's
    latency is measured from its release time, so waiting for a free connection
    counts. Requests still unanswered 10 s after the end count as errors."""
    total = max(1, int(rate * seconds))
    due: queue.Queue = queue.Queue()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    started = time.perf_counter() + 0.2
    headers = [_headers(c) for c in cookies]

    def schedule():
        for i in range(total):
            at = started + i / rate
            pause = at - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            due.put((i, at))
        for _ in range(connections):
            due.put(None)

    give_up = threading.Event()

    def run():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not give_up.is_set():
            item = due.get()
            if item is None:
                break
            i, at = item
            try:
                conn.request("GET", path, headers=headers[i % len(headers)])
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                with lock:
                    errors.append(type(e).__name__)
                continue
            took = time.perf_counter() - at
            with lock:
                latencies.append(took)
                if status != 200:
                    errors.append(str(status))
        conn.close()

    threads = [threading.Thread(target=run, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    scheduler = threading.Thread(target=schedule, daemon=True)
    scheduler.start()
    scheduler.join()
    for thread in threads:
        thread.join(timeout=max(0.0, started + seconds + 10 - time.perf_counter()))
    # Requests still queued 10 s after the end are never sent (they count as unanswered),
    # and those in flight finish before the next measurement starts.
    give_up.set()
    finished = time.perf_counter()
    with lock:
        done = sorted(latencies)
        failed = list(errors) + ["unanswered"] * (total - len(done) - sum(1 for e in errors if not e.isdigit()))
    for thread in threads:
        thread.join()
    return {
        "offered": total,
        "answered": len(done),
        "errors": len(failed),
        "error_kinds": sorted(set(failed)),
        "median": statistics.median(done) if done else float("inf"),
        "p99": done[min(len(done) - 1, int(len(done) * 0.99))] if done else float("inf"),
        "rate": len(done) / (finished - started),
    }


def database_cpu(name: str) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend connected to database `name` (by pid; Linux /proc)."""
    with admin() as conn:
        pids = [row[0] for row in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [name])]
    tick = os.sysconf("SC_CLK_TCK")
    used = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # on another machine, or gone
        used[pid] = (int(fields[11]) + int(fields[12])) / tick
    return used


def measure(server: Server, path: str, cookies: list[str], *, rate: float, seconds: float) -> dict:
    time.sleep(0.5)  # what is left of an earlier measurement settles (its requests in flight have finished)
    web_before, worker_before, db_before = server.cpu()
    client_before = time.process_time()
    got = open_loop(server.port, path, cookies, rate=rate, seconds=seconds)
    web_after, worker_after, db_after = server.cpu()
    got["cpu_ms"] = (web_after - web_before) / max(1, got["answered"]) * 1000
    got["db_cpu_ms"] = sum(cpu - db_before.get(pid, 0.0) for pid, cpu in db_after.items()) / max(1, got["answered"]) * 1000
    got["worker_cpu_s"] = worker_after - worker_before
    got["client_cpu_ms"] = (time.process_time() - client_before) / max(1, got["answered"]) * 1000
    got["load"] = os.getloadavg()[0]
    return got


def line(name: str, path: str, rate: float, seconds: float, got: dict, goal_ms: float) -> str:
    verdict = "OK" if got["p99"] * 1000 < goal_ms and not got["errors"] else "MISSED"
    kinds = f" ({', '.join(got['error_kinds'])})" if got["errors"] else ""
    return (f"  {name} {path} at {rate:g}/s for {seconds:g} s: {got['answered']:,}/{got['offered']:,} answered, "
            f"{got['rate']:.1f}/s achieved, {got['errors']} errors{kinds}; median {got['median'] * 1000:.1f} ms, "
            f"p99 {got['p99'] * 1000:.1f} ms (goal < {goal_ms:.0f} ms) {verdict}; CPU per request: web {got['cpu_ms']:.1f} ms, "
            f"PostgreSQL {got['db_cpu_ms']:.1f} ms (client {got['client_cpu_ms']:.1f}); load average {got['load']:.1f}")


def holds(got: dict, goal_ms: float) -> bool:
    return got["errors"] == 0 and got["p99"] * 1000 < goal_ms


def highest_rate(server, path, cookies, goal_ms, *, start: float, seconds: float, name: str) -> float | None:
    """Step the rate up (x1.5) from `start` while the goal holds; the highest rate that held."""
    best, rate = None, start
    while rate <= 2000:
        got = measure(server, path, cookies, rate=rate, seconds=seconds)
        print(line(f"{name} (step)", path, rate, seconds, got, goal_ms), flush=True)
        if not holds(got, goal_ms):
            break
        best = rate
        rate = round(rate * 1.5)
    return best


# -- EXPLAIN ------------------------------------------------------------------------------


def explain(path: str, cookie: str, *, top: int = 2) -> list[tuple[float, str, str]]:
    """The `top` heaviest SELECTs one GET `path` runs (in this process, for a user whose
    plans it has not kept), by PostgreSQL's own planning + execution time, the median
    of RUNS EXPLAIN (ANALYZE, BUFFERS) each: [(ms, sql, plan)]. Prints every
    statement's figure too. (The client's clock is no guide on a busy machine.)"""
    import re

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from afterview.web import plans

    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    client.cookies[settings.SESSION_COOKIE_NAME] = cookie
    plans.clear()  # the page as a process that has not kept this user's plans serves it
    with CaptureQueriesContext(connection) as captured:
        status = client.get(path).status_code
    if status != 200:
        raise SystemExit(f"GET {path} answered {status} in-process")
    statements = [q["sql"] for q in captured.captured_queries]
    timed = []
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        figures, plan = [], ""
        for _ in range(RUNS):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            found = dict(re.findall(r"(Planning|Execution) Time: ([\d.]+) ms", plan))
            figures.append(float(found.get("Planning", 0)) + float(found.get("Execution", 0)))
        timed.append((statistics.median(figures), sql, plan))
    total = sum(t[0] for t in timed)
    print(f"  GET {path}: {len(statements)} statements; its {len(timed)} SELECTs take {total:.2f} ms of PostgreSQL's "
          f"planning + execution (median of {RUNS} EXPLAIN ANALYZE each):")
    for ms, sql, _ in timed:
        table = re.search(r'FROM "(\w+)"', sql)
        print(f"    {ms:6.2f} ms  {table.group(1) if table else '?'}: {sql[:90]}")
    return sorted(timed, key=lambda t: t[0], reverse=True)[:top]


def cpu_in_process(path: str, cookies: list[str], *, rounds: int = 3) -> list[float]:
    """CPU ms per GET `path` served in this process (Django's test client, no server, no
    network), each request for a user whose plans the process has not kept: one figure per
    round over every cookie. PostgreSQL's share is not in it."""
    from django.conf import settings
    from django.test import Client

    from afterview.web import plans, services

    figures = []
    for _ in range(rounds):
        plans.clear()
        services._grouped.clear()
        began = time.process_time()
        for cookie in cookies:
            client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
            client.cookies[settings.SESSION_COOKIE_NAME] = cookie
            status = client.get(path).status_code
            if status != 200:
                raise SystemExit(f"GET {path} answered {status} in-process")
        figures.append((time.process_time() - began) / len(cookies) * 1000)
    return figures


# -- the run ------------------------------------------------------------------------------


def environment(home: Path, database: str) -> dict:
    from afterview import keys

    keys.create(home)
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE",)}
    env.update(
        AFTERVIEW_HOME=str(home),
        DATABASE_URL=db_url(database),
        DJANGO_SETTINGS_MODULE="afterview.production",
        AFTERVIEW_ALLOWED_HOSTS=HOST,
        AFTERVIEW_SECRET_KEY_FILE=str(home / keys.SECRET_FILE),
        AFTERVIEW_MAIL_KEY_FILE=str(home / keys.MAIL_FILE),
        AFTERVIEW_NOW=NOW.isoformat(),
        AFTERVIEW_LOG_LEVEL=os.environ.get("AFTERVIEW_LOG_LEVEL", "INFO"),
    )
    return env


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--rate", type=float, default=100.0, help="requests offered a second")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long each page is driven")
    parser.add_argument("--reseed", action="store_true", help="make the seeded template again")
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN (ANALYZE, BUFFERS) of each page's heaviest queries")
    parser.add_argument("--cpu", action="store_true", help="only the CPU per request of --path served in-process")
    parser.add_argument("--path", default=AGENDA, help="the student page to drive (default: the agenda)")
    parser.add_argument("--dashboard", default=DASHBOARD, help="the adviser page to drive")
    parser.add_argument("--stand-in", default=STAND_IN, help="driven with students' sessions while the adviser page 404s")
    parser.add_argument("--web-workers", type=int, default=os.cpu_count() or 1, help="afterview web --workers")
    parser.add_argument("--no-worker", action="store_true", help="leave `afterview worker` out")
    parser.add_argument("--sessions", type=int, default=1000, help="students signed in (requests go round robin)")
    parser.add_argument("--no-steps", action="store_true", help="skip the search for the highest rate")
    parser.add_argument("--step-seconds", type=float, default=10.0)
    parser.add_argument("--only", choices=("agenda", "dashboard"), default=None)
    parser.add_argument("--db-prefix", default=PREFIX, help="names of the bench's databases: PREFIX_seed..., PREFIX_run...")
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="afterview-bench-office-") as home:
        run_db = run_name(options.students, options.db_prefix)
        env = environment(Path(home), run_db)
        os.environ.update(env)
        import django

        django.setup()
        template, made = ensure_seed(options.students, env, reseed=options.reseed, prefix=options.db_prefix)
        if not made:
            print(f"reusing the seeded template {template} (schema and seed unchanged; --reseed makes it again)")
        fresh_copy(template, run_db)

        from django.db import connection

        from afterview.records import models as m

        counts = {model.__name__: model.objects.count() for model in (m.Application, m.Touch, m.Interview, m.Message)}
        students, advisers = bench_users(options.sessions)
        student_cookies = make_sessions(students)
        adviser_cookies = make_sessions(advisers)
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; PostgreSQL {connection.pg_version // 10000}; "
              f"{options.students:,} students, {len(advisers)} advisers, "
              + ", ".join(f"{n:,} {name.lower()}s" for name, n in counts.items())
              + f"; signed in {len(students)} students and {len(advisers)} advisers", flush=True)

        if options.cpu:
            if options.path == options.dashboard:  # the advisers' page, each adviser in turn
                cookies, who = [adviser_cookies[u.pk] for u in advisers], "advisers"
            else:
                cookies, who = [student_cookies[u.pk] for u in students[:200]], "students not kept"
            cpu_in_process(options.path, cookies[:20], rounds=1)  # warm-up: templates, connections
            figures = cpu_in_process(options.path, cookies)
            print(f"== GET {options.path} in-process, {len(cookies)} {who}: CPU "
                  f"{statistics.median(figures):.1f} ms per request (median of {len(figures)} rounds: "
                  + ", ".join(f"{x:.1f}" for x in figures) + ")")
            connection.close()
            return 0
        if options.explain:
            first_student = student_cookies[students[0].pk]
            print("== EXPLAIN (ANALYZE, BUFFERS) of the heaviest queries (the first request for a user in a process)")
            for name, path, cookie in (("agenda", options.path, first_student),
                                       ("dashboard", options.dashboard, adviser_cookies[advisers[0].pk])):
                from django.test import Client
                from django.conf import settings

                client = Client(HTTP_HOST=HOST)
                client.cookies[settings.SESSION_COOKIE_NAME] = cookie
                if client.get(path).status_code == 404:
                    print(f"  {path} is not served yet (404): the {name} stand-in is {options.stand_in} of a student")
                    path, cookie = options.stand_in, student_cookies[students[1].pk]
                for ms, sql, plan in explain(path, cookie):
                    print(f"-- {ms:.2f} ms (planning + execution):\n{sql}\n{plan}\n")
            connection.close()
            return 0
        connection.close()

        server = Server(env, options.web_workers, not options.no_worker, Path(home), run_db)
        failed = False
        try:
            probe = get(server.port, options.dashboard, adviser_cookies[advisers[0].pk])[0] if advisers else 404
            pages = [("agenda", options.path, [student_cookies[u.pk] for u in students])]
            if probe == 404:
                print(f"{options.dashboard} answers 404 (not merged yet): its stand-in is {options.stand_in}, "
                      "driven with the students' sessions")
                pages.append(("dashboard", options.stand_in, [student_cookies[u.pk] for u in students]))
            else:
                pages.append(("dashboard", options.dashboard, [adviser_cookies[u.pk] for u in advisers]))
            if options.only:
                pages = [p for p in pages if p[0] == options.only]
            workers = f"afterview web --workers {options.web_workers}" + ("" if options.no_worker else " and one afterview worker")
            print(f"== {workers}; open loop on loopback, {len(students)} different sessions round robin", flush=True)
            results = {}
            for name, path, cookies in pages:
                status = get(server.port, path, cookies[0])[0]
                if status != 200:
                    raise SystemExit(f"GET {path} answered {status} for a signed-in user; see {home}/web.log")
                measure(server, path, cookies, rate=min(options.rate, 20), seconds=min(5, options.seconds / 2))  # warm-up
                got = measure(server, path, cookies, rate=options.rate, seconds=options.seconds)
                results[name] = got
                print(line(name, path, options.rate, options.seconds, got, GOALS_MS[name]), flush=True)
                failed |= got["errors"] > 0
            if not options.no_steps:
                for name, path, cookies in pages:
                    lowest = max(5.0, options.rate / 10)
                    best = highest_rate(server, path, cookies, GOALS_MS[name], start=lowest,
                                        seconds=options.step_seconds, name=name)
                    shown = f"{best:g}/s" if best else f"below {lowest:g}/s"
                    print(f"  {name}: highest rate with p99 < {GOALS_MS[name]:.0f} ms and no errors: {shown}", flush=True)
        finally:
            server.stop()
            _drop(run_db)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
