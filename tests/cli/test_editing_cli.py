"""`afterview edit`, `afterview delete` and `afterview undo`, as the real program (issue 12)."""

import json
import os
import re
import subprocess

from tests.cli.test_records_cli import ADD
from tests.processes import afterview_argv

NOW = {"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}
LATER = {"AFTERVIEW_NOW": "2026-12-04T09:05:00-06:00"}
TOO_LATE = {"AFTERVIEW_NOW": "2026-12-04T09:20:00-06:00"}


def _ids(report: dict) -> dict:
    interview = report["interviews"][0]
    return {
        "app": report["id"],
        "interview": interview["id"],
        "theo": next(p["id"] for p in interview["interviewers"] if p["name"] == "Theo Lindqvist"),
        "touch": report["touches"][0]["id"] if report["touches"] else None,
        "update": report["updates"][0]["id"] if report["updates"] else None,
        "expectation": report["expectations"][0]["id"] if report["expectations"] else None,
    }


def test_every_correction_runs_as_the_real_program(afterview_process):
    run = lambda *args, env=NOW: afterview_process(*args, env=env)  # noqa: E731
    ok = lambda result: (result.returncode == 0, result.stderr.decode())  # noqa: E731
    assert ok(run("init", "--name", "Alice Moreau", "--tz", "America/Chicago"))[0]
    app_id = int(re.search(r"\d+", run(*ADD).stdout.decode()).group())
    assert ok(run("touch", str(app_id), "thank-you-sent", "--person", "Theo Lindqvist", "--at", "2026-12-03 17:00"))[0]
    assert ok(run("update", "add", str(app_id), "Fall transcript"))[0]
    assert ok(run("expect", str(app_id), "2026-12-18"))[0]
    ids = _ids(json.loads(run("show", str(app_id), "--json").stdout))

    shown = run("show", str(app_id)).stdout.decode()
    assert f"Interview #{ids['interview']} " in shown and f"#{ids['touch']} " in shown and f"#{ids['theo']} Theo Lindqvist" in shown

    moved = run("edit", "interview", str(ids["interview"]), "--at", "2026-12-03 11:00", "--highlight", "Theo Lindqvist=the merger case")
    assert ok(moved)[0], moved.stderr.decode()
    assert moved.stdout.decode() == (
        f"Edited interview {ids['interview']} of application {app_id} (times, highlight of Theo Lindqvist).\n"
        "`afterview undo` puts it back until 09:10.\n"
    )
    for args in (
        ("edit", "application", str(app_id), "--role", "Associate", "--applied-on", "2026-11-01"),
        ("edit", "contact", str(ids["theo"]), "--email", "theo@cp.example", "--phone", "312 555 0111"),
        ("edit", "touch", str(ids["touch"]), "--note", "by e-mail"),
        ("edit", "update", str(ids["update"]), "Fall transcript: 3.9 GPA"),
        ("edit", "expectation", str(ids["expectation"]), "2026-12-21"),
    ):
        result = run(*args)
        assert ok(result) == (True, ""), args
    report = json.loads(run("show", str(app_id), "--json").stdout)
    assert report["role"] == "Associate"
    assert report["touches"][0]["note"] == "by e-mail"
    assert report["updates"][0]["text"] == "Fall transcript: 3.9 GPA"
    assert report["expectations"][0]["on"] == "2026-12-21"

    listed = run("undo", "--list", env=LATER).stdout.decode().splitlines()
    assert len(listed) == 6 and listed[0].startswith("09:00  edited expectation")

    for noun in ("expectation", "update", "touch"):
        deleted = run("delete", noun, str(ids[noun]))
        assert ok(deleted)[0], deleted.stderr.decode()
        assert deleted.stdout.decode().startswith(f"Deleted {noun} {ids[noun]} ")
    undone = run("undo", env=LATER)
    assert undone.stdout.decode() == f"Undid: deleted touch {ids['touch']} (thank-you-sent with Theo Lindqvist) of application {app_id}.\n"
    assert json.loads(run("show", str(app_id), "--json").stdout)["touches"][0]["id"] == ids["touch"]

    assert ok(run("delete", "contact", str(ids["theo"])))[0]
    assert ok(run("delete", "interview", str(ids["interview"])))[0]
    assert ok(run("delete", "application", str(app_id)))[0]
    assert json.loads(run("list", "--json").stdout) == []
    assert ok(run("undo", env=LATER))[0]
    assert [row["id"] for row in json.loads(run("list", "--json").stdout)] == [app_id]

    late = run("undo", env=TOO_LATE)
    assert (late.returncode, late.stderr.decode()) == (
        2, "afterview: nothing to undo: edits and deletes can be undone for 10 minutes\n"
    )


def test_a_bad_edit_is_one_line_and_changes_nothing(afterview_process):
    app_id = int(re.search(r"\d+", afterview_process(*ADD, env=NOW).stdout.decode()).group())
    interview = json.loads(afterview_process("show", str(app_id), "--json", env=NOW).stdout)["interviews"][0]
    bad = afterview_process("edit", "interview", str(interview["id"]), "--expect-by", "2026-12-01", env=NOW)
    assert (bad.returncode, bad.stderr.decode()) == (
        2,
        "afterview: a decision expected by Tue 2026-12-01 would come before the interview on Thu 2026-12-03; check the date\n",
    )
    missing = afterview_process("delete", "touch", "999", env=NOW)
    assert missing.returncode == 2
    assert missing.stderr.decode() == "afterview: no touch 999; `afterview show APPLICATION` lists them with their ids\n"
    early = afterview_process("expect", str(app_id), "2026-11-30", env=NOW)
    assert early.returncode == 2 and "before the interview" in early.stderr.decode()
    before = afterview_process("touch", str(app_id), "reply", "--at", "2025-12-03 10:00", env=NOW)
    assert before.returncode == 2 and "before application" in before.stderr.decode()


def test_a_thank_you_for_nobody_in_particular_needs_person_from_a_script(afterview_process):
    app_id = int(re.search(r"\d+", afterview_process(*ADD, env=NOW).stdout.decode()).group())
    result = afterview_process("touch", str(app_id), "thank-you-sent", env=NOW)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "afterview: say whom the thank-you was for (--person NAME): the interview had 2 interviewers, "
        "Miriam Castellanos, Theo Lindqvist\n"
    )
    assert "thank-you-sent" not in afterview_process("show", str(app_id), env=NOW).stdout.decode()


def test_a_thank_you_for_nobody_in_particular_asks_whom_on_a_terminal(afterview_process, tmp_path):
    import pty

    app_id = int(re.search(r"\d+", afterview_process(*ADD, env=NOW).stdout.decode()).group())
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(NOW, AFTERVIEW_HOME=str(afterview_process.home), COLUMNS="200")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        afterview_argv("touch", str(app_id), "thank-you-sent"), stdin=follower, stdout=follower, stderr=follower, env=env, cwd=tmp_path
    )
    os.close(follower)
    seen = b""
    while b"Number (1-2)" not in seen:
        seen += os.read(leader, 1024)
    os.write(leader, b"2\n")
    while True:
        try:
            chunk = os.read(leader, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(timeout=60) == 0, seen.decode()
    os.close(leader)
    text = seen.decode()
    assert "1. Miriam Castellanos" in text and "2. Theo Lindqvist" in text
    assert "Logged thank-you-sent with Theo Lindqvist" in text
