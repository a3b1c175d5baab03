"""A home that never ran `afterview init`: commands that sign notes say to run it,
`interview add` takes the zone init set and names every missing option at once,
and a zone like EST is named for what it means."""

from __future__ import annotations

import json

INTERVIEW = (
    "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
    "--at", "2026-12-03 14:00", "--until", "2026-12-03 15:00",
    "--interviewer", "Miriam Castellanos <mc@cp.example>", "--json",
)


def test_draft_on_a_home_without_init_says_to_run_init_in_one_line(afterview_process):
    made = afterview_process(*INTERVIEW, "--tz", "America/New_York")
    assert made.returncode == 0, made.stderr
    drafted = afterview_process("draft", "1")
    assert drafted.returncode == 2
    lines = drafted.stderr.decode().splitlines()
    assert lines == [
        "afterview: afterview does not know who you are yet (notes would be signed with no name); "
        "run `afterview init --name 'Your Name' --email you@example.edu --tz America/Chicago`"
    ]
    assert b"root" not in drafted.stdout


def test_interview_add_takes_the_zone_init_set(afterview_process):
    assert afterview_process("init", "--name", "Jordan Avery", "--tz", "America/New_York").returncode == 0
    made = afterview_process(*INTERVIEW[:-1])
    assert made.returncode == 0, made.stderr
    assert "2026-12-03 14:00–15:00 America/New_York" in made.stdout.decode()
    shown = json.loads(afterview_process("show", "1", "--json").stdout)
    assert json.dumps(shown).count("19:00") >= 1  # 14:00 in New York is 19:00 UTC


def test_interview_add_names_every_missing_option_at_once(afterview_process):
    result = afterview_process("interview", "add", "--company", "Calloway & Pryce LLP")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "afterview interview add: missing options '--role', '--at', '--until' and '--tz' (see `afterview interview add --help`)"
    ]
    assert afterview_process("init", "--name", "Jordan Avery", "--tz", "America/Chicago").returncode == 0
    result = afterview_process("interview", "add", "--company", "Calloway & Pryce LLP", "--at", "2026-12-03 14:00")
    assert result.stderr.decode().splitlines() == [
        "afterview interview add: missing options '--role' and '--until' (see `afterview interview add --help`)"
    ]


def test_a_fixed_offset_zone_gets_a_warning_naming_the_zone_meant(afterview_process):
    result = afterview_process("init", "--name", "Jordan Avery", "--tz", "EST")
    assert result.returncode == 0
    assert (
        "afterview: warning: EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York"
        in result.stderr.decode()
    )
    made = afterview_process(*INTERVIEW, "--tz", "PST")
    assert made.returncode == 2
    assert made.stderr.decode().strip() == "afterview: unknown time zone 'PST'; for Los Angeles time use America/Los_Angeles"


def test_the_agenda_says_which_zone_its_times_are_in(afterview_process):
    assert afterview_process("init", "--name", "Jordan Avery", "--tz", "America/Chicago").returncode == 0
    assert afterview_process(*INTERVIEW, "--tz", "America/New_York").returncode == 0
    shown = afterview_process("agenda", env={"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.decode().splitlines()[-1] == "Times are in America/Chicago, your zone (`afterview init --tz` changes it)."
