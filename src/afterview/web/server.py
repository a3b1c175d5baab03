"""Serving the web app on this machine with granian, a kept server (docs/web.md
has the figures it was chosen by): loopback by default, a one-time sign-in link
printed once the port answers, granian's own worker processes where the
platform has them (one process on Windows), and beside them the outbox worker,
the same `afterview worker` loop a person can run alone. This process only
starts the two programs, prints the link, and stops them on Ctrl-C; killed
outright, it takes them along (afterview/lifeline.py).

Granian reads and writes the network in Rust and hands each request to one of a
process's Python threads as soon as its headers are in; a client that trickles
its body holds that thread, not the process, so a process keeps THREADS of them.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time

from afterview.core.errors import InvalidInput, Refused
from afterview.lifeline import child_env

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

MAX_WORKERS = 8
#: Python threads of each process: what runs requests, and what slow clients can hold
THREADS = 32
#: seconds between looks for due notes, and between reads of each inbox
MAIL_LOOK = 3.0
INBOX_EVERY = 60.0
#: how long the outbox worker may take to finish the note in hand when stopping
MAIL_GRACE = 30.0
#: how long a granian worker may take to finish the requests in hand when stopping
WORKER_GRACE = 5.0
#: how long granian may take to stop its workers
GRACE = WORKER_GRACE + 10.0


def default_workers() -> int:
    """One process per CPU (at most 4); granian runs one on Windows."""
    if sys.platform == "win32":
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def base_url(host: str, port: int) -> str:
    """The address a browser on this machine opens (a wildcard address is not one)."""
    host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def fresh_link(base: str) -> str:
    """A sign-in link for the local candidate, good once; on an office install
    without one, the address of its sign-in page (office/accounts.py)."""
    from afterview.clock import now
    from afterview.office.accounts import local_link_user
    from afterview.web.signin import issue_token, sign_in_url

    candidate = local_link_user()
    if candidate is None:
        return f"{base.rstrip('/')}/login/"
    return sign_in_url(base, issue_token(candidate, now=now()))


def _announcement(host: str, port: int) -> str:
    from afterview import env
    from afterview.web.signin import LIFETIME

    base = base_url(host, port)
    # Remember where we listen so `afterview link` can print a link for this server.
    try:
        (env.home() / "server.url").write_text(base + "\n", encoding="ascii")
    except OSError:
        pass
    minutes = int(LIFETIME.total_seconds() // 60)
    lines = [
        f"afterview is running at {base}/ — open this link to sign in:",
        fresh_link(base),
        f"(it works once, within {minutes} minutes; `afterview link` prints a new one. Ctrl-C stops.)",
    ]
    if host not in LOOPBACK:
        lines.append(
            f"Warning: listening on {host}, not loopback; other machines can reach the sign-in page "
            "(add the name to AFTERVIEW_ALLOWED_HOSTS to answer them)."
        )
    return "\n".join(lines) + "\n"


def _claim_port(host: str, port: int) -> int:
    """The port to serve on (a free one for 0), or InvalidInput when it is taken.

    Granian binds in each worker; a port another program holds would only show
    as a worker that dies, so it is tried here first."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        if os.name != "nt":
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
            probe.listen()
        except OSError as e:
            raise InvalidInput(f"cannot listen on {host}:{port}: {e.strerror or e}; try another --port") from e
        return probe.getsockname()[1]


def _start_mail() -> subprocess.Popen:
    """The outbox worker, `afterview worker`'s own loop, in a process of its own."""
    return subprocess.Popen(
        [sys.executable, "-m", "afterview", "worker", "--interval", f"{MAIL_LOOK:g}", "--read-every", f"{INBOX_EVERY:g}"],
        env=child_env(),
    )


def granian_command(program: str, host: str, port: int, workers: int, *, log_level: str, extra: tuple = ()) -> list[str]:
    """The command line that runs afterview's WSGI app on granian, for `serve` and for
    an office's `afterview web`: `workers` processes of THREADS threads each."""
    return [
        sys.executable, "-m", program,
        "--interface", "wsgi",
        "--host", host,
        "--port", str(port),
        "--workers", str(workers),
        "--blocking-threads", str(THREADS),
        "--respawn-failed-workers",
        # A worker told to stop while it is still loading the app misses the
        # signal and would wait forever; it has no request in hand to lose.
        "--workers-kill-timeout", f"{WORKER_GRACE:g}",
        "--log-level", log_level,
        *extra,
        "afterview.wsgi:application",
    ]  # fmt: skip


def _start_granian(host: str, port: int, workers: int) -> subprocess.Popen:
    """granian's own program, with its own worker processes, in a process group of
    its own: a terminal's Ctrl-C reaches only us, and we stop granian with one
    signal (a worker that gets Ctrl-C and its master's SIGTERM at once can hang)."""
    # granian's program, ending with us (afterview.lifeline)
    command = granian_command("afterview.web.granian_process", host, port, workers, log_level="error")
    env = child_env({**os.environ, "DJANGO_SETTINGS_MODULE": "afterview.settings"})
    detach = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt" else {"start_new_session": True}
    # granian logs to its stdout; ours carries only the sign-in link.
    try:
        logs = sys.stderr.fileno()
    except (AttributeError, OSError):
        logs = None
    return subprocess.Popen(command, env=env, stdout=logs, **detach)


def _stop(process: subprocess.Popen, grace: float, *, group: bool = False) -> None:
    """Ask `process` to stop; after `grace` seconds, kill it (with `group`, and its
    process group: granian's workers)."""
    if process.poll() is None:
        try:
            process.send_signal(signal.CTRL_BREAK_EVENT if os.name == "nt" else signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        if group and os.name != "nt":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()


def _wait_until_listening(host: str, port: int, server: subprocess.Popen, stopping: threading.Event) -> bool:
    """True once the port answers; False when told to stop first."""
    target = base_url(host, port).removeprefix("http://").rsplit(":", 1)[0].strip("[]")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        if stopping.is_set():
            return False
        try:
            with socket.create_connection((target, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.05)
    raise Refused(f"the web server did not start on {host}:{port}; the lines above say why")


def serve_forever(*, host: str, port: int, workers: int | None = None, mail: bool = True) -> None:
    """Serve until Ctrl-C or SIGTERM. With `mail`, approved notes are sent and
    inboxes read alongside, as `afterview worker` does (running both is safe)."""
    from django.db import connections

    workers = default_workers() if workers is None else workers
    if not 1 <= workers <= MAX_WORKERS:
        raise InvalidInput(f"--workers {workers} is out of range; use 1 to {MAX_WORKERS}")
    port = _claim_port(host, port)
    text = _announcement(host, port)
    connections.close_all()

    stopping = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stopping.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = _start_granian(host, port, workers)
    mailer = _start_mail() if mail else None
    try:
        if _wait_until_listening(host, port, server, stopping):
            sys.stdout.write(text)
            sys.stdout.flush()
        while not stopping.wait(0.5):
            if server.poll() is not None:
                raise Refused(f"the web server stopped (exit status {server.returncode}); the lines above say why")
    finally:
        _stop(server, GRACE, group=True)
        if mailer is not None:
            # It finishes the note in hand, then goes.
            _stop(mailer, MAIL_GRACE)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stdout.write("\nStopped.\n")
    sys.stdout.flush()
