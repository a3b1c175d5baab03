"""Issue 9, item 3: restoring a backup never causes a second delivery, and a restore
followed by `afterview mail sync` counts no reply twice."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from afterview.core.errors import Refused
from afterview.outreach import inbox, outbox
from afterview.outreach.worker import Worker
from afterview.records import exchange
from afterview.records import models as m
from tests.conftest import NOW
from tests.outreach.test_reliability import drain
from tests.outreach.test_services import reply, schedule


def _restore(candidate):
    """Export, then import the same file over the records (`import --replace`)."""
    document = json.loads(exchange.dumps(exchange.export_document(candidate)))
    exchange.import_document(candidate, document, replace=True)
    return document


def test_a_note_scheduled_at_export_comes_back_held_and_is_never_sent_again(alice, alice_app, alice_mail, smtp_sink):
    message = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    document = json.loads(exchange.dumps(exchange.export_document(alice)))
    worker = Worker(lambda: NOW)
    assert worker.handle_one()
    assert smtp_sink.count() == 1
    exchange.import_document(alice, document, replace=True)
    restored = m.Message.objects.get(owner=alice)
    assert restored.pk != message.pk and restored.status == m.MessageStatus.UNKNOWN and restored.restored
    assert restored.last_error == (
        "restored from a backup while it was scheduled: it may already have left. Look in your Sent folder, then run "
        f"`afterview confirm {restored.pk} sent` or `afterview confirm {restored.pk} not-sent`"
    )
    assert not worker.handle_one()
    assert smtp_sink.count() == 1


def test_a_restored_note_found_in_the_sent_folder_is_recorded_not_sent(alice, alice_app, alice_imap, smtp_sink):
    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    document = json.loads(exchange.dumps(exchange.export_document(alice)))
    worker = Worker(lambda: NOW)
    assert worker.handle_one()  # delivered, and filed in Sent
    exchange.import_document(alice, document, replace=True)
    restored = m.Message.objects.get(owner=alice)
    # The candidate says (wrongly) that it did not leave: the Sent folder knows better.
    outbox.confirm_message(alice, restored.pk, sent=False, now=NOW)
    assert worker.handle_one()
    restored.refresh_from_db()
    assert restored.status == m.MessageStatus.SENT
    assert restored.last_error == "restored from a backup; found in your Sent folder, so not sent again"
    assert smtp_sink.count() == 1
    assert m.Touch.objects.filter(application__owner=alice, kind="thank-you-sent").count() == 1


def test_a_restored_note_stays_held_while_the_sent_folder_cannot_be_searched(
    alice, alice_app, alice_imap, smtp_sink, dovecot
):
    from afterview.outreach.models import MailAccount
    from tests.outreach.servers import free_port

    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    _restore(alice)
    MailAccount.objects.filter(owner=alice).update(imap_port=free_port())  # nothing listens there
    restored = m.Message.objects.get(owner=alice)
    outbox.confirm_message(alice, restored.pk, sent=False, now=NOW)
    assert Worker(lambda: NOW).handle_one()
    restored.refresh_from_db()
    assert restored.status == m.MessageStatus.UNKNOWN
    assert "restored from a backup and your Sent folder could not be searched" in restored.last_error
    assert smtp_sink.count() == 0


def test_a_restored_note_already_sent_under_its_message_id_is_not_sent_again(alice, alice_app, alice_mail, smtp_sink):
    first = schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    Worker(lambda: NOW).handle_one()
    first.refresh_from_db()
    twin = schedule(alice, alice_app, "Theo Lindqvist", send_now=True)
    m.Message.objects.filter(pk=twin.pk).update(message_id=first.message_id, restored=True)
    assert Worker(lambda: NOW).handle_one()
    twin.refresh_from_db()
    assert twin.status == m.MessageStatus.CANCELLED
    assert twin.last_error == f"restored from a backup, and already sent as #{first.pk}: not sent again"
    assert smtp_sink.count() == 1


@pytest.fixture
def unheld(alice, alice_app, alice_mail):
    """A `sending` note with no worker's lease, as an older import restored them."""

    def make(name="Miriam Castellanos"):
        message = schedule(alice, alice_app, name)
        m.Message.objects.filter(pk=message.pk).update(status=m.MessageStatus.SENDING, lease_until=None, restored=True)
        message.refresh_from_db()
        return message

    return make


def test_a_sending_note_without_a_lease_can_be_cancelled(alice, alice_app, unheld):
    message = unheld()
    assert outbox.cancel_message(alice, message.pk).status == m.MessageStatus.CANCELLED
    # ...and no longer stands in the way of a new note to that person.
    assert schedule(alice, alice_app, "Miriam Castellanos").status == m.MessageStatus.SCHEDULED


def test_a_sending_note_without_a_lease_can_be_confirmed(alice, unheld):
    assert outbox.confirm_message(alice, unheld().pk, sent=True, now=NOW).status == m.MessageStatus.SENT
    again = outbox.confirm_message(alice, unheld("Theo Lindqvist").pk, sent=False, now=NOW)
    assert again.status == m.MessageStatus.SCHEDULED


def test_the_worker_settles_a_sending_note_without_a_lease(alice, unheld, smtp_sink):
    message = unheld()
    assert Worker(lambda: NOW).handle_one()
    message.refresh_from_db()
    assert message.status == m.MessageStatus.UNKNOWN  # no IMAP to look in: the candidate confirms
    assert smtp_sink.count() == 0


def test_a_note_being_sent_by_a_worker_still_cannot_be_cancelled(alice, alice_app, alice_mail):
    message = schedule(alice, alice_app, "Miriam Castellanos")
    m.Message.objects.filter(pk=message.pk).update(status=m.MessageStatus.SENDING, lease_until=NOW + timedelta(minutes=5))
    with pytest.raises(Refused, match="being sent right now"):
        outbox.cancel_message(alice, message.pk)


def test_a_reply_is_counted_once_after_a_restore_and_a_fresh_sync(alice, alice_app, alice_imap, dovecot, mailbox):
    from afterview.outreach.models import MailAccount

    login, password = mailbox
    dovecot.deliver(login, password, reply("Dana Whitfield <dana@cp.example>", "<r1@cp.example>"))
    later = NOW + timedelta(days=7)
    assert len(inbox.sync_replies(alice_imap, now=later).replies) == 1
    document = _restore(alice)
    assert document["seen_replies"] == ["<r1@cp.example>"]
    # A new mailbox set-up reads the inbox from the start again.
    MailAccount.objects.filter(owner=alice).update(imap_uidvalidity=None, imap_last_uid=0, synced_at=None)
    alice_imap.refresh_from_db()
    assert inbox.sync_replies(alice_imap, now=later).replies == []
    assert m.Touch.objects.filter(application__owner=alice, kind="reply").count() == 1


# -- as real programs against a real SMTP server ---------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_export_deliver_restore_and_work_again_delivers_nothing_twice(world, smtp_sink, tmp_path, workers):
    world.seed(10, smtp_sink.port)
    backup = tmp_path / "backup.json"
    exported = world.afterview("export", str(backup))
    assert exported.returncode == 0, exported.stderr
    drain(world, workers)
    assert smtp_sink.count() == 10
    restored = world.afterview("import", str(backup), "--replace")
    assert restored.returncode == 0, restored.stderr
    drain(world, workers)
    ids = smtp_sink.message_ids()
    assert len(ids) == 10 and len(set(ids)) == 10
    assert {row["status"] for row in world.outbox()} == {"unknown"}


def test_confirming_restored_notes_finds_them_in_the_sent_folder(world, smtp_sink, dovecot, mailbox, tmp_path):
    login, password = mailbox
    world.seed(4, smtp_sink.port, imap={"port": dovecot.port, "login": login, "password": password})
    backup = tmp_path / "backup.json"
    assert world.afterview("export", str(backup)).returncode == 0
    drain(world, 2)
    assert smtp_sink.count() == 4
    assert world.afterview("import", str(backup), "--replace").returncode == 0
    for row in world.outbox():
        done = world.afterview("confirm", str(row["id"]), "not-sent")
        assert done.returncode == 0, done.stderr
    drain(world, 2)
    assert smtp_sink.count() == 4
    assert {row["status"] for row in world.outbox()} == {"sent"}
