"""`afterview why APP` and `afterview playbook`."""

from __future__ import annotations

import json

from tests.cli.test_agenda import FRIDAY, start

LATER = {"AFTERVIEW_NOW": "2026-12-22T10:00:00-06:00"}


def test_why_tells_the_story_and_the_reasons(cli):
    app = start(cli)
    cli("touch", app, "thank-you-sent", "--person", "Miriam Castellanos", "--at", "2026-12-03 14:00", env=FRIDAY)
    cli("update", "add", app, "Fall transcript: 3.9 GPA", env=FRIDAY)
    result = cli("why", app, env=FRIDAY)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"{app}: Summer Associate at Calloway & Pryce LLP — thank-you-due\n")
    assert "So far (times in America/Chicago):" in out
    assert "  Thu 3 Dec 10:00  interview with Miriam Castellanos, Theo Lindqvist; no timeline stated" in out
    assert "  Thu 3 Dec 14:00  thank-you sent to Miriam Castellanos" in out
    assert "  1. ask-next-steps → Dana Whitfield: due Thu 3 Dec 12:00, overdue after Fri 4 Dec 12:00" in out
    assert "     why: Nobody said when they will decide" in out
    assert "what would change it: A reply stops this and restarts the wait" in out
    assert "     mention: Fall transcript: 3.9 GPA" in out
    assert "     call script:" in out
    assert "I know you have a lot on your plate" in out


def test_why_after_a_decision_says_the_plan_ended(cli):
    app = start(cli)
    cli("touch", app, "offer", "--person", "Dana Whitfield", env=FRIDAY)
    out = cli("why", app, env=LATER).stdout
    assert "— offer" in out.splitlines()[0]
    assert "Plan: nothing more to do." in out
    assert "The plan ended with the offer on Fri 4 Dec" in out


def test_why_json_carries_the_plan(cli):
    app = start(cli)
    told = json.loads(cli("why", app, "--json", env=FRIDAY).stdout)
    assert told["application"] == int(app) and told["stage"] == "thank-you-due"
    assert [step["action"] for step in told["plan"]][:3] == ["ask-next-steps", "thank-you", "thank-you"]
    phone = next(step for step in told["plan"] if step["action"] == "phone-call")
    assert phone["script"] and phone["changes"]


def test_why_of_an_unknown_application_is_one_line_and_exit_2(cli):
    start(cli)
    result = cli("why", "999999", env=FRIDAY)
    assert result.exit_code == 2
    assert result.stderr == "afterview: no application 999999; `afterview list` shows yours\n"


def test_playbook_shows_the_defaults_and_where_they_came_from(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    result = cli("playbook")
    assert result.exit_code == 0, result.stderr
    assert f"The install's values are read from {tmp_path / 'playbook.toml'} (not there" in result.stdout
    assert "  gap_business_days = 5    [min-gap] from default" in result.stdout
    assert '  business_hours_start = "09:00"    [timing] from default' in result.stdout


def test_playbook_names_where_each_value_came_from(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    path = tmp_path / "playbook.toml"
    path.write_text('gap_business_days = 7\nbusiness_hours_end = "16:30"\n')
    assert cli("playbook", "set", "max_follow_ups", "2").exit_code == 0
    rows = {row["key"]: row for row in json.loads(cli("playbook", "--json").stdout)}
    assert rows["gap_business_days"]["value"] == 7
    assert rows["gap_business_days"]["source"] == "install file"
    assert rows["business_hours_end"]["value"] == "16:30"
    assert rows["max_follow_ups"] == {
        "key": "max_follow_ups",
        "rule": "max-follow-ups",
        "value": 2,
        "source": "your override",
        "install_value": 3,
        "help": rows["max_follow_ups"]["help"],
    }
    assert rows["phone_after_business_days"]["source"] == "default"
    text = cli("playbook").stdout
    assert "  max_follow_ups = 2    [max-follow-ups] from your override (the install's: 3)" in text
    assert path.read_text() == 'gap_business_days = 7\nbusiness_hours_end = "16:30"\n'


def test_playbook_set_and_reset_change_only_the_candidates_own_values(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    done = cli("playbook", "set", "business_hours_start", "10:30")
    assert done.stdout == 'business_hours_start = "10:30" is now your own value (the install\'s: "09:00").\n'
    assert not (tmp_path / "playbook.toml").exists()
    assert cli("playbook", "set", "gap_business_days", "8").exit_code == 0
    bad = cli("playbook", "set", "business_hours_start", "18:00")
    assert bad.exit_code == 2
    assert bad.stderr == (
        "afterview: your playbook: business_hours_start must be before business_hours_end, not 18:00 and 17:00\n"
    )
    typo = cli("playbook", "set", "gap_days", "3")
    assert typo.stderr == "afterview: your playbook: unknown key 'gap_days'; did you mean gap_business_days?\n"
    one = cli("playbook", "reset", "gap_business_days")
    assert one.stdout == "gap_business_days is back to the install's value, 5.\n"
    rows = {row["key"]: row for row in json.loads(cli("playbook", "--json").stdout)}
    assert (rows["gap_business_days"]["source"], rows["business_hours_start"]["source"]) == ("default", "your override")
    assert cli("playbook", "reset").stdout == "Your plans follow the install's playbook again.\n"
    rows = {row["key"]: row for row in json.loads(cli("playbook", "--json").stdout)}
    assert {row["source"] for row in rows.values()} == {"default"}


def test_an_invalid_playbook_is_one_line_naming_the_key(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    (tmp_path / "playbook.toml").write_text("max_follow_ups = 0\n")
    for args in (("playbook",), ("agenda",)):
        result = cli(*args, env=FRIDAY)
        assert result.exit_code == 2
        assert result.stderr == "afterview: the install's playbook.toml: max_follow_ups must be from 1 to 10, not 0\n"


def test_the_real_program_explains_and_shows_the_playbook(afterview_process):
    from tests.cli.test_agenda import ADD

    assert afterview_process(*ADD, env=FRIDAY).returncode == 0
    why = afterview_process("why", "1", env=FRIDAY)
    assert why.returncode == 0, why.stderr
    assert b"why: Nobody said when they will decide" in why.stdout
    mine = afterview_process("playbook", "set", "gap_business_days", "7")
    assert mine.returncode == 0, mine.stderr.decode()
    shown = afterview_process("playbook")
    assert b"  gap_business_days = 7    [min-gap] from your override (the install's: 5)" in shown.stdout
    assert afterview_process("playbook", "reset").returncode == 0
    assert b"gap_business_days = 5    [min-gap] from default" in afterview_process("playbook").stdout
    (afterview_process.home / "playbook.toml").write_text("gap_days = 3\n")
    bad = afterview_process("playbook")
    assert bad.returncode == 2
    assert bad.stderr.decode().endswith("unknown key 'gap_days'; did you mean gap_business_days?\n")


def test_agenda_times_are_written_without_a_platform_specific_format():
    import inspect
    from datetime import UTC, datetime

    import afterview.cli.playbook as module

    assert module._when(datetime(2026, 12, 4, 15, 0, tzinfo=UTC), "America/Chicago") == "Fri 4 Dec 09:00"
    assert module._when(datetime(2026, 12, 14, 15, 0, tzinfo=UTC), "UTC") == "Mon 14 Dec 15:00"
    assert "%-" not in inspect.getsource(module)  # glibc only: Windows' strftime rejects it
