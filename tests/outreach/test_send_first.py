"""A send you can see first (issue 12): `afterview send` shows the note and asks, `--yes`
for scripts; a note sent "now" waits an undo window; the web offers Undo, and without
a mailbox it says so before the click."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from afterview.records.models import Message
from tests.conftest import NOW
from tests.outreach.test_cli import cli, one_line_error  # noqa: F401 (cli is a fixture)

SEND = ("send", "--kind", "thank-you", "--to", "Miriam")


def _send(cli, app, *extra, input=None):
    return cli(SEND[0], str(app.pk), *SEND[1:], *extra, input=input)


def test_without_a_terminal_and_without_yes_nothing_is_sent(cli, alice, alice_app, alice_mail):
    result = _send(cli, alice_app)
    one_line_error(result, "nothing was sent: confirm in a terminal, or add --yes to send from a script")
    assert "To: Miriam Castellanos <mc@cp.example>" in result.stdout
    assert "Subject: " in result.stdout and "Leaves: " in result.stdout and "pro bono" in result.stdout
    assert not Message.objects.exists()


@pytest.mark.parametrize(("answer", "status", "count"), [("y\n", 0, 1), ("n\n", 1, 0), ("\n", 1, 0)])
def test_in_a_terminal_it_asks_first(cli, alice, alice_app, alice_mail, monkeypatch, answer, status, count):
    from afterview.cli import outreach

    monkeypatch.setattr(outreach, "_interactive", lambda: True)
    result = _send(cli, alice_app, input=answer)
    assert result.exit_code == status, result.output
    assert "Leaves: Fri 2026-12-04" in result.stdout
    assert Message.objects.count() == count
    if not count:
        assert "Not sent; nothing is in the outbox." in result.stdout


def test_yes_schedules_without_asking(cli, alice, alice_app, alice_mail):
    result = _send(cli, alice_app, "--yes")
    assert result.exit_code == 0, result.stderr
    assert Message.objects.get().status == "scheduled"


def test_sent_now_it_waits_the_undo_window_and_can_still_be_cancelled(cli, alice, alice_app, alice_mail, smtp_sink, monkeypatch):
    from afterview.outreach.worker import Worker

    monkeypatch.setenv("AFTERVIEW_UNDO_SECONDS", "30")
    result = _send(cli, alice_app, "--now", "--yes")
    assert result.exit_code == 0, result.stderr
    message = Message.objects.get()
    assert message.scheduled_at == NOW + timedelta(seconds=30)
    assert Worker(lambda: NOW + timedelta(seconds=10)).handle_one() is False
    assert smtp_sink.count() == 0
    assert cli("cancel", str(message.pk)).exit_code == 0
    assert Worker(lambda: NOW + timedelta(seconds=31)).handle_one() is False
    assert smtp_sink.count() == 0


def test_the_undo_window_is_configurable_and_checked(monkeypatch):
    from afterview import env
    from afterview.core.errors import InvalidInput

    monkeypatch.delenv("AFTERVIEW_UNDO_SECONDS")
    assert env.undo_window() == timedelta(seconds=30)
    monkeypatch.setenv("AFTERVIEW_UNDO_SECONDS", "5")
    assert env.undo_window() == timedelta(seconds=5)
    monkeypatch.setenv("AFTERVIEW_UNDO_SECONDS", "soon")
    with pytest.raises(InvalidInput, match="AFTERVIEW_UNDO_SECONDS='soon'"):
        env.undo_window()


@pytest.mark.slow
def test_workers_racing_after_the_undo_window_send_it_once(world, smtp_sink, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_UNDO_SECONDS", "30")

    def run(*args, input=None, now=None):
        done = world.afterview(*args, input=input, now=now)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done.stdout

    run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    run(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
        "--interviewer", "Miriam Castellanos <mc@cp.example>", "--hiring-contact", "Dana Whitfield <dana@cp.example>",
    )
    run("mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(smtp_sink.port), "--smtp-security", "none", "--smtp-user", "", "--imap-host", "")
    run("notify", "settings", "--digest", "off")
    run("send", "1", "--kind", "thank-you", "--to", "Miriam Castellanos", "--now", "--yes")
    for at, expected in ((NOW + timedelta(seconds=10), 0), (NOW + timedelta(seconds=31), 1)):
        workers = [world.worker("--once", "--interval", "0.2", now=at) for _ in range(3)]
        for process in workers:
            process.wait(timeout=300)
            assert process.returncode == 0, process.stderr.read()
        assert smtp_sink.count() == expected
    assert [row["status"] for row in world.outbox()] == ["sent"]


# -- the web --------------------------------------------------------------------------


@pytest.fixture
def approved(alice_app):
    from django.test import Client

    client = Client()
    client.force_login(alice_app.owner)
    from afterview.records.models import Contact

    miriam = Contact.objects.get(owner=alice_app.owner, name="Miriam Castellanos")
    client.post(reverse("web:draft", args=[alice_app.pk]), {"kind": "thank-you", "person": str(miriam.pk)})
    note = Message.objects.get()
    client.post(reverse("web:message", args=[note.pk]), {"op": "approve", "subject": note.subject, "body": note.body})
    note.refresh_from_db()
    assert note.status == "approved"
    return client, note


def test_without_a_mailbox_the_page_says_so_and_links_to_settings(alice, approved, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    client, note = approved
    page = client.get(reverse("web:message", args=[note.pk])).content.decode()
    assert "No mailbox is set up, so afterview cannot send this note itself" in page
    assert f'href="{reverse("web:settings")}#mail-h"' in page
    assert '<a class="button" href="' + reverse("web:message_eml", args=[note.pk]) in page  # the main action


def test_send_now_on_the_web_offers_undo(alice, alice_mail, approved, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    monkeypatch.setenv("AFTERVIEW_UNDO_SECONDS", "30")
    client, note = approved
    page = client.get(reverse("web:message", args=[note.pk])).content.decode()
    assert "No mailbox is set up" not in page
    sent = client.post(reverse("web:message", args=[note.pk]), {"op": "send_now", "subject": note.subject, "body": note.body})
    assert sent.status_code == 302 and sent["Location"] == reverse("web:outbox")
    scheduled = Message.objects.get()
    assert scheduled.scheduled_at == NOW + timedelta(seconds=30)
    outbox = client.get(reverse("web:outbox")).content.decode()
    assert "It leaves in 30 seconds" in outbox and 'value="undo"' in outbox
    undone = client.post(reverse("web:message", args=[scheduled.pk]), {"op": "undo"})
    assert undone.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.status == "cancelled"
    assert 'value="undo"' not in client.get(reverse("web:outbox")).content.decode()
