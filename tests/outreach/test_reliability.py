"""The outbox under stress, with real `afterview worker` processes: racing workers,
a worker killed mid-send. Each test counts what the SMTP server received."""

from __future__ import annotations

import signal
import time
from datetime import timedelta

import pytest

from tests.conftest import NOW

pytestmark = pytest.mark.slow

WAIT = 600  # seconds: far beyond what a healthy run takes, to fail rather than hang


def drain(world, workers: int) -> float:
    """Start `workers` workers at once and wait for all; returns the seconds taken."""
    started = time.monotonic()
    processes = [world.worker("--once", "--interval", "0.2") for _ in range(workers)]
    for process in processes:
        process.wait(timeout=WAIT)
    elapsed = time.monotonic() - started
    for process in processes:
        assert process.returncode == 0, process.stderr.read()
    return elapsed


def assert_delivered_exactly_once(world, sink, count: int) -> None:
    ids = sink.message_ids()
    assert len(ids) == count, f"{len(ids)} messages received for {count} due"
    assert len(set(ids)) == count, f"{len(ids) - len(set(ids))} duplicates"
    rows = world.outbox()
    assert {row["status"] for row in rows} == {"sent"}
    assert sorted(row["message_id"] for row in rows) == sorted(ids)


@pytest.mark.parametrize("workers", [2, 4])
def test_workers_on_postgresql_deliver_1000_messages_exactly_once(postgres_template, make_world, smtp_sink, workers):
    world = make_world(postgres_template)
    world.seed(1000, smtp_sink.port)
    drain(world, workers)
    assert_delivered_exactly_once(world, smtp_sink, 1000)


def test_workers_on_sqlite_share_the_outbox_without_duplicates(sqlite_template, make_world, smtp_sink):
    world = make_world(sqlite_template)
    world.seed(150, smtp_sink.port)
    drain(world, 3)
    assert_delivered_exactly_once(world, smtp_sink, 150)


def kill_on_delivery(sink, process_box: list):
    """Kill the worker the moment the server has the message, before it answers 250."""

    def on_data(received):
        sink.on_data = None
        process_box[0].send_signal(signal.SIGKILL)

    return on_data


def test_a_worker_killed_after_the_server_took_the_message_sends_no_second_copy(world, smtp_sink):
    world.seed(1, smtp_sink.port)
    box = []
    smtp_sink.on_data = kill_on_delivery(smtp_sink, box)
    box.append(world.worker("--once"))
    assert box[0].wait(timeout=WAIT) == -signal.SIGKILL
    assert smtp_sink.count() == 1

    # Restarted at once: the lease still holds, nothing happens.
    restarted = world.afterview("worker", "--once")
    assert restarted.returncode == 0, restarted.stderr
    [row] = world.outbox()
    assert row["status"] == "sending"

    # After the lease: no IMAP to check, so the candidate is asked.
    later = NOW + timedelta(minutes=20)
    for _ in range(2):
        assert world.afterview("worker", "--once", now=later).returncode == 0
    [row] = world.outbox()
    assert row["status"] == "unknown"
    assert "afterview confirm 1 sent" in row["note"]
    assert smtp_sink.count() == 1

    confirmed = world.afterview("confirm", "1", "sent", now=later)
    assert confirmed.returncode == 0, confirmed.stderr
    assert world.outbox()[0]["status"] == "sent"


def test_a_killed_worker_is_reconciled_from_the_sent_folder(world, smtp_sink, dovecot, mailbox):
    login, password = mailbox
    world.seed(1, smtp_sink.port, imap={"port": dovecot.port, "login": login, "password": password})
    box = []

    def provider_files_it_then_worker_dies(received):
        # Like providers that file submitted mail in Sent themselves.
        smtp_sink.on_data = None
        dovecot.deliver(login, password, received.data, folder="Sent")
        box[0].send_signal(signal.SIGKILL)

    smtp_sink.on_data = provider_files_it_then_worker_dies
    box.append(world.worker("--once"))
    assert box[0].wait(timeout=WAIT) == -signal.SIGKILL

    later = NOW + timedelta(minutes=20)
    for _ in range(2):
        done = world.afterview("worker", "--once", now=later)
        assert done.returncode == 0, done.stderr
    [row] = world.outbox()
    assert row["status"] == "sent"
    assert "found in your Sent folder" in row["note"]
    assert smtp_sink.count() == 1
