"""Stored step times through each edge that writes: the worker sending a note over real
SMTP, `mail sync` reading a reply and a bounce from a real IMAP server (Dovecot), the
web's log form, and `afterview touch ... accepted` as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from django.urls import reverse

from afterview.records import models as m
from tests.conftest import NOW
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
    from afterview.outreach import replies, services
    from tests.outreach.test_replies import SYNC_AT, bounce_of, timeline_reply
    from tests.outreach.test_services import sent

    note = sent(alice, alice_app, "Dana Whitfield", "next-steps", NOW, "<ask@example.edu>")
    in_step(alice)
    asked = m.StepTime.objects.get(application=alice_app, kind="ask-next-steps")
    assert (asked.status, asked.message_id) == ("done", note.pk)
    dovecot.deliver(*mailbox, timeline_reply())
    [inbound] = services.sync_replies(alice_imap, now=SYNC_AT).replies
    in_step(alice)
    replies.confirm_review(alice, inbound.pk, now=SYNC_AT)
    in_step(alice)
    first = m.StepTime.objects.get(application=alice_app, kind="follow-up", try_number=1)
    assert first.due_at == datetime(2026, 12, 23, 15, 0, tzinfo=UTC)  # the business day after the 22nd they gave
    dovecot.deliver(*mailbox, bounce_of("<ask@example.edu>"))
    services.sync_replies(alice_imap, now=SYNC_AT)
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
