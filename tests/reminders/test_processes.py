"""Real `afterview worker` processes against one database: racing workers, a restart and
a worker killed mid-send each leave exactly one reminder per step and one digest."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from tests.outreach.world import ROOT

WAIT = 300


def seed(world, smtp_sink, json_sink):
    done = subprocess.run(
        [sys.executable, "-m", "tests.reminders.seed", "--smtp-port", str(smtp_sink.port), "--channel", json_sink.url],
        env=world.env(), capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr


def test_several_workers_and_a_restart_send_each_reminder_and_the_digest_exactly_once(world, smtp_sink, json_sink):
    seed(world, smtp_sink, json_sink)
    workers = [world.worker("--once", "--interval", "0.2") for _ in range(3)]
    for process in workers:
        assert process.wait(timeout=WAIT) == 0, process.stderr.read()
    restarted = world.afterview("worker", "--once")
    assert restarted.returncode == 0, restarted.stderr

    assert sorted(json_sink.titles()) == [
        "Ask Dana Whitfield about next steps and the timeline",
        "Send Miriam Castellanos a thank-you note",
        "Send Theo Lindqvist a thank-you note",
    ]
    assert smtp_sink.count() == 1
    [digest] = smtp_sink.received
    assert digest.recipients == ("alice@example.edu",)
    assert digest.mail["Subject"] == "afterview: 3 steps for Friday 4 Dec"

    status = world.afterview("status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["sent_last_day"] == 4
    assert report["reachable"] is True


def test_a_worker_killed_while_a_reminder_goes_out_sends_no_second_copy(world, smtp_sink, json_sink):
    seed(world, smtp_sink, json_sink)
    box = []

    def kill(body):
        json_sink.on_post = None
        box[0].send_signal(signal.SIGKILL)

    json_sink.on_post = kill
    box.append(world.worker("--once"))
    assert box[0].wait(timeout=WAIT) == -signal.SIGKILL
    assert len(json_sink.received) == 1
    first = json_sink.titles()[0]

    restarted = world.afterview("worker", "--once")
    assert restarted.returncode == 0, restarted.stderr
    assert json_sink.titles().count(first) == 1
    assert len(json_sink.received) == 3
