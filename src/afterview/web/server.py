"""Serving the web app on this machine: loopback by default, a one-time sign-in link
printed once the port is bound, and on POSIX a few worker processes sharing the
socket so a busy page does not queue behind another (Python runs one thread of
a process at a time)."""

from __future__ import annotations

import collections
import contextlib
import gc
import os
import signal
import socket
import sys
import threading
import time

from afterview.core.errors import InvalidInput

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

#: requests one process works on at once; the rest wait their turn in arrival order
AT_ONCE = 1
MAX_WORKERS = 8


def default_workers() -> int:
    """One process per CPU (at most 4), where processes can be forked; else one."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def base_url(host: str, port: int) -> str:
    """The address a browser on this machine opens (a wildcard address is not one)."""
    host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def fresh_link(base: str) -> str:
    """A sign-in link for the local candidate, good once."""
    from afterview.clock import now
    from afterview.records.services import local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    return sign_in_url(base, issue_token(local_candidate(), now=now()))


def _announce(host: str, port: int) -> None:
    from afterview import env
    from afterview.web.signin import LIFETIME

    base = base_url(host, port)
    # Remember where we listen so `afterview link` can print a link for this server.
    try:
        (env.home() / "server.url").write_text(base + "\n", encoding="ascii")
    except OSError:
        pass
    out = sys.stdout
    out.write(f"afterview is running at {base}/ — open this link to sign in:\n")
    out.write(f"{fresh_link(base)}\n")
    minutes = int(LIFETIME.total_seconds() // 60)
    out.write(f"(it works once, within {minutes} minutes; `afterview link` prints a new one. Ctrl-C stops.)\n")
    if host not in LOOPBACK:
        out.write(
            f"Warning: listening on {host}, not loopback; other machines can reach the sign-in page "
            "(add the name to AFTERVIEW_ALLOWED_HOSTS to answer them).\n"
        )
    out.flush()


class Turns:
    """At most `limit` holders at a time, served strictly in arrival order.

    `threading.Semaphore` lets a newcomer take a freed turn ahead of threads
    already waiting, which under load left some requests waiting ten times
    longer than the rest; here a released turn is handed to the longest waiter."""

    def __init__(self, limit: int):
        self._lock = threading.Lock()
        self._free = limit
        self._waiting: collections.deque[threading.Event] = collections.deque()

    def __enter__(self):
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return self
            turn = threading.Event()
            self._waiting.append(turn)
        turn.wait()
        return self

    def __exit__(self, *exc):
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()
            else:
                self._free += 1


@contextlib.contextmanager
def waiting_on_the_network(request):
    """Give the request's turn to the next one while it waits on another server
    (trying the mail account can take half a minute), and queue again after."""
    turns = request.META.get("afterview.turns")
    if turns is None:
        yield
        return
    turns.__exit__(None, None, None)
    try:
        yield
    finally:
        turns.__enter__()


def _taking_turns(app, limit: int):
    """The WSGI app, run by at most `limit` threads of this process at a time.

    Every connection has its own thread, but Python runs one at a time anyway:
    twenty requests sharing the interpreter all finish late, and the unlucky
    ones very late. Taking turns in arrival order, a request runs nearly to its
    end once started, so every one waits about as long as the others."""
    turns = Turns(limit)

    def wsgi(environ, start_response):
        environ["afterview.turns"] = turns
        with turns:
            # Produced inside the turn: Django's pages are lists, not streams.
            return list(app(environ, start_response))

    return wsgi


def _warm_up() -> None:
    """Plan the local candidate's applications once, before the workers fork, so
    each starts with them instead of making them on its first agenda."""
    from afterview.clock import now
    from afterview.core.errors import AfterviewError
    from afterview.records.services import local_candidate
    from afterview.web import plans

    try:
        plans.plans(local_candidate(), now())
    except AfterviewError:
        pass  # a broken playbook.toml, say: the pages explain it


def _make_server(host: str, port: int, *, own_port: bool = False, listen: bool = True):
    """A threaded WSGI server bound to (host, port). With `own_port`, it shares the
    port with the other workers' sockets (SO_REUSEPORT) and Linux spreads new
    connections between them; without `listen` it only holds the port."""
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    from afterview.wsgi import application

    class Handler(WSGIRequestHandler):
        # The headers and the body leave in separate writes: without this, Nagle's
        # algorithm and the browser's delayed ACK hold small pages back ~40 ms.
        disable_nagle_algorithm = True

    class Server(ThreadedWSGIServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        request_queue_size = 64
        allow_reuse_port = own_port

    httpd = Server((host, port), Handler, ipv6=":" in host, bind_and_activate=False)
    try:
        httpd.server_bind()
        if listen:
            httpd.server_activate()
    except OSError as e:
        httpd.server_close()
        raise InvalidInput(f"cannot listen on {host}:{port}: {e.strerror or e}; try another --port") from e
    httpd.set_app(_taking_turns(application, AT_ONCE))
    return httpd


def _spreads_connections() -> bool:
    # Linux balances SO_REUSEPORT sockets (of one user only); elsewhere the
    # workers share one socket instead.
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _wait_until_listening(host: str, port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            time.sleep(0.02)


def serve_forever(*, host: str, port: int, workers: int | None = None, mail: bool = True) -> None:
    """Serve until Ctrl-C or SIGTERM. With `mail`, approved notes are sent and
    inboxes read alongside, as `afterview worker` does (running both is safe)."""
    workers = default_workers() if workers is None else workers
    if not 1 <= workers <= MAX_WORKERS:
        raise InvalidInput(f"--workers {workers} is out of range; use 1 to {MAX_WORKERS}")
    forking = hasattr(os, "fork")
    spread = forking and _spreads_connections()
    httpd = _make_server(host, port, own_port=spread, listen=not spread)
    try:
        _warm_up()
        if forking:
            _supervise(httpd, host, workers, mail, spread)
        else:
            _announce(host, httpd.server_port)
            _serve_in_this_process(httpd, mail)
    finally:
        httpd.server_close()
    sys.stdout.write("\nStopped.\n")
    sys.stdout.flush()


#: seconds between looks for due notes, and between reads of each inbox
MAIL_LOOK = 3.0
INBOX_EVERY = 60.0


def _send_mail(stop: threading.Event) -> None:
    """Send due notes and read inboxes until `stop` is set, one step at a time."""
    import logging
    from datetime import timedelta

    from django.db import close_old_connections

    from afterview.outreach.worker import Worker

    log = logging.getLogger("afterview.web.server")
    worker = Worker()
    from afterview.reminders.rounds import Ticker

    remind = Ticker(worker.clock, INBOX_EVERY)  # reminders, the digest and the heartbeat
    last_read = None
    while not stop.is_set():
        close_old_connections()
        try:
            remind()
            if last_read is None or time.monotonic() - last_read >= INBOX_EVERY:
                worker.sync_inboxes(every=timedelta(seconds=INBOX_EVERY) if last_read is not None else timedelta(0))
                last_read = time.monotonic()
            while not stop.is_set() and worker.handle_one():
                pass
        except Exception:
            # As `afterview worker` does: a note in hand stays `sending` and is settled
            # when its lease runs out; the loop carries on.
            log.exception("sending step failed")
        stop.wait(MAIL_LOOK)


def _serve_in_this_process(httpd, mail: bool) -> None:
    stop = threading.Event()
    if mail:
        threading.Thread(target=_send_mail, args=(stop,), name="afterview-mail", daemon=True).start()
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()


def _child(run) -> int:
    """Fork a process that calls `run()` and exits; returns its pid to the parent."""
    from django.db import connections

    # A database connection must not cross a fork: each child opens its own.
    connections.close_all()
    sys.stdout.flush()
    sys.stderr.flush()
    # What exists now (modules, the warmed-up plans) is never garbage: keep the
    # collector from walking it again and again in every worker, which showed as
    # requests stalled for tens of milliseconds behind a full collection.
    gc.freeze()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
        run()
    except BaseException:  # noqa: BLE001 (a child must end here whatever happened)
        code = 1
    finally:
        os._exit(code)


def _web_worker(httpd, host: str, spread: bool):
    def run():
        signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
        server = _make_server(host, httpd.server_port, own_port=True) if spread else httpd
        server.serve_forever()

    return run


def _mail_worker(httpd, host: str, spread: bool):
    def run():
        httpd.socket.close()  # this one never answers requests
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())  # finish the note in hand, then go
        _send_mail(stop)

    return run


def _supervise(httpd, host: str, count: int, mail: bool, spread: bool) -> None:
    """Fork `count` web workers (and one that sends mail), announce the sign-in link
    once they listen, replace one that dies, and stop them all on Ctrl-C or SIGTERM.
    The parent itself starts no thread, so forking it stays safe."""
    stopping = False

    def stop(signum, frame):
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    kinds = [_web_worker] * count + ([_mail_worker] if mail else [])
    children: dict[int, object] = {}
    deaths: list[float] = []
    try:
        for kind in kinds:
            children[_child(kind(httpd, host, spread))] = kind
        if spread:
            _wait_until_listening(host, httpd.server_port)
        _announce(host, httpd.server_port)
        while not stopping:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.2)
                continue
            kind = children.pop(pid, None)
            if kind is None:
                continue
            deaths = [t for t in deaths if time.monotonic() - t < 10] + [time.monotonic()]
            if len(deaths) > 2 * len(kinds):
                sys.stderr.write("afterview: the server's workers keep dying; stopping. The lines above say why.\n")
                break
            children[_child(kind(httpd, host, spread))] = kind
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        for sig, handler in previous.items():
            signal.signal(sig, handler)
