"""Every `afterview office` command of the admin's part as a real process, on the suite's
database kind (PostgreSQL when AFTERVIEW_TEST_DATABASE_URL is set), and several
processes sending one batch of invitations through a real SMTP server: each once."""

from __future__ import annotations

import json
import subprocess
from collections import Counter

from tests.office.admin_helpers import RELAY_SETTINGS, bounce_for
from tests.outreach.conftest import make_world, postgres_template, smtp_sink, sqlite_template, world  # noqa: F401
from tests.outreach.world import ROOT
from tests.processes import afterview_argv


def run(world, *args, sink=None, timeout=120):
    env = world.env()
    if sink is not None:
        env.update(DJANGO_SETTINGS_MODULE=RELAY_SETTINGS, TEST_RELAY_PORT=str(sink.port))
    return subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def test_an_admin_runs_the_office_from_the_command_line(world, smtp_sink, tmp_path):
    first = ok(run(world, "office", "init", "--name", "Law Careers", "--admin", "Dana@Example.edu"))
    assert "This install is now the office Law Careers; dana@example.edu is its admin." in first.stdout
    assert first.stdout.strip().splitlines()[-1].startswith("http://127.0.0.1:8000/office/join/")
    if world.url is None:
        [warning] = [line for line in first.stderr.splitlines() if "SQLite" in line]
        assert warning.startswith("afterview: this office runs on SQLite, which is for trying it")
    again = run(world, "office", "init", "--name", "Other", "--admin", "x@example.edu")
    assert again.returncode == 1
    assert again.stderr == "afterview: this install is already the office Law Careers; nothing changed\n"

    ok(run(world, "office", "cohort", "add", "JD 2027"))
    ok(run(world, "office", "cohort", "add", "LLM 2027"))
    bad = tmp_path / "bad.csv"
    bad.write_text("name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nBob,bob@,JD 2027\n")
    refused = run(world, "office", "invite", "--csv", str(bad))
    assert refused.returncode == 2
    assert refused.stderr == 'afterview: row 3: "bob@" is not an e-mail address; fix it and import again\n'

    good = tmp_path / "cohort.csv"
    good.write_text("name,e-mail,cohort\nAnn Lee,ann@example.edu,JD 2027\nBob Ray,bob@example.edu,jd 2027\n")
    sent = ok(run(world, "office", "invite", "--csv", str(good), "--days", "10", sink=smtp_sink))
    assert "Invited 2 people; sent 2." in sent.stdout
    ok(run(world, "office", "invite", "cy@example.edu", "--name", "Cy Diaz", "--cohort", "LLM 2027", sink=smtp_sink))
    ok(run(world, "office", "adviser", "invite", "ed@example.edu", "--name", "Ed Hale", "--cohort", "JD 2027", sink=smtp_sink))
    assigned = ok(run(world, "office", "adviser", "assign", "ed@example.edu", "--cohort", "LLM 2027"))
    assert "ed@example.edu advises JD 2027, LLM 2027." in assigned.stdout
    assert sorted(r.recipients[0] for r in smtp_sink.received) == [
        "ann@example.edu", "bob@example.edu", "cy@example.edu", "ed@example.edu"
    ]
    listed = json.loads(ok(run(world, "office", "cohort", "list", "--json")).stdout)
    assert listed == [{"name": "JD 2027", "students": 0, "advisers": ["ed@example.edu"]}, {"name": "LLM 2027", "students": 0, "advisers": ["ed@example.edu"]}]

    rows = {r["email"]: r for r in json.loads(ok(run(world, "office", "invitations", "--json")).stdout)}
    assert {e: r["state"] for e, r in rows.items()} == {
        "dana@example.edu": "sent", "ann@example.edu": "sent", "bob@example.edu": "sent", "cy@example.edu": "sent", "ed@example.edu": "sent"
    }
    ann, bob = rows["ann@example.edu"]["id"], rows["bob@example.edu"]["id"]
    ok(run(world, "office", "invite", "resend", str(ann), sink=smtp_sink))
    assert smtp_sink.count() == 5
    ok(run(world, "office", "invite", "revoke", str(bob)))
    eml = tmp_path / "bounce.eml"
    eml.write_bytes(bounce_for("ann@example.edu"))
    bounced = ok(run(world, "office", "invite", "bounced", str(eml)))
    assert f"Invitation {ann} to ann@example.edu bounced" in bounced.stdout
    text = ok(run(world, "office", "invitations")).stdout
    assert "revoked   bob@example.edu (student, JD 2027), until Mon 14 Dec, 15:00 UTC" in text  # --days 10
    assert "bounced   ann@example.edu" in text
    # Nothing left unsent: a second `send` (a relay configured later, say) sends nothing.
    assert "Sent 0 invitations." in ok(run(world, "office", "invite", "send", sink=smtp_sink)).stdout
    assert smtp_sink.count() == 5

    ok(run(world, "office", "defaults", "set", "gap_business_days", "7"))
    ok(run(world, "office", "defaults", "set", "digest", "weekly"))
    shown = json.loads(ok(run(world, "office", "defaults", "--json")).stdout)
    assert shown == {"playbook": {"gap_business_days": 7}, "digest": "weekly"}
    ok(run(world, "office", "defaults", "reset", "gap_business_days"))
    out_of_range = run(world, "office", "defaults", "set", "gap_business_days", "700")
    assert out_of_range.returncode == 2 and out_of_range.stderr.count("\n") == 1


def test_several_processes_sending_one_batch_mail_each_invitation_once(world, smtp_sink, tmp_path):
    ok(run(world, "office", "init", "--name", "Law Careers", "--admin", "dana@example.edu"))
    ok(run(world, "office", "cohort", "add", "JD 2027"))
    batch = tmp_path / "batch.csv"
    batch.write_text("name,e-mail,cohort\n" + "".join(f"Student {n},s{n}@example.edu,JD 2027\n" for n in range(24)))
    made = ok(run(world, "office", "invite", "--csv", str(batch)))  # no relay here: made, not sent
    assert "Invited 24 people; sent 0." in made.stdout

    env = world.env()
    env.update(DJANGO_SETTINGS_MODULE=RELAY_SETTINGS, TEST_RELAY_PORT=str(smtp_sink.port))
    senders = [
        subprocess.Popen(afterview_argv("office", "invite", "send"), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=300) for p in senders]
    assert all(p.returncode == 0 for p in senders), [err for _, err in outputs]
    counts = Counter(r.recipients[0] for r in smtp_sink.received)
    assert len(counts) == 24 and set(counts.values()) == {1}
    total = sum(int(out.split()[1]) for out, _ in outputs)
    assert total == 24  # each process reports only what it sent itself
    rows = json.loads(ok(run(world, "office", "invitations", "--json")).stdout)
    assert {r["times_sent"] for r in rows} == {1}
