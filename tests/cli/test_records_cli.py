import json
from datetime import UTC, datetime

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
    assert "Dana Whitfield <dana@cp.example> +1 312-555-0100" in shown.stdout
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
        "reply, call, voicemail, offer, rejection, withdrawn, accepted, declined, request-answered"
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
        # Every missing option at once; --tz too on a home whose zone was never set.
        (
            ("interview", "add", "--company", "X"),
            "afterview interview add: missing options '--role', '--at', '--until' and '--tz' (see `afterview interview add --help`)",
        ),
        (("frob",), "afterview: no such command 'frob' (see `afterview --help`)"),
    ],
)
def test_usage_mistakes_get_one_line_too(cli, args, line):
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.strip() == line


def test_greet_sets_how_drafts_open_as_a_real_process(afterview_process):
    assert afterview_process("init", "--name", "Jordan Avery").returncode == 0  # drafts are signed
    made = afterview_process(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
        "--interviewer", "Miriam Castellanos <mc@cp.example>", "--interviewer", "Theo Lindqvist <tl@cp.example>",
        "--salutation", "Theo Lindqvist=Mr. Lindqvist", "--json",
    )
    assert made.returncode == 0, made.stderr
    app_id = str(__import__("json").loads(made.stdout)["id"])
    greeted = afterview_process("greet", app_id, "Miriam Castellanos", "dr Castellanos")
    assert greeted.returncode == 0, greeted.stderr
    assert b'begin "Dear Dr. Castellanos,"' in greeted.stdout
    drafts = afterview_process("draft", app_id)
    assert b"Dear Dr. Castellanos," in drafts.stdout and b"Dear Mr. Lindqvist," in drafts.stdout
    assert afterview_process("greet", app_id, "--formal").returncode == 0
    bad = afterview_process("greet", app_id, "Miriam Castellanos", "Dear Miriam")
    assert bad.returncode == 2 and b"without 'Dear'" in bad.stderr and b"Traceback" not in bad.stderr


def test_the_real_program_reports_a_hostile_template_in_one_line(afterview_process):
    assert afterview_process("init", "--name", "Jordan Avery").returncode == 0  # drafts are signed
    assert afterview_process(*ADD).returncode == 0
    templates = afterview_process.home / "templates"
    templates.mkdir()
    for text, expected in (
        ("Subject: hi\n\n{{ 1/0 }}\n", "afterview: template thank-you.j2 (line 3) does not render: division by zero\n"),
        ("Subject: hi\n\n{% include 'thank-you.j2' %}\n", "afterview: template thank-you.j2 (line 3) does not render: it includes itself, without end\n"),
        (
            "Subject: hi\n\n{{ cycler.__init__.__globals__.os.popen('id').read() }}\n",
            "afterview: template thank-you.j2 (line 3) does not render: it reaches for something templates may not use\n",
        ),
        (b"Subject: caf\xe9\n\nhi\n", "afterview: template thank-you.j2 is not UTF-8 text; save it as UTF-8\n"),
    ):
        path = templates / "thank-you.j2"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        result = afterview_process("draft", "1", env=PINNED)
        assert result.returncode == 2
        assert result.stderr.decode() == expected


def test_list_and_show_print_markup_in_names_as_typed(cli):
    marked = [a if a != "Calloway & Pryce LLP" else "Acme [/bold] Corp" for a in ADD]
    marked = [a if a != "Summer Associate" else "[red]Analyst[/]" for a in marked]
    app_id = _first_number(cli(*marked).stdout)
    cli("touch", str(app_id), "reply", "--person", "Dana Whitfield", "--note", "Re: [/]", env=PINNED)
    listed = cli("list", env=PINNED)
    assert listed.exit_code == 0
    assert "Acme [/bold] Corp" in listed.stdout and "[red]Analyst[/]" in listed.stdout
    shown = cli("show", str(app_id), env=PINNED)
    assert shown.exit_code == 0
    assert f"{app_id}: [red]Analyst[/] at Acme [/bold] Corp" in shown.stdout
    assert "Re: [/]" in shown.stdout


def test_stored_escape_sequences_never_reach_the_terminal(cli):
    from afterview.records.services import add_touch, local_candidate

    app_id = _first_number(cli(*ADD).stdout)
    candidate = local_candidate()
    add_touch(candidate, app_id, "reply", at=datetime(2026, 12, 4, 15, tzinfo=UTC), note="Re: \x1b]0;owned\x07 next steps", person="Dana Whitfield")
    for args in (["show", str(app_id)], ["why", str(app_id)], ["agenda", "--all"], ["list"]):
        result = cli(*args, env=PINNED)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args


@pytest.mark.parametrize("bad", ["Acme\x00Corp", "Acme\u2028Corp", "Acme\x0bCorp", "Acme \x1b]0;x\x07 Corp", "Acme\x85Corp"])
def test_names_with_control_characters_are_refused(cli, bad):
    marked = [a if a != "Calloway & Pryce LLP" else bad for a in ADD]
    result = cli(*marked)
    assert result.exit_code == 2
    assert "contains control characters" in result.stderr


def test_the_home_and_its_database_are_private(afterview_process, tmp_path):
    import stat

    home = afterview_process.home
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    first = afterview_process("init")
    assert first.returncode == 0, first.stderr.decode()
    notes = first.stderr.decode().splitlines()
    assert notes == [f"afterview: {home} was open to other users (mode 0755); it is now 0700."]
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert afterview_process(*ADD).returncode == 0
    exported = afterview_process("export", str(tmp_path / "backup.json"))
    assert exported.returncode == 0 and exported.stderr == b""
    assert stat.S_IMODE((tmp_path / "backup.json").stat().st_mode) == 0o600
    import sqlite3

    # While a connection is open, SQLite keeps -wal and -shm beside the database, made with its mode.
    reader = sqlite3.connect(home / "afterview.sqlite3")
    try:
        reader.execute("PRAGMA journal_mode=WAL")
        reader.execute("SELECT COUNT(*) FROM records_application").fetchone()
        database = [p for p in home.iterdir() if p.name.startswith("afterview.sqlite3")]
        assert {p.name for p in database} >= {"afterview.sqlite3", "afterview.sqlite3-wal", "afterview.sqlite3-shm"}
        for path in database:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        reader.close()


def test_a_loose_database_file_is_tightened(afterview_process):
    import stat

    assert afterview_process("init").returncode == 0
    database = afterview_process.home / "afterview.sqlite3"
    database.chmod(0o644)
    again = afterview_process("list")
    assert again.returncode == 0
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert again.stderr.decode() == f"afterview: {database} was open to other users (mode 0644); it is now 0600.\n"


def test_sessions_revoke_runs_as_a_program(afterview_process):
    result = afterview_process("sessions", "revoke")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b"Signed out 0 web sessions; sign in again with `afterview serve`.\n"


def test_the_real_program_restores_a_backup(afterview_process, tmp_path):
    """The README's restore step, as a real process: Django is set up before the
    command imports anything that needs it (issue 9, item 1)."""
    assert afterview_process(*ADD).returncode == 0
    assert afterview_process("expect", "1", "2026-12-18").returncode == 0
    assert afterview_process("update", "add", "1", "Fall transcript: 3.9 GPA").returncode == 0
    exported = afterview_process("export", str(tmp_path / "backup.json"))
    assert exported.returncode == 0, exported.stderr.decode()
    again = afterview_process("import", str(tmp_path / "backup.json"), "--replace")
    assert again.returncode == 0, again.stderr.decode()
    assert again.stdout.decode().strip() == f"Imported 1 application(s) from {tmp_path / 'backup.json'}."
    missing = afterview_process("import", str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert missing.stderr.decode().strip() == f"afterview: cannot read {tmp_path / 'nope.json'}: No such file or directory"


def test_the_real_program_imports_into_a_fresh_home(afterview_process, tmp_path):
    assert afterview_process(*ADD).returncode == 0
    assert afterview_process("export", str(tmp_path / "backup.json")).returncode == 0
    import shutil

    shutil.rmtree(afterview_process.home)
    restored = afterview_process("import", str(tmp_path / "backup.json"))
    assert restored.returncode == 0, restored.stderr.decode()
    listed = afterview_process("list", "--json", env=PINNED)
    assert [row["company"] for row in json.loads(listed.stdout)] == ["Calloway & Pryce LLP"]


def test_every_command_is_listed_with_the_module_that_registers_it():
    import afterview.cli as cli

    cli.load()
    registered = {(c.name or c.callback.__name__.rstrip("_").replace("_", "-")): c.callback.__module__ for c in cli.app.registered_commands}
    # A group is registered by the module that makes it (its subcommands may live in
    # modules of their own: `afterview office` loads cli/office_*.py).
    registered |= {g.name: _maker_of(g.typer_instance) for g in cli.app.registered_groups}
    assert {name: f"afterview.cli.{module}" for name, module in cli.COMMANDS.items()} == registered


def _maker_of(group) -> str:
    """The module that makes a Typer group: of the modules holding it (the maker, and
    those adding subcommands to it, which import it from there), the one they import."""
    import sys

    holders = [name for name, module in sys.modules.items() if name.startswith("afterview.cli.") and group in vars(module).values()]
    return min(holders, key=len)


def test_a_command_loads_only_its_own_module(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; import afterview.cli as c; c.load(['list', '--json']); "
        "print(sorted(m for m in sys.modules if m.startswith('afterview.cli.') and not m.startswith('afterview.cli._')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "['afterview.cli.records']", done.stderr
