import json

import pytest

from afterview.records import models as m

ADD = [
    "interview",
    "add",
    "--company",
    "Calloway & Pryce LLP",
    "--role",
    "Summer Associate",
    "--at",
    "2026-12-03 10:00",
    "--until",
    "2026-12-03 12:00",
    "--tz",
    "America/Chicago",
    "--interviewer",
    "Miriam Castellanos <mc@cp.example>",
    "--interviewer",
    "Theo Lindqvist <tl@cp.example>",
    "--hiring-contact",
    "Dana Whitfield <dana@cp.example>",
    "--hiring-phone",
    "+1 312 555 0100",
    "--highlight",
    "Miriam Castellanos=her pro bono tenant work",
]

PINNED = {"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}


def _first_number(text: str) -> int:
    import re

    return int(re.search(r"\d+", text).group())


def test_init_creates_the_candidate_and_is_idempotent(cli):
    first = cli("init", "--name", "Alice Moreau", "--tz", "America/Chicago")
    again = cli("init")
    assert first.exit_code == 0 and again.exit_code == 0
    assert "Created" in first.stdout
    assert "Already set up" in again.stdout
    assert m.Profile.objects.get(is_local=True).display_name == "Alice Moreau"


def test_interview_add_prints_the_application_id_first(cli):
    result = cli(*ADD)
    assert result.exit_code == 0, result.stderr
    app_id = _first_number(result.stdout)
    app = m.Application.objects.get(pk=app_id)
    assert app.organization.name == "Calloway & Pryce LLP"
    assert app.hiring_contact.phone == "+13125550100"
    assert "2 interviewers" in result.stdout


def test_a_second_round_reuses_the_application(cli):
    app_id = _first_number(cli(*ADD).stdout)
    second = cli(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-10 09:00", "--until", "2026-12-10 10:00", "--tz", "America/Chicago",
        "--interviewer", "Theo Lindqvist <tl@cp.example>", "--application", str(app_id),
    )
    assert second.exit_code == 0, second.stderr
    assert _first_number(second.stdout) == app_id
    assert m.Interview.objects.filter(application=app_id).count() == 2


@pytest.mark.parametrize(
    "change, message",
    [
        (("--tz", "America/Chicagoo"), "unknown time zone 'America/Chicagoo'"),
        (("--interviewer", "Bad <nope>"), "is not a valid e-mail address"),
        (("--hiring-phone", "555"), "is not a valid phone number"),
        (("--until", "2026-12-03 09:00"), "must end after it starts"),
        (("--at", "soon"), "is not a date and time"),
        (("--expect-by", "12/10/2026"), "YYYY-MM-DD"),
        (("--highlight", "no equals sign"), "needs the form"),
        (("--country", "ZZ"), "unknown country"),
        (("--application", "999"), "no application 999"),
    ],
)
def test_bad_interview_input_gets_one_line_and_writes_nothing(cli, change, message):
    args = list(ADD)
    if change[0] in args and change[0] not in ("--interviewer", "--highlight"):
        args[args.index(change[0]) + 1] = change[1]
    else:
        args += list(change)
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert m.Application.objects.count() == 0
    assert m.Organization.objects.count() == 0


def test_touch_expect_and_update_are_recorded(cli):
    app_id = _first_number(cli(*ADD).stdout)
    sent = cli("touch", str(app_id), "thank-you-sent", "--person", "Theo Lindqvist", "--at", "2026-12-03 15:00", env=PINNED)
    assert sent.exit_code == 0, sent.stderr
    assert "Logged thank-you-sent with Theo Lindqvist" in sent.stdout
    assert cli("expect", str(app_id), "2026-12-18").exit_code == 0
    assert cli("update", "add", str(app_id), "Fall transcript: 3.9 GPA").exit_code == 0
    touch = m.Touch.objects.get()
    assert (touch.kind, touch.contact.name) == ("thank-you-sent", "Theo Lindqvist")
    assert m.Expectation.objects.get().on.isoformat() == "2026-12-18"
    assert m.Update.objects.get().text == "Fall transcript: 3.9 GPA"


@pytest.mark.parametrize(
    "args, message",
    [
        (("touch", "1", "waved"), "unknown kind 'waved'"),
        (("touch", "999", "reply"), "no application 999"),
        (("touch", "{app}", "reply", "--person", "Nobody"), "nobody called 'Nobody'"),
        (("touch", "{app}", "reply", "--at", "yesterday"), "not a date and time"),
        (("expect", "{app}", "soon"), "YYYY-MM-DD"),
        (("update", "add", "{app}", " "), "the update is empty"),
        (("show", "999"), "no application 999"),
    ],
)
def test_bad_log_input_gets_one_line(cli, args, message):
    app_id = _first_number(cli(*ADD).stdout)
    result = cli(*(a.format(app=app_id) for a in args))
    assert result.exit_code == 2
    assert message in result.stderr
    assert m.Touch.objects.count() == 0 and m.Update.objects.count() == 0


def test_list_and_show_describe_the_application(cli):
    app_id = _first_number(cli(*ADD).stdout)
    cli("touch", str(app_id), "thank-you-sent", "--person", "Theo Lindqvist", "--at", "2026-12-03 15:00", env=PINNED)
    listed = cli("list", "--json", env=PINNED)
    assert listed.exit_code == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert (row["id"], row["company"], row["role"]) == (app_id, "Calloway & Pryce LLP", "Summer Associate")
    assert row["stage"]
    shown = cli("show", str(app_id), env=PINNED)
    assert shown.exit_code == 0, shown.stderr
    assert "Dana Whitfield <dana@cp.example> +13125550100" in shown.stdout
    assert "Miriam Castellanos <mc@cp.example> — her pro bono tenant work" in shown.stdout
    assert "thank-you-sent — Theo Lindqvist" in shown.stdout
    report = json.loads(cli("show", str(app_id), "--json", env=PINNED).stdout)
    assert [t["kind"] for t in report["touches"]] == ["thank-you-sent"]


def test_export_import_round_trip_through_files(cli, tmp_path):
    app_id = _first_number(cli(*ADD).stdout)
    cli("update", "add", str(app_id), "Moot court finalist")
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).exit_code == 0
    refused = cli("import", str(backup))
    assert refused.exit_code == 2 and "already has 1 application" in refused.stderr
    assert cli("import", str(backup), "--replace").exit_code == 0
    again = tmp_path / "again.json"
    cli("export", str(again))
    assert json.loads(again.read_text()) == json.loads(backup.read_text())


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not UTF-8"),
        (b"{\"format\": \"afterview-export\", \"version\": 1, \"applications\": 3}", "expected a list"),
        (b"", "not valid JSON"),
    ],
)
def test_import_refuses_corrupt_files(cli, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = cli("import", str(bad))
    assert result.exit_code == 2
    assert message in result.stderr
    assert m.Organization.objects.count() == 0


def test_import_of_a_missing_file_says_so(cli, tmp_path):
    result = cli("import", str(tmp_path / "nope.json"))
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_the_real_program_records_and_lists(afterview_process):
    added = afterview_process(*ADD)
    assert added.returncode == 0, added.stderr.decode()
    app_id = _first_number(added.stdout.decode())
    listed = afterview_process("list", "--json", env=PINNED)
    assert listed.returncode == 0, listed.stderr.decode()
    assert json.loads(listed.stdout)[0]["id"] == app_id
    bad = afterview_process("touch", str(app_id), "waved")
    assert bad.returncode == 2
    assert bad.stderr.decode().strip() == (
        "afterview: unknown kind 'waved'; use one of thank-you-sent, follow-up-sent, next-steps-sent, "
        "reply, call, voicemail, offer, rejection, withdrawn"
    )
    assert (afterview_process.home / "afterview.sqlite3").exists()


def test_the_demo_never_touches_the_users_home(afterview_process, tmp_path):
    afterview_process(*ADD)
    before = (afterview_process.home / "afterview.sqlite3").stat().st_mtime_ns
    result = afterview_process(
        "demo", "--no-serve", env={"XDG_CACHE_HOME": str(tmp_path / "cache"), "AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}
    )
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Calloway & Pryce LLP" in out and "Northbridge Consulting" in out and "Lumen Health" in out
    assert str(tmp_path / "cache") in out
    assert (afterview_process.home / "afterview.sqlite3").stat().st_mtime_ns == before


def test_help_reads_well_for_every_command(cli):
    for args in (["--help"], ["interview", "add", "--help"], ["touch", "--help"], ["export", "--help"]):
        result = cli(*args)
        assert result.exit_code == 0
        assert "Usage:" in result.stdout


def test_logging_a_contact_inside_the_gap_says_when_the_gap_ends(cli):
    app_id = _first_number(cli(*ADD).stdout)
    cli("init", "--tz", "America/Chicago")
    cli("touch", str(app_id), "follow-up-sent", "--person", "Dana Whitfield", "--at", "2026-12-07 10:00", env=PINNED)
    again = cli("touch", str(app_id), "follow-up-sent", "--person", "Dana Whitfield", "--at", "2026-12-08 10:00", env=PINNED)
    assert again.exit_code == 0
    assert "inside the 5-business-day gap" in again.stdout
    assert "ends Mon 2026-12-14" in again.stdout
    assert m.Touch.objects.count() == 2


@pytest.mark.parametrize(
    "args, line",
    [
        (("touch", "abc", "reply"), "afterview touch: invalid value for 'application': 'abc' is not a valid int (see `afterview touch --help`)"),
        (("interview", "add", "--company", "X"), "afterview interview add: missing option '--role' (see `afterview interview add --help`)"),
        (("frob",), "afterview: no such command 'frob' (see `afterview --help`)"),
    ],
)
def test_usage_mistakes_get_one_line_too(cli, args, line):
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.strip() == line


def test_every_command_is_listed_with_the_module_that_registers_it():
    import afterview.cli as cli

    cli.load()
    registered = {(c.name or c.callback.__name__.rstrip("_").replace("_", "-")): c.callback.__module__ for c in cli.app.registered_commands}
    registered |= {g.name: next(iter(g.typer_instance.registered_commands)).callback.__module__ for g in cli.app.registered_groups}
    assert {name: f"afterview.cli.{module}" for name, module in cli.COMMANDS.items()} == registered


def test_a_command_loads_only_its_own_module(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; import afterview.cli as c; c.load(['list', '--json']); "
        "print(sorted(m for m in sys.modules if m.startswith('afterview.cli.') and not m.startswith('afterview.cli._')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "['afterview.cli.records']", done.stderr
