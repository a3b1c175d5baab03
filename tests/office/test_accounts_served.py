"""Office sign-in in real processes: `afterview office sso` as a program, and a real
`afterview serve` that students join through in Chromium, one with a password and
one through the loopback OpenID Connect provider."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.office.oidc_server import OidcServer
from tests.processes import afterview_argv

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "plum-harbour-lantern-42"

#: makes a home an office with a cohort, and prints one invitation token per e-mail given
#: (ROLE:EMAIL for another role than student)
SEED = """
import sys
import django
django.setup()
from datetime import timedelta
from django.utils import timezone
from afterview.office.invitations import new_token
from afterview.office.models import Cohort, Invitation, Office
now = timezone.now()
Office.objects.get_or_create(name="Example University Career Office", defaults={"created_at": now})
cohort, _ = Cohort.objects.get_or_create(name="Law 2027", defaults={"created_at": now})
for given in sys.argv[1:]:
    role, _, email = given.rpartition(":")
    token, digest = new_token()
    Invitation.objects.create(email=email, name="", role=role or "student", cohort=cohort, digest=digest, created_at=now, expires_at=now + timedelta(days=7))
    print(token)
"""


def _env(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(tmp_path / "home")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _run(env, *args):
    return subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=120)


def _seed(env, *emails) -> list[str]:
    seeded = subprocess.run(
        [sys.executable, "-c", SEED, *emails],
        env={**env, "DJANGO_SETTINGS_MODULE": "afterview.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    return seeded.stdout.split()


def test_office_sso_configures_checks_and_turns_off_the_provider(tmp_path):
    env = _env(tmp_path)
    early = _run(env, "office", "sso", "--name", "Example University", "--issuer", "https://login.example.edu", "--client-id", "c", "--client-secret-file", "x")
    assert early.returncode == 2
    assert early.stderr.strip() == "afterview: this install is not a career office yet; run `afterview office init --name NAME --admin EMAIL` first"
    _seed(env)
    secret = tmp_path / "secret"
    secret.write_text("provider-secret\n")
    with OidcServer() as provider:
        on = _run(env, "office", "sso", "--name", "Example University", "--issuer", provider.issuer, "--client-id", "afterview", "--client-secret-file", str(secret))
        assert on.returncode == 0, on.stderr
        assert on.stdout.strip() == f"Single sign-on is on: “Sign in with Example University” ({provider.issuer})."
        assert "/.well-known/openid-configuration" in provider.requests  # it checked the issuer
    shown = _run(env, "office", "sso")
    assert shown.returncode == 0 and f"({provider.issuer}, client afterview)" in shown.stdout
    gone = _run(env, "office", "sso", "--name", "X", "--issuer", provider.issuer, "--client-id", "c", "--client-secret-file", str(secret))
    assert gone.returncode == 2
    assert gone.stderr.count("\n") == 1 and "could not read" in gone.stderr and "Traceback" not in gone.stderr
    missing = _run(env, "office", "sso", "--name", "X")
    assert missing.returncode == 2 and "missing --issuer, --client-id, --client-secret-file" in missing.stderr
    off = _run(env, "office", "sso", "--off")
    assert off.returncode == 0 and off.stdout.strip() == "Single sign-on is off; people sign in with their e-mail and password."
    assert "is off" in _run(env, "office", "sso").stdout


def test_a_command_does_not_import_the_sign_in_providers(tmp_path):
    env = _env(tmp_path)
    assert _run(env, "office", "sso").returncode == 2  # makes the home
    code = (
        "import sys; from afterview.cli._boot import setup_django; setup_django(); "
        "from django.apps import apps; print('socialaccount' in {a.label for a in apps.get_app_configs()}); "
        "print(sorted(m for m in ('requests', 'jwt', 'allauth.socialaccount.providers.openid_connect.provider') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split("\n")[:2] == ["True", "[]"], done.stdout


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _serve(env):
    """A real `afterview serve` on a free port: (process, base URL). An office without
    a local candidate announces its sign-in page, not a one-time link."""
    process = subprocess.Popen(afterview_argv("serve", "--port", "0"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        found = re.match(r"^(http://127\.0\.0\.1:\d+)/login/$", lines[-1])
        if found:
            return process, found.group(1)
    process.kill()
    raise AssertionError(f"no sign-in address printed; stdout: {lines}; stderr: {process.stderr.read()}")


def _stop(process) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()


@pytest.mark.browser
def test_students_join_a_served_office_with_a_password_and_with_the_provider(tmp_path, browser):
    env = _env(tmp_path)
    assert _run(env, "office", "sso").returncode == 2  # makes the home; not an office yet
    by_password, by_sso, as_admin = _seed(env, "ada@uni.example", "sam@uni.example", "admin:office@uni.example")
    secret = tmp_path / "secret"
    secret.write_text("provider-secret")
    with OidcServer(client_id="afterview", client_secret="provider-secret") as provider:
        provider.person = {"sub": "sam-1", "email": "sam@uni.example", "email_verified": True, "name": "Sam Student"}
        assert _run(env, "office", "sso", "--name", "Example University", "--issuer", provider.issuer, "--client-id", "afterview", "--client-secret-file", str(secret)).returncode == 0
        process, base = _serve(env)
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            # Ada joins with a password and lands on her own (empty) agenda.
            page.goto(f"{base}/office/join/{by_password}")
            assert page.get_by_test_id("invited-email").inner_text() == "ada@uni.example"
            page.get_by_label("Your name").fill("Ada Okafor")
            page.locator("#id_password").fill(PASSWORD)
            page.locator("#id_password_again").fill(PASSWORD)
            page.get_by_role("button", name="Join").click()
            page.get_by_text("Nothing here yet").wait_for()
            assert page.url == base + "/"
            page.get_by_role("button", name="Sign out").click()
            page.wait_for_url(re.compile(r".*/accounts/login/.*|.*/login/$"))
            # She signs in again with the password on the office's sign-in page.
            page.goto(f"{base}/login/")
            page.locator("#id_login").fill("ada@uni.example")
            page.locator("#id_password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in", exact=True).click()
            page.get_by_text("Nothing here yet").wait_for()
            page.context.clear_cookies()

            # Sam follows his link and signs in with the university's provider instead.
            page.goto(f"{base}/office/join/{by_sso}")
            page.get_by_role("button", name="Sign in with Example University").click()
            page.get_by_text("Nothing here yet").wait_for()
            assert page.url == base + "/"
            assert "Sam Student" in page.locator("header").inner_text()
            assert "/token" in provider.requests
            page.context.clear_cookies()

            # Someone the office never invited is turned away with a page that says why.
            provider.person = {"sub": "m-1", "email": "mallory@else.example", "email_verified": True, "name": "Mallory"}
            page.goto(f"{base}/login/")
            page.get_by_role("button", name="Sign in with Example University").click()
            page.get_by_text("no account here and no open invitation").wait_for()

            # The office admin joins, lands on the office's home, and turns single sign-on off.
            page.goto(f"{base}/office/join/{as_admin}")
            page.get_by_label("Your name").fill("Olu Admin")
            page.locator("#id_password").fill(PASSWORD)
            page.locator("#id_password_again").fill(PASSWORD)
            page.get_by_role("button", name="Join").click()
            page.get_by_test_id("who").wait_for()
            assert page.url == base + "/office/"
            assert "office admin" in page.get_by_test_id("who").inner_text()
            page.get_by_role("link", name="Single sign-on").click()
            assert "Example University" in page.get_by_test_id("sso-state").inner_text()
            page.get_by_role("button", name="Turn single sign-on off").click()
            page.get_by_text("Single sign-on is off: people sign in").wait_for()
            assert page.get_by_test_id("sso-state").inner_text().startswith("Off:")
        finally:
            _stop(process)
