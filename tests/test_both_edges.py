"""The CLI and the web read the same plans the same way: one home with an application
at every kind of step, planned through `afterview agenda`/`list`/`show` as real
processes and through the pages of a real `afterview serve`, compared step by step."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys

from tests.processes import afterview_argv
from tests.web.test_serve import LINK, _env, _opener, _start, _stop

NOW = "2026-12-03T20:00:00+00:00"  # a Thursday, 14:00 in Chicago

#: Makes the applications (through the records services, as the commands do): one for
#: each kind of step the playbook plans.
SEED = r'''
from datetime import UTC, date, datetime
from afterview.cli._boot import setup_django
setup_django()
from afterview.core.parse import NamedAddress
from afterview.records import models as m
from afterview.records.services import InterviewInput, add_interview, add_touch, local_candidate

me = local_candidate()
def at(month, day, hour=15):
    return datetime(2026, month, day, hour, tzinfo=UTC)

def app(company, starts, expect_on=None, phone=""):
    slug = company.split()[0].lower()
    data = InterviewInput(
        company=company, role="Analyst", starts_at=starts, ends_at=starts.replace(hour=starts.hour + 1),
        tz="America/Chicago",
        interviewers=(NamedAddress("Ann Archer", f"ann@{slug}.example"), NamedAddress("Ben Baker", f"ben@{slug}.example")),
        hiring_contact=NamedAddress("Hana Hill", f"hana@{slug}.example"), hiring_phone=phone, expect_on=expect_on,
    )
    return add_interview(me, data, now=starts).pk

def thank(app_id, when):
    for who in ("Ann Archer", "Ben Baker"):
        add_touch(me, app_id, "thank-you-sent", at=when, person=who)

# thank-you (two interviewers) and ask-next-steps: an interview this afternoon, no date stated
app("Thank Co", at(12, 3, 15))
# follow-up: the date they gave has passed
follow = app("Follow Co", at(11, 2), expect_on=date(2026, 11, 13))
thank(follow, at(11, 2, 20))
# phone-call: a follow-up unanswered for a week, and the hiring contact's number known
phone = app("Phone Co", at(10, 26), expect_on=date(2026, 11, 6), phone="+13125550100")
thank(phone, at(10, 26, 20))
add_touch(me, phone, "follow-up-sent", at=at(11, 20), person="Hana Hill")
# close-out: three follow-ups unanswered
close = app("Close Co", at(9, 1), expect_on=date(2026, 9, 10))
thank(close, at(9, 1, 20))
for day in (at(9, 14), at(9, 28), at(10, 12)):
    add_touch(me, close, "follow-up-sent", at=day, person="Hana Hill")
# find-address: the hiring contact's address bounced
bounce = app("Bounce Co", at(11, 2), expect_on=date(2026, 11, 13))
thank(bounce, at(11, 2, 20))
m.Contact.objects.filter(owner=me, email="hana@bounce.example").update(bounced_at=at(11, 20), bounced_address="hana@bounce.example", bounce_reason="no such mailbox")
# send-requested: they replied asking for a transcript
asked = app("Request Co", at(11, 30), expect_on=date(2026, 12, 18))
thank(asked, at(11, 30, 20))
add_touch(me, asked, "reply", at=at(12, 2), person="Hana Hill")
m.Request.objects.create(owner=me, application_id=asked, contact=m.Contact.objects.get(owner=me, email="hana@request.example"),
                         text="your transcript", asked_at=at(12, 2))
'''

_CARD = re.compile(r'<article class="action [^"]*" aria-label="([^"]*)">(.*?)</article>', re.S)


def _cards(page: str) -> list[tuple[int, str, str, str, str]]:
    """(application, kind, title, due, reason) of every step card on a page, in page order."""
    found = []
    for label, body in _CARD.findall(page):
        title = html.unescape(label).rsplit(" (", 1)[0]
        application = int(re.search(r'name="application" value="(\d+)"', body).group(1))
        kind = html.unescape(re.search(r'name="kind" value="([^"]*)"', body).group(1))
        due = re.search(r'<time datetime="([^"]*)"', body).group(1)
        reason = html.unescape(re.search(r'<p class="why">(.*?)</p>', body, re.S).group(1))
        found.append((application, kind, title, due, reason))
    return found


def _cli(env, *args) -> str:
    result = subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_cli_and_the_web_plan_every_kind_of_step_alike(tmp_path):
    from afterview.core.calendar import STEP_TITLES
    from afterview.core.playbook import ActionKind
    from afterview.web.present import stage_label

    env = _env(tmp_path)
    env["AFTERVIEW_NOW"] = NOW
    _cli(env, "init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    seeded = subprocess.run([sys.executable, "-c", SEED], env=env, capture_output=True, text=True, timeout=120)
    assert seeded.returncode == 0, seeded.stderr

    steps = json.loads(_cli(env, "agenda", "--all", "--json"))
    assert {s["action"] for s in steps} == set(ActionKind)
    cli_steps = [
        (
            s["application"],
            s["action"],
            STEP_TITLES.get(ActionKind(s["action"]), s["action"]).format(who=s["person"] or "them"),
            s["due"],
            s["reason"],
        )
        for s in steps
    ]
    listed = json.loads(_cli(env, "list", "--json"))
    shown = {row["id"]: json.loads(_cli(env, "show", str(row["id"]), "--json")) for row in listed}

    process, lines = _start(["serve", "--port", "0", "--no-mail", "--workers", "1"], env)
    try:
        port = LINK.match(lines[-1]).group(1)
        browser = _opener()
        with browser.open(lines[-1], timeout=30) as response:
            agenda_page = response.read().decode()
        with browser.open(f"http://127.0.0.1:{port}/applications/", timeout=30) as response:
            list_page = response.read().decode()
        app_pages = {}
        for row in listed:
            with browser.open(f"http://127.0.0.1:{port}/applications/{row['id']}/", timeout=30) as response:
                app_pages[row["id"]] = response.read().decode()
    finally:
        _stop(process)

    # Every application's page shows exactly the CLI's steps of it, in the CLI's order.
    for app_id, page in app_pages.items():
        assert _cards(page) == [s for s in cli_steps if s[0] == app_id], app_id
        assert html.escape(stage_label(shown[app_id]["stage"])) in page
    # The agenda page shows the CLI's steps in the CLI's one order (it hides those past this week).
    on_agenda = _cards(agenda_page)
    assert on_agenda and on_agenda == [s for s in cli_steps if s in on_agenda]
    # The applications page lists them in `afterview list`'s order, each at the same stage.
    ids = [int(i) for i in re.findall(r'<td><a href="/applications/(\d+)/">', list_page)]
    assert ids == [row["id"] for row in listed]
    for row in listed:
        assert row["stage"] == shown[row["id"]]["stage"]
