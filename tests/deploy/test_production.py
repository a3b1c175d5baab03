"""The production settings run as an office runs them, without containers: PostgreSQL
on loopback, `afterview web` with three granian processes, two `afterview worker`s.
They serve requests (signed in, across processes, behind a proxy's headers), report
health, log JSON lines with request ids, and send each approved note exactly once."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from afterview import keys
from tests.outreach.world import ROOT
from tests.processes import afterview_argv

pytestmark = pytest.mark.slow

NOTES = 40
WEB_PROCESSES = 3
WAIT = 300
HOST = "careers.example.edu"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https", **(headers or {})})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def wait_for(condition, what: str, timeout: float = WAIT, processes=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"a process stopped while waiting for {what}: {process.args}"
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
        return [int(child) for child in handle.read().split()]


def production(world, tmp_path, **extra) -> dict:
    """The environment of a deployment on `world`: production settings, keys in files
    outside the home (which keeps none), a public host name."""
    secrets = tmp_path / "secrets"
    secrets.mkdir(mode=0o700)
    for name in (keys.SECRET_FILE, keys.MAIL_FILE):
        shutil.move(world.home / name, secrets / name)
    env = world.env()
    env.update(
        DJANGO_SETTINGS_MODULE="afterview.production",
        AFTERVIEW_ALLOWED_HOSTS=HOST,
        AFTERVIEW_SECRET_KEY_FILE=str(secrets / keys.SECRET_FILE),
        AFTERVIEW_MAIL_KEY_FILE=str(secrets / keys.MAIL_FILE),
        **extra,
    )
    return env


@pytest.fixture
def starter():
    started: list[subprocess.Popen] = []

    def start(env: dict, *args: str, log: Path) -> subprocess.Popen:
        handle = open(log, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
        process = subprocess.Popen(afterview_argv(*args), env=env, stdout=handle, stderr=handle, cwd=ROOT)
        process.log_handle = handle
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.log_handle.close()


@pytest.fixture
def office(postgres_template, make_world, smtp_sink, tmp_path, starter):
    """A world seeded with NOTES due notes, run as a deployment."""
    world = make_world(postgres_template)
    world.seed(NOTES, smtp_sink.port)
    env = production(world, tmp_path)
    yield world, env, lambda *args, log: starter(env, *args, log=log)
    assert not (world.home / keys.SECRET_FILE).exists() and not (world.home / keys.MAIL_FILE).exists()


def sign_in_link(env: dict, port: int) -> str:
    code = (
        "from afterview.cli._boot import setup_django; setup_django(); "
        "from afterview.web.server import fresh_link; "
        f"print(fresh_link('https://{HOST}'))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def outbox(env: dict) -> list[dict]:
    done = subprocess.run(afterview_argv("outbox", "--json"), env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def json_lines(path: Path) -> list[dict]:
    """Every line of a log, each a JSON object (granian's own lines too)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_several_web_processes_and_two_workers_serve_and_send_each_note_once(office, smtp_sink, tmp_path):
    world, env, start = office
    port = free_port()
    web_log = tmp_path / "web.log"
    web = start("web", "--host", "127.0.0.1", "--port", str(port), "--workers", str(WEB_PROCESSES), log=web_log)
    wait_for(lambda: get(port, "/healthz/web")[0] == 200, "the web app", processes=[web])
    if sys.platform.startswith("linux"):
        # `afterview web` became granian, whose processes serve
        wait_for(lambda: len(children(web.pid)) == WEB_PROCESSES, f"{WEB_PROCESSES} granian processes", processes=[web])

    # No worker yet: the install is not healthy, and says why.
    status, _, body = get(port, "/healthz")
    assert status == 503
    assert json.loads(body)["checks"]["worker"]["fix"] == "start `afterview worker`"

    workers = [start("worker", "--interval", "0.5", log=tmp_path / f"worker{i}.log") for i in range(2)]
    wait_for(lambda: smtp_sink.count() >= NOTES, f"{NOTES} notes at the SMTP server", processes=workers)
    wait_for(lambda: {row["status"] for row in outbox(env)} == {"sent"}, "every note recorded as sent", processes=workers)

    status, headers, body = get(port, "/healthz", {"X-Request-ID": "monitor-check-0001"})
    assert status == 200, body
    report = json.loads(body)
    assert report["checks"]["worker"]["running"] == 2
    assert report["checks"]["migrations"]["unapplied"] == 0
    assert report["checks"]["database"]["vendor"] == "postgresql"
    assert headers["x-request-id"] == "monitor-check-0001"

    # Signed in through one process, known to all: the key comes from the file.
    link = sign_in_link(env, port)
    token_path = link.removeprefix(f"https://{HOST}")
    status, headers, _ = get(port, token_path)
    assert status == 302
    cookie = headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie
    session = cookie.split(";", 1)[0]
    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda i: get(port, "/", {"Cookie": session, "X-Request-ID": f"agenda-{i:04d}"}), range(24)))
    assert {status for status, _, _ in pages} == {200}
    assert get(port, "/")[0] == 302  # and nobody else is

    # An unknown host is refused, as behind any proxy.
    assert get(port, "/login/", {"Host": "evil.example"})[0] == 400

    # Several processes served; every request has one JSON line with its id; no token is logged.
    with ThreadPoolExecutor(12) as pool:
        list(pool.map(lambda i: get(port, "/healthz/web", {"X-Request-ID": f"spread-{i:04d}"}), range(90)))
    wait_for(lambda: sum('"spread-' in line for line in web_log.read_text().splitlines()) >= 90, "the access lines")
    everything = json_lines(web_log)
    assert all(entry["request_id"] for entry in everything if entry["logger"].startswith("django.request"))
    lines = [entry for entry in everything if entry["logger"] == "afterview.request"]
    ids = [entry["request_id"] for entry in lines]
    assert sum(rid.startswith("agenda-") for rid in ids) == 24
    assert len({entry["pid"] for entry in lines}) >= 2, "one process served everything"
    assert token_path.rsplit("/", 1)[1] not in web_log.read_text()
    assert any(entry["path"] == "/signin/[redacted]" and entry["status"] == 302 for entry in lines)

    # Exactly once: NOTES notes received, each Message-ID once, each row sent with it.
    received = smtp_sink.message_ids()
    assert len(received) == NOTES and len(set(received)) == NOTES
    assert sorted(row["message_id"] for row in outbox(env)) == sorted(received)

    # They stop when told to, the workers after the note in hand.
    for process in (*workers, web):
        process.send_signal(signal.SIGTERM)
    assert [process.wait(timeout=60) for process in workers] == [0, 0]
    web.wait(timeout=60)
    if sys.platform.startswith("linux"):
        assert not os.path.exists(f"/proc/{web.pid}")


def test_workers_on_the_production_settings_send_each_digest_once_through_the_office_relay(
    postgres_template, make_world, smtp_sink, json_sink, tmp_path, starter
):
    world = make_world(postgres_template)
    seeded = subprocess.run(
        # alice's own mailbox points at a closed port: what arrives came through the relay
        [sys.executable, "-m", "tests.reminders.seed", "--smtp-port", str(free_port()), "--channel", json_sink.url],
        env=world.env(), capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert seeded.returncode == 0, seeded.stderr
    env = production(
        world,
        tmp_path,
        AFTERVIEW_SMTP_URL=f"smtp://127.0.0.1:{smtp_sink.port}",
        AFTERVIEW_MAIL_FROM="Career Office <careers@example.edu>",
    )
    workers = [starter(env, "worker", "--once", "--interval", "0.2", log=tmp_path / f"worker{i}.log") for i in range(3)]
    assert [process.wait(timeout=WAIT) for process in workers] == [0, 0, 0], [
        (tmp_path / f"worker{i}.log").read_text() for i in range(3)
    ]
    [digest] = smtp_sink.received
    assert digest.mail["From"] == "Career Office <careers@example.edu>"
    assert digest.recipients == ("alice@example.edu",)
    assert digest.mail["Subject"] == "afterview: 3 steps for Friday 4 Dec"
    assert digest.mail["Auto-Submitted"] == "auto-generated"
    assert sorted(json_sink.titles()) == [
        "Ask Dana Whitfield about next steps and the timeline",
        "Send Miriam Castellanos a thank-you note",
        "Send Theo Lindqvist a thank-you note",
    ]
