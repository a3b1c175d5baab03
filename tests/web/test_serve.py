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


def _start(args, env):
    process = subprocess.Popen(
        afterview_argv(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
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
            assert page.url == f"http://127.0.0.1:{port}/"
            assert "Log an interview" in page.read().decode()
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


def test_turns_are_taken_in_arrival_order():
    import threading

    from afterview.web.server import Turns

    turns = Turns(1)
    order, started = [], []
    turns.__enter__()

    def take(n):
        started.append(n)
        with turns:
            order.append(n)

    threads = []
    for n in range(5):
        thread = threading.Thread(target=take, args=(n,))
        thread.start()
        threads.append(thread)
        while len(started) <= n or len(turns._waiting) <= n:
            time.sleep(0.001)
    turns.__exit__(None, None, None)
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4]


def test_a_request_waiting_on_the_network_lets_the_next_one_in():
    import threading

    from afterview.web.server import Turns, waiting_on_the_network

    class Request:
        META = {"afterview.turns": Turns(1)}

    turns = Request.META["afterview.turns"]
    got_in = threading.Event()
    with turns:
        with waiting_on_the_network(Request()):
            threading.Thread(target=lambda: (turns.__enter__(), got_in.set(), turns.__exit__())).start()
            assert got_in.wait(5)
