"""`afterview serve` and `afterview demo` as real programs: the sign-in link on a
line of its own, good once, and every page behind it."""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from tests.processes import afterview_argv

LINK = re.compile(r"^http://127\.0\.0\.1:(\d+)/signin/[A-Za-z0-9_-]{20,}$")


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(tmp_path / "home")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # the demo's home lives there
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _start(args, env, **popen):
    process = subprocess.Popen(
        afterview_argv(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        **popen,
    )
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if LINK.match(lines[-1]):
            return process, lines
    process.kill()
    raise AssertionError(f"no sign-in link printed; stdout: {lines}; stderr: {process.stderr.read()}")


def _stop(process) -> str:
    process.send_signal(signal.SIGINT)
    try:
        out, _ = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    return out


def _opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def test_serve_prints_a_one_time_link_that_signs_in(tmp_path):
    env = _env(tmp_path)
    process, lines = _start(["serve", "--port", "0"], env)
    try:
        link = lines[-1]
        port = LINK.match(link).group(1)
        browser = _opener()
        with browser.open(link, timeout=10) as page:
            assert page.status == 200
            # A home without `afterview init`: the first page asks who signs the notes.
            assert page.url == f"http://127.0.0.1:{port}/welcome/"
            assert "Welcome to afterview" in page.read().decode()
        with pytest.raises(urllib.error.HTTPError) as reused:
            _opener().open(link, timeout=10)
        assert reused.value.code == 403
        reused.value.close()
        # Someone without the link gets the sign-in page, never a page of records.
        stranger = _opener()
        with stranger.open(f"http://127.0.0.1:{port}/applications/", timeout=10) as page:
            assert page.url.startswith(f"http://127.0.0.1:{port}/login/")
            assert "Calloway" not in page.read().decode()
        fresh = subprocess.run(
            afterview_argv("link"), env=env, capture_output=True, text=True, timeout=60
        )
        assert LINK.match(fresh.stdout.strip()), fresh.stdout
        assert fresh.stdout.strip().split(":")[2].split("/")[0] == port
        with _opener().open(fresh.stdout.strip(), timeout=10) as page:
            assert page.status == 200
    finally:
        out = _stop(process)
    assert "Stopped." in out


def test_serve_says_so_when_the_port_is_taken(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            afterview_argv("serve", "--port", str(port)),
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "try another --port" in result.stderr


def test_demo_ends_by_serving_the_demo_data(tmp_path):
    process, lines = _start(["demo", "--port", "0"], _env(tmp_path))
    try:
        assert any("Demo home:" in line for line in lines)
        with _opener().open(lines[-1], timeout=10) as page:
            text = page.read().decode()
        assert "Calloway &amp; Pryce LLP" in text
        assert "Follow up with Priya Raghunathan" in text
    finally:
        _stop(process)


def _post(browser, url: str, fields: dict) -> str:
    """POST a form the way the page does (with the CSRF cookie's token); returns the final URL."""
    from urllib.parse import urlencode

    jar = next(h for h in browser.handlers if isinstance(h, urllib.request.HTTPCookieProcessor)).cookiejar
    token = next(c.value for c in jar if c.name == "csrftoken")
    request = urllib.request.Request(
        url, data=urlencode({**fields, "csrfmiddlewaretoken": token}).encode(), headers={"Referer": url}
    )
    with browser.open(request, timeout=20) as page:
        page.read()
        return page.url


def test_send_now_in_the_web_app_sends_the_note(tmp_path):
    from datetime import UTC, datetime, timedelta

    from tests.outreach.servers import SmtpSink

    env = _env(tmp_path)

    def afterview(*args):
        done = subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    sink = SmtpSink().start()
    try:
        ended = datetime.now(UTC) - timedelta(minutes=30)
        afterview("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "UTC")
        afterview(
            "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
            "--at", f"{ended - timedelta(hours=1):%Y-%m-%d %H:%M}", "--until", f"{ended:%Y-%m-%d %H:%M}", "--tz", "UTC",
            "--interviewer", "Miriam Castellanos <mc@cp.example>", "--hiring-contact", "Dana Whitfield <dana@cp.example>",
            "--highlight", "Miriam Castellanos=her pro bono tenant work",
        )
        afterview("mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
                  "--smtp-port", str(sink.port), "--smtp-security", "none", "--smtp-user", "", "--imap-host", "")
        afterview("notify", "settings", "--digest", "off")  # the real clock may be on a digest morning
        process, lines = _start(["serve", "--port", "0", "--workers", "2"], env)
        try:
            browser = _opener()
            base = lines[-1].split("/signin/")[0]
            with browser.open(lines[-1], timeout=20) as page:
                agenda = page.read().decode()
            assert "Send Miriam Castellanos a thank-you note" in agenda
            card = agenda.split('aria-label="Send Miriam Castellanos a thank-you note')[1].split("</article>")[0]
            person = re.search(r'name="person" value="(\d+)"', card).group(1)
            editor = _post(browser, f"{base}/applications/1/draft", {"kind": "thank-you", "person": person})
            with browser.open(editor, timeout=20) as page:
                text = page.read().decode()
            body = re.search(r'<textarea id="id_body"[^>]*>\n?(.*?)</textarea>', text, re.S).group(1)
            subject = re.search(r'id="id_subject" name="subject" value="([^"]*)"', text).group(1)
            import html

            fields = {"subject": html.unescape(subject), "body": html.unescape(body)}
            _post(browser, editor, {**fields, "op": "approve"})
            landed = _post(browser, editor, {**fields, "op": "send_now"})
            assert landed.endswith("/outbox/")
            deadline = time.monotonic() + 30
            while sink.count() == 0 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert sink.count() == 1, "the note was not sent"
            mail = sink.received[0].mail
            assert mail["To"] == "Miriam Castellanos <mc@cp.example>"
            assert "pro bono" in sink.received[0].text
        finally:
            _stop(process)
        assert "thank-you-sent" in afterview("show", "1")
    finally:
        sink.stop()


@pytest.mark.parametrize(
    ("host", "url"),
    [("127.0.0.1", "http://127.0.0.1:8000"), ("0.0.0.0", "http://127.0.0.1:8000"), ("::", "http://[::1]:8000"), ("::1", "http://[::1]:8000")],
)
def test_the_printed_address_is_one_a_browser_here_opens(host, url):
    from afterview.web.server import base_url

    assert base_url(host, 8000) == url


def _descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every process below `pid` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            try:
                with open(f"/proc/{child}/cmdline", "rb") as cmdline:
                    found.append((child, cmdline.read().replace(b"\0", b" ").decode().strip()))
            except OSError:
                continue
            todo.append(child)
    return found


def _trickle(port: int, cookie: str, stop):
    """A client that sends its request body at one byte a second."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(
            b"POST /login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie.encode() + b"\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n"
        )
        while not stop.wait(1.0):
            try:
                sock.sendall(b"a")
            except OSError:
                return


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="counts the server's processes in /proc")
def test_eight_slow_clients_do_not_hold_up_the_sign_in_page(tmp_path):
    import threading

    process, lines = _start(["serve", "--port", "0", "--no-mail", "--workers", "2"], _env(tmp_path))
    stop = threading.Event()
    try:
        port = int(LINK.match(lines[-1]).group(1))
        commands = [command for _, command in _descendants(process.pid)]
        assert not any(" worker" in command for command in commands), commands  # --no-mail
        # The CSRF cookie a stranger gets from the sign-in page makes Django read the
        # body before answering; without it the POST is refused unread.
        with _opener().open(f"http://127.0.0.1:{port}/login/", timeout=10) as page:
            cookie = page.headers.get("Set-Cookie").split(";")[0]
        slow = [threading.Thread(target=_trickle, args=(port, cookie, stop), daemon=True) for _ in range(8)]
        for thread in slow:
            thread.start()
        time.sleep(2.5)  # every slow client has started its body
        for _ in range(3):
            began = time.monotonic()
            with _opener().open(f"http://127.0.0.1:{port}/login/", timeout=10) as page:
                assert page.status == 200
                assert "afterview has no password" in page.read().decode()
            assert time.monotonic() - began < 1.0
    finally:
        stop.set()
        _stop(process)


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="counts the server's processes in /proc")
def test_ctrl_c_stops_the_server_its_workers_and_the_mail_worker(tmp_path):
    # A new session, signalled as a whole: what a terminal's Ctrl-C does.
    process, lines = _start(["serve", "--port", "0", "--workers", "2"], _env(tmp_path), start_new_session=True)
    try:
        below = _descendants(process.pid)
        commands = [command for _, command in below]
        assert sum("afterview worker" in command for command in commands) == 1, commands
        assert len(below) >= 3, commands  # two web processes and the mail worker
    finally:
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.endswith("Stopped.\n")
    assert "Traceback" not in err and "Unexpected exit" not in err, err
    for pid, _ in below:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_sigint_to_the_server_alone_stops_everything(tmp_path):
    process, _ = _start(["serve", "--port", "0"], _env(tmp_path))
    below = _descendants(process.pid) if os.path.isdir("/proc") else []
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=45)
    assert process.returncode == 0, err
    assert out.endswith("Stopped.\n")
    for pid, _ in below:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (an exited one nobody reaped yet is not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the processes in /proc")
def test_serve_killed_outright_takes_its_web_and_mail_processes_along(tmp_path):
    import contextlib
    import socket

    process, lines = _start(["serve", "--port", "0", "--workers", "2"], _env(tmp_path))
    port = int(LINK.match(lines[-1]).group(1))
    below = _descendants(process.pid)
    commands = [command for _, command in below]
    assert sum("afterview worker" in command for command in commands) == 1, commands
    assert len(below) >= 3, commands  # the granian process, its workers and the mail worker
    process.kill()  # SIGKILL: serve has no say
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_running(pid) for pid, _ in below):
        time.sleep(0.1)
    left = [command for pid, command in below if _running(pid)]
    for pid, _ in below:  # nothing must outlive the test, whatever it found
        if _running(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    process.communicate(timeout=10)
    assert not left
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))  # the port is free again
