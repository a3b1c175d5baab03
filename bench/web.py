"""The web app under load (issue 6's figures).

Seeds a fresh SQLite home with 2,000 applications for one candidate (the
population of bench/_population.py, in every stage), starts the real
`afterview serve` on loopback, signs in with its one-time link, then:

* the agenda page, 20 concurrent clients for 20 s: median and p99 latency;
* one application's page (timeline included), the same;
* the check-as-you-type request (POST /notes/N/check, a different text each
  time, as typing sends it): one client, median of 300.

The clients are a bounded Python load loop: 20 threads in this process, each
with its own keep-alive connection, each sending its next request as soon as
the last one is answered. The first agenda after start (which plans every
application) is reported on its own.

    .venv/bin/python bench/web.py [--seconds 20] [--clients 20]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

APPLICATIONS = 2_000
GOAL_P99_MS = 150.0
GOAL_CHECK_MS = 30.0
CHECKS = 300


def prepare(home: str) -> tuple[int, int, str]:
    """Seed the home; returns (an application's id, a draft note's id, the note's text)."""
    from _population import NOW, population
    from agenda import seed

    from afterview.cli._boot import setup_django

    setup_django()
    from django.db import connections

    from afterview.core.playbook import ActionKind, next_actions
    from afterview.records.services import all_facts, local_candidate
    from afterview.web.notes import start_draft

    started = time.perf_counter()
    seed(population(APPLICATIONS))
    print(f"seeded {APPLICATIONS:,} applications in {time.perf_counter() - started:.1f} s")
    candidate = local_candidate()
    for facts in all_facts(candidate):
        steps = [a for a in next_actions(facts, NOW) if a.kind is ActionKind.THANK_YOU]
        if steps:
            note = start_draft(candidate, int(facts.key), "thank-you", steps[0].person_key, now=NOW)
            break
    else:
        raise SystemExit("no application owes a thank-you; the population changed")
    connections.close_all()
    return note.application_id, note.pk, note.body


class Client:
    """One keep-alive connection with the signed-in session."""

    def __init__(self, port: int, cookies: dict[str, str]):
        self.port = port
        self.cookies = cookies
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), **(headers or {})}
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        except (http.client.HTTPException, ConnectionError):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
        return response.status, data


def sign_in(link: str) -> dict[str, str]:
    parts = urlsplit(link)
    client = Client(parts.port, {})
    status, _ = client.request("GET", parts.path)
    assert status == 302, f"sign-in answered {status}"
    status, _ = client.request("GET", "/")  # sets the CSRF cookie
    assert status == 200, f"agenda answered {status}"
    return client.cookies


def load(port: int, cookies: dict, path: str, *, clients: int, seconds: float) -> list[float]:
    """Latencies (s) of GET `path` from `clients` closed-loop clients over `seconds`."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds
    barrier = threading.Barrier(clients)

    def run():
        client = Client(port, dict(cookies))
        mine = []
        barrier.wait()
        while time.perf_counter() < stop_at:
            began = time.perf_counter()
            status, _ = client.request("GET", path)
            mine.append(time.perf_counter() - began)
            if status != 200:
                errors.append(f"{path} answered {status}")
                break
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=run) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(errors[0])
    return latencies


def wrk(port: int, cookies: dict, path: str, *, clients: int, seconds: float) -> tuple[float, float, float, int]:
    """(median s, p99 s, requests/s, requests) of GET `path` measured by wrk."""
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    done = subprocess.run(
        ["wrk", "-t", "2", "-c", str(clients), "-d", f"{seconds:g}s", "--latency", "-H", f"Cookie: {cookie}",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )
    out = done.stdout
    if "Non-2xx" in out:
        raise SystemExit(f"wrk saw errors:\n{out}")
    units = {"us": 1e-6, "ms": 1e-3, "s": 1.0}

    def pct(name: str) -> float:
        found = re.search(rf"^\s*{name}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
        if found is None:
            raise SystemExit(f"cannot read the {name}th percentile in wrk's output:\n{out}")
        value, unit = found.groups()
        return float(value) * {**units, "m": 60.0}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    count = int(re.search(r"(\d+) requests in", out).group(1))
    return pct("50"), pct("99"), rate, count


def server_cpu(pid: int) -> float | None:
    """CPU seconds used so far by the server and its workers (Linux /proc; None elsewhere)."""
    if not os.path.isdir("/proc"):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--python", action="store_true", help="use the Python load loop even when wrk is installed")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        os.environ["AFTERVIEW_HOME"] = home
        os.environ.pop("DATABASE_URL", None)
        from _population import NOW

        app_id, note_id, text = prepare(home)
        env = {**os.environ, "AFTERVIEW_HOME": home, "AFTERVIEW_NOW": NOW.isoformat()}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        program = str(Path(sys.executable).with_name("afterview"))
        server = subprocess.Popen(
            [program, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        try:
            link = None
            while link is None:
                line = server.stdout.readline()
                if not line:
                    raise SystemExit("afterview serve printed no sign-in link")
                if re.match(r"^http://127\.0\.0\.1:\d+/signin/", line):
                    link = line.strip()
            port = urlsplit(link).port
            began = time.perf_counter()
            cookies = sign_in(link)  # its second request is the first agenda: every plan is made
            first = time.perf_counter() - began
            print(f"first agenda after start (plans all {APPLICATIONS:,} applications): {first * 1000:.0f} ms")
            client = Client(port, dict(cookies))
            for _ in range(20):  # warm-up: templates, connections
                client.request("GET", "/")
                client.request("GET", f"/applications/{app_id}/")
            alone = {}
            for path in ("/", f"/applications/{app_id}/"):
                times = []
                for _ in range(50):
                    began = time.perf_counter()
                    client.request("GET", path)
                    times.append(time.perf_counter() - began)
                alone[path] = statistics.median(times) * 1000
            print("one client alone: " + ", ".join(f"{path} median {ms:.1f} ms" for path, ms in alone.items()))

            tool = "wrk" if shutil.which("wrk") and not options.python else "a Python load loop"
            from afterview.web.server import default_workers

            load_average = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(os, "getloadavg") else ""
            print(
                f"{options.clients} concurrent clients ({tool}), {options.seconds:g} s each, SQLite, loopback, "
                f"{default_workers()} web workers{load_average}:"
            )
            tails = []
            for name, path in (("agenda", "/"), ("application page", f"/applications/{app_id}/")):
                cpu_before = server_cpu(server.pid)
                if tool == "wrk":
                    median, tail, rate, count = wrk(port, cookies, path, clients=options.clients, seconds=options.seconds)
                else:
                    latencies = load(port, cookies, path, clients=options.clients, seconds=options.seconds)
                    median, tail = statistics.median(latencies), p99(latencies)
                    count, rate = len(latencies), len(latencies) / options.seconds
                cpu_after = server_cpu(server.pid)
                verdict = "OK" if tail * 1000 < GOAL_P99_MS else "OVER"
                cpu = f", server CPU {(cpu_after - cpu_before) / count * 1000:.1f} ms/request" if cpu_before is not None else ""
                print(
                    f"  {name} {path}: {count:,} requests, {rate:.0f}/s{cpu}; median {median * 1000:.1f} ms, "
                    f"p99 {tail * 1000:.1f} ms (goal p99 < {GOAL_P99_MS:.0f} ms) {verdict}"
                )
                tails.append(tail * 1000)

            checks = []
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": cookies["csrftoken"], "HX-Request": "true"}
            for n in range(CHECKS + 10):
                # Typing: every request carries a slightly different note.
                body = urlencode({"body": text[: len(text) - (n % 40)]}).encode()
                began = time.perf_counter()
                status, _ = client.request("POST", f"/notes/{note_id}/check", body=body, headers=headers)
                if status != 200:
                    raise SystemExit(f"check answered {status}")
                if n >= 10:
                    checks.append(time.perf_counter() - began)
            check_ms = statistics.median(checks) * 1000
            verdict = "OK" if check_ms < GOAL_CHECK_MS else "OVER"
            print(
                f"  check as you type: median {check_ms:.1f} ms, p99 {p99(checks) * 1000:.1f} ms of {CHECKS} "
                f"(one client; goal median < {GOAL_CHECK_MS:.0f} ms) {verdict}"
            )
        finally:
            server.terminate()
            server.wait(timeout=15)
    if max(tails) >= GOAL_P99_MS or check_ms >= GOAL_CHECK_MS:
        sys.exit(1)


if __name__ == "__main__":
    main()
