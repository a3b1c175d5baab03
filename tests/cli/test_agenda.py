"""`afterview agenda`: what to do now, overdue first, then the next 7 days."""

from __future__ import annotations

import json
import re

from afterview.records.agenda import AGENDA_KEYS

ADD = [
    "interview", "add",
    "--company", "Calloway & Pryce LLP",
    "--role", "Summer Associate",
    "--at", "2026-12-03 10:00",
    "--until", "2026-12-03 12:00",
    "--tz", "America/Chicago",
    "--interviewer", "Miriam Castellanos <mc@cp.example>",
    "--interviewer", "Theo Lindqvist <tl@cp.example>",
    "--hiring-contact", "Dana Whitfield <dana@cp.example>",
    "--hiring-phone", "+1 312 555 0100",
]  # fmt: skip

FRIDAY = {"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}  # the morning after the interview
SATURDAY = {"AFTERVIEW_NOW": "2026-12-05T10:00:00-06:00"}  # the thank-yous are overdue
ACTIONS = {"ask-next-steps", "thank-you", "follow-up", "phone-call", "close-out"}


def start(cli) -> str:
    """Alice (in Chicago) logs yesterday's interview; returns the application's id."""
    assert cli("init", "--name", "Alice Moreau", "--tz", "America/Chicago").exit_code == 0
    result = cli(*ADD, env=FRIDAY)
    assert result.exit_code == 0, result.stderr
    return re.search(r"\d+", result.stdout).group()


def test_json_lists_exactly_the_issues_keys(cli):
    start(cli)
    result = cli("agenda", "--json", env=FRIDAY)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [tuple(row) for row in rows] == [AGENDA_KEYS] * len(rows)
    assert [(r["action"], r["person"]) for r in rows] == [
        ("ask-next-steps", "Dana Whitfield"),
        ("thank-you", "Miriam Castellanos"),
        ("thank-you", "Theo Lindqvist"),
    ]
    first = rows[0]
    assert first["company"] == "Calloway & Pryce LLP" and first["role"] == "Summer Associate"
    assert isinstance(first["application"], int)
    assert first["due"] == "2026-12-03T18:00:00+00:00"  # the interview's end
    assert first["earliest"] == "2026-12-03T18:00:00+00:00"
    assert first["latest"] == "2026-12-04T18:00:00+00:00"  # 24 hours later
    assert first["rule"] == "next-steps"
    assert first["blocked_until"] is None
    assert "Dana Whitfield" in first["reason"]


def test_all_shows_the_whole_plan(cli):
    start(cli)
    rows = json.loads(cli("agenda", "--all", "--json", env=FRIDAY).stdout)
    assert {row["action"] for row in rows} <= ACTIONS
    assert [row["action"] for row in rows][3:] == ["follow-up", "phone-call", "phone-call", "close-out"]
    # no date was stated: ten business days after Thu 3 Dec is Thu 17 Dec, 09:00 in Chicago
    assert rows[3]["due"] == "2026-12-17T15:00:00+00:00"
    assert rows[-1]["person"] is None


def test_overdue_comes_first_with_reasons_grouped_by_day(cli):
    start(cli)
    result = cli("agenda", env=SATURDAY)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Overdue"
    assert "ask-next-steps → Dana Whitfield" in lines[1]
    assert "Calloway & Pryce LLP, Summer Associate" in lines[1]
    assert lines[2].strip().startswith("Nobody said when they will decide")
    assert lines[3].strip() == "overdue since Fri 4 Dec 12:00"
    assert "thank-you → Miriam Castellanos" in result.stdout


def test_upcoming_steps_are_grouped_under_their_day(cli):
    app = start(cli)
    for who in ("Miriam Castellanos", "Theo Lindqvist"):
        cli("touch", app, "thank-you-sent", "--person", who, "--at", "2026-12-03 14:00", env=FRIDAY)
    cli("touch", app, "reply", "--person", "Dana Whitfield", "--expect-by", "2026-12-10", env=FRIDAY)
    result = cli("agenda", env=FRIDAY)
    assert result.stdout.splitlines()[:3] == [
        "Fri 11 Dec",
        f"  09:00  follow-up → Dana Whitfield  ·  Calloway & Pryce LLP, Summer Associate (#{app})",
        "      They wrote on Fri 4 Dec that news would come by Thu 10 Dec; if nothing comes by then, "
        "send Dana Whitfield a polite follow-up on Fri 11 Dec, the next business day.",
    ]


def test_a_step_the_gap_holds_back_says_until_when(cli):
    app = start(cli)
    for who in ("Miriam Castellanos", "Theo Lindqvist"):
        cli("touch", app, "thank-you-sent", "--person", who, "--at", "2026-12-03 14:00", env=FRIDAY)
    cli("touch", app, "reply", "--person", "Dana Whitfield", "--expect-by", "2026-12-08", env=FRIDAY)
    result = cli("agenda", env=FRIDAY)
    assert result.stdout.splitlines()[0] == "Thu 10 Dec"
    assert "      held until Thu 10 Dec 09:00 (min-gap)" in result.stdout.splitlines()
    rows = json.loads(cli("agenda", "--json", env=FRIDAY).stdout)
    assert rows[0]["blocked_until"] == "2026-12-10T15:00:00+00:00"


def test_a_quiet_week_says_so(cli):
    app = start(cli)
    for who in ("Miriam Castellanos", "Theo Lindqvist"):
        cli("touch", app, "thank-you-sent", "--person", who, env=FRIDAY)
    cli("touch", app, "next-steps-sent", "--person", "Dana Whitfield", env=FRIDAY)
    result = cli("agenda", env=FRIDAY)
    assert result.exit_code == 0
    assert result.stdout.startswith("Nothing to do in the next 7 days")
    assert json.loads(cli("agenda", "--json", env=FRIDAY).stdout) == []


def test_a_playbook_toml_changes_the_plan(cli, tmp_path, monkeypatch):
    start(cli)
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    (tmp_path / "playbook.toml").write_text("follow_up_wait_business_days = 3\ngap_business_days = 2\n")
    rows = json.loads(cli("agenda", "--all", "--json", env=FRIDAY).stdout)
    follow_up = next(r for r in rows if r["action"] == "follow-up")
    assert follow_up["due"] == "2026-12-08T15:00:00+00:00"  # three business days after Thu 3 Dec


def test_the_real_program_prints_the_agenda(afterview_process):
    assert afterview_process(*ADD, env=FRIDAY).returncode == 0
    done = afterview_process("agenda", "--json", env=FRIDAY)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {row["action"] for row in rows} == {"ask-next-steps", "thank-you"}
    text = afterview_process("agenda", env=SATURDAY)
    assert text.returncode == 0 and text.stdout.decode().startswith("Overdue")


def test_the_agenda_leaves_garbage_collection_as_it_found_it(cli):
    import gc

    start(cli)
    assert gc.isenabled()
    cli("agenda", env=FRIDAY)
    assert gc.isenabled()
