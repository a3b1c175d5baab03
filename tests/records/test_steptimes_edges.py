"""Stored step times through each edge that writes: the worker sending a note over real
SMTP, `mail sync` reading a reply and a bounce from a real IMAP server (Dovecot), the
web's log form, and `afterview touch ... accepted` as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from afterview.records import models as m
from tests.conftest import NOW
from tests.outreach.conftest import on_postgres  # noqa: E402
from tests.outreach.conftest import account_input, alice_imap, alice_mail, clock, dovecot, mailbox, smtp_sink  # noqa: F401
from tests.processes import afterview_argv
from tests.records.test_steptimes import in_step
from tests.web.conftest import as_alice  # noqa: F401


def test_a_note_the_worker_sends_is_stored_done_with_its_message(alice, alice_app, alice_mail, smtp_sink, clock):
    from afterview.outreach.worker import handle_one
    from tests.outreach.test_worker import schedule

    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    assert handle_one(clock) is True
    assert smtp_sink.count() == 1
    in_step(alice)
    row = m.StepTime.objects.get(application=alice_app, kind="thank-you", person__name="Miriam Castellanos")
    assert (row.status, row.message_id, row.done_at) == ("done", message.pk, NOW)


def test_mail_sync_stores_a_reply_and_a_bounce(alice, alice_app, alice_imap, dovecot, mailbox):
    from afterview.outreach import inbox, replies
    from tests.outreach.test_replies import SYNC_AT, bounce_of, timeline_reply
    from tests.outreach.test_services import sent

    note = sent(alice, alice_app, "Dana Whitfield", "next-steps", NOW, "<ask@example.edu>")
    in_step(alice)
    asked = m.StepTime.objects.get(application=alice_app, kind="ask-next-steps")
    assert (asked.status, asked.message_id) == ("done", note.pk)
    dovecot.deliver(*mailbox, timeline_reply())
    [inbound] = inbox.sync_replies(alice_imap, now=SYNC_AT).replies
    in_step(alice)
    replies.confirm_review(alice, inbound.pk, now=SYNC_AT)
    in_step(alice)
    first = m.StepTime.objects.get(application=alice_app, kind="follow-up", try_number=1)
    assert first.due_at == datetime(2026, 12, 23, 15, 0, tzinfo=UTC)  # the business day after the 22nd they gave
    dovecot.deliver(*mailbox, bounce_of("<ask@example.edu>"))
    inbox.sync_replies(alice_imap, now=SYNC_AT)
    in_step(alice)
    assert m.StepTime.objects.filter(application=alice_app, kind="find-address", status="open").exists()


def test_the_web_log_form_takes_an_accepted_offer(as_alice, alice, alice_app):  # noqa: F811
    response = as_alice.post(reverse("web:application_touch", args=[alice_app.pk]), {"kind": "accepted", "at": "2026-12-04T09:30"})
    assert response.status_code == 302
    assert m.Touch.objects.get(application=alice_app).kind == "accepted"
    in_step(alice)
    assert not m.StepTime.objects.filter(application=alice_app, status="open").exists()
    page = as_alice.get(reverse("web:application", args=[alice_app.pk])).content.decode()
    assert "Offer accepted" in page


def test_afterview_touch_accepted_runs_as_a_real_process_and_refreshes(tmp_path):
    from tests.test_both_edges import SEED
    from tests.web.test_serve import _env

    env = _env(tmp_path)
    env["AFTERVIEW_NOW"] = "2026-12-03T20:00:00+00:00"
    assert subprocess.run([sys.executable, "-c", SEED], env=env, capture_output=True, text=True, timeout=120).returncode == 0
    subprocess.run(afterview_argv("office", "rebuild"), env=env, capture_output=True, text=True, timeout=120, check=True)
    listed = json.loads(subprocess.run(afterview_argv("list", "--json"), env=env, capture_output=True, text=True, timeout=120, check=True).stdout)
    app = next(row["id"] for row in listed if row["company"] == "Follow Co")
    for kind in ("offer", "declined"):
        done = subprocess.run(afterview_argv("touch", str(app), kind), env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    listed = json.loads(subprocess.run(afterview_argv("list", "--json"), env=env, capture_output=True, text=True, timeout=120, check=True).stdout)
    assert next(row["stage"] for row in listed if row["id"] == app) == "declined"
    # The command's write refreshed the rows: nothing for a rebuild to find.
    check = subprocess.run(afterview_argv("office", "rebuild", "--check", "--json"), env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["changed"] == 0


def test_writes_racing_on_one_application_all_land_and_leave_no_drift(world):
    """Several `afterview touch` processes on one application at once (PostgreSQL when the
    suite runs on it): each refresh waits for the one before, none fails on a row the
    other just stored."""
    added = world.afterview(
        "interview", "add", "--company", "Race Co", "--role", "Analyst", "--at", "2026-12-01 09:00", "--until", "2026-12-01 10:00",
        "--tz", "America/Chicago", "--interviewer", "Ann Archer <ann@race.example>", "--interviewer", "Ben Baker <ben@race.example>",
        "--hiring-contact", "Hana Hill <hana@race.example>",
    )
    assert added.returncode == 0, added.stderr
    app = json.loads(world.afterview("list", "--json").stdout)[0]["id"]
    racing = [
        subprocess.Popen(afterview_argv("touch", str(app), kind, *person), env=world.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for kind, *person in (("thank-you-sent", "--person", "Ann Archer"), ("thank-you-sent", "--person", "Ben Baker"),
                              ("next-steps-sent", "--person", "Hana Hill"), ("reply", "--person", "Hana Hill"))
    ]
    for process in racing:
        _, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
    check = world.afterview("office", "rebuild", "--check", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["rows"] >= 4


@pytest.mark.skipif(not on_postgres(), reason="SQLite runs one write transaction at a time")
def test_a_refresh_waits_for_another_write_to_the_same_application(transactional_db, interview_input):
    """Two transactions log a thank-you to one application at once: the second refresh
    must see the first one's touch, or the rows it stores would lose it."""
    import threading
    import time

    from django.db import connection, transaction

    from afterview.records.services import add_interview, add_touch, init_local_candidate

    alice, _ = init_local_candidate(name="Alice Moreau", tz="America/Chicago")
    app = add_interview(alice, interview_input(), now=NOW).pk
    first_wrote, second_started = threading.Event(), threading.Event()
    errors = []

    def first():
        try:
            with transaction.atomic():
                add_touch(alice, app, "thank-you-sent", at=NOW, person="Miriam Castellanos")
                first_wrote.set()
                second_started.wait(10)
                time.sleep(1.5)  # the second write reaches its refresh meanwhile
        except Exception as e:  # noqa: BLE001 (reported below)
            errors.append(e)
        finally:
            connection.close()

    def second():
        try:
            first_wrote.wait(10)
            second_started.set()
            # A second note to the same person: the first one (the other transaction's) did the step.
            add_touch(alice, app, "thank-you-sent", at=NOW + timedelta(hours=1), person="Miriam Castellanos")
        except Exception as e:  # noqa: BLE001
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    in_step(alice)
    [done] = m.StepTime.objects.filter(application=app, kind="thank-you", status="done")
    assert done.done_at == NOW
