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

LINK = re.compile(r"^http://127\.0\.0\.1:(\d+)/signin/[A-Za-z0-9_-]{20,}$")


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(tmp_path / "home")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # the demo's home lives there
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _start(args, env):
    process = subprocess.Popen(
        [sys.executable, "-m", "afterview", *args],
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
            [sys.executable, "-m", "afterview", "link"], env=env, capture_output=True, text=True, timeout=60
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
            [sys.executable, "-m", "afterview", "serve", "--port", str(port)],
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
