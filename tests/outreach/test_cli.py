"""The outreach commands: mail setup/test/show/sync, send, outbox, cancel, confirm,
worker and draft --eml; in-process, and once as real programs end to end."""

from __future__ import annotations

import email
import json
from datetime import UTC, datetime
from email import policy

import pytest
from typer.testing import CliRunner

from afterview.outreach.models import MailAccount
from afterview.records.models import Message, MessageStatus
from tests.conftest import NOW


@pytest.fixture
def cli(db, monkeypatch):
    from afterview.cli import app

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


def setup_args(sink, *extra):
    return ["mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
            "--smtp-port", str(sink.port), "--smtp-security", "none", *extra]


def one_line_error(result, text):
    assert result.exit_code == 2, result.output
    assert text in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


# -- mail ---------------------------------------------------------------------------------


def test_mail_setup_reads_passwords_from_stdin_and_never_shows_them(cli, alice, smtp_sink, dovecot, mailbox):
    login, password = mailbox
    result = cli(
        *setup_args(smtp_sink, "--smtp-user", "alice", "--smtp-password-stdin", "--imap-host", "127.0.0.1",
                    "--imap-port", str(dovecot.port), "--imap-security", "none", "--imap-user", login,
                    "--imap-password-stdin"),
        input=f"smtp-secret\n{password}\n",
    )
    assert result.exit_code == 0, result.stderr
    assert "Mailbox saved: notes leave from Alice Moreau <alice@example.edu>" in result.stdout
    account = MailAccount.objects.get(owner=alice)
    assert "smtp-secret" not in account.smtp_password_token
    for args in (["mail", "show"], ["mail", "show", "--json"]):
        shown = cli(*args)
        assert shown.exit_code == 0
        assert "smtp-secret" not in shown.stdout and password not in shown.stdout
        assert "stored, encrypted" in shown.stdout
    exported = cli("export", "-")
    assert "smtp-secret" not in exported.stdout and password not in exported.stdout
    assert account.smtp_password_token not in exported.stdout


def test_mail_setup_off_a_terminal_says_how_to_give_the_password(cli, alice, smtp_sink):
    one_line_error(cli(*setup_args(smtp_sink, "--smtp-user", "alice")), "--smtp-password-stdin")
    one_line_error(cli("mail", "setup", "--smtp-host", "h"), "--from is missing")
    assert not MailAccount.objects.exists()


def test_mail_setup_prompts_for_what_is_missing_in_a_terminal(cli, alice, smtp_sink, monkeypatch):
    from afterview.cli import outreach

    monkeypatch.setattr(outreach, "_interactive", lambda: True)
    answers = "\n".join(["Alice Moreau <alice@example.edu>", "127.0.0.1", "none", str(smtp_sink.port), "alice", "", "typed-secret"])
    result = cli("mail", "setup", input=answers + "\n")
    assert result.exit_code == 0, result.stderr
    assert "typed-secret" not in result.stdout
    account = MailAccount.objects.get(owner=alice)
    assert (account.smtp_port, account.smtp_user, account.has_imap) == (smtp_sink.port, "alice", False)
    from afterview.outreach.account import smtp_server

    assert smtp_server(account).password == "typed-secret"


def test_mail_test_says_plainly_what_failed(cli, alice, smtp_sink, dovecot, mailbox):
    login, password = mailbox
    cli(*setup_args(smtp_sink, "--smtp-user", "", "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port),
                    "--imap-security", "none", "--imap-user", login, "--imap-password-stdin"), input=f"{password}\n")
    ok = cli("mail", "test")
    assert ok.exit_code == 0, ok.stdout
    assert f"SMTP 127.0.0.1:{smtp_sink.port} (none): ok" in ok.stdout
    assert "IMAP" in ok.stdout and "Sent folder is 'Sent'" in ok.stdout

    smtp_sink.stop()
    failed = cli("mail", "test")
    assert failed.exit_code == 1
    assert f"SMTP 127.0.0.1:{smtp_sink.port} (none): FAILED — connection: refused" in failed.stdout


def test_mail_sync_reports_the_replies_it_found(cli, alice, alice_app, smtp_sink, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, (
        b"From: Dana Whitfield <dana@cp.example>\r\nSubject: Re: Next steps\r\nMessage-ID: <r1@cp.example>\r\n"
        b"Date: Fri, 4 Dec 2026 08:30:00 -0600\r\n\r\nWe decide by the 15th.\r\n"
    ))
    result = cli("mail", "sync")
    assert result.exit_code == 0, result.stderr
    assert "Read 1 new message in INBOX; 1 reply from employers." in result.stdout
    assert f"reply for application {alice_app.pk} from dana@cp.example" in result.stdout


def test_mail_sync_without_imap_says_so(cli, alice, alice_mail):
    one_line_error(cli("mail", "sync"), "no IMAP server is set up")


# -- send, outbox, cancel, confirm ----------------------------------------------------------


def test_send_schedules_the_note_in_the_recipients_business_hours(cli, alice, alice_app, alice_mail, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(
        "Subject: Thank you for Thursday\n\nDear Miriam,\n\nThank you for your time on Thursday and for telling me "
        "about your pro bono tenant work. I remain very interested in joining Calloway & Pryce LLP, and I would be "
        "glad to send anything else that would help.\n\nBest regards,\nAlice Moreau\n",
        encoding="utf-8",
    )
    result = cli("send", str(alice_app.pk), "--kind", "thank-you", "--to", "Miriam", "--file", str(note),
                 "--at", "2026-12-04 18:00", "--yes")
    assert result.exit_code == 0, result.stderr
    message = Message.objects.get()
    assert message.subject == "Thank you for Thursday"
    assert message.scheduled_at == datetime(2026, 12, 5, 0, 0, tzinfo=UTC)
    assert f"#{message.pk}: thank-you to Miriam Castellanos <mc@cp.example> scheduled for Fri 2026-12-04 18:00 their time" in result.stdout

    listed = cli("outbox", "--json")
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["status"], row["to"]) == (message.pk, "scheduled", "Miriam Castellanos <mc@cp.example>")
    table = cli("outbox")
    assert "scheduled" in table.stdout and "Miriam Castellanos" in table.stdout

    cancelled = cli("cancel", str(message.pk))
    assert cancelled.exit_code == 0
    assert f"#{message.pk} (thank-you to Miriam Castellanos) is cancelled." in cancelled.stdout


def test_send_refuses_a_note_with_errors_in_one_line(cli, alice, alice_app, alice_mail, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Dear [Name],\n\nThank you.\n\nAlice\n", encoding="utf-8")
    one_line_error(cli("send", str(alice_app.pk), "--kind", "thank-you", "--to", "Miriam", "--file", str(note)), "--force")
    forced = cli("send", str(alice_app.pk), "--kind", "thank-you", "--to", "Miriam", "--file", str(note), "--force", "--now", "--yes")
    assert forced.exit_code == 0, forced.stderr
    assert "despite checker errors" in forced.stdout
    assert Message.objects.get().forced


@pytest.mark.parametrize(
    "args, message",
    [
        (["--kind", "thanks"], "unknown kind 'thanks'"),
        (["--kind", "thank-you", "--to", "Miriam", "--at", "2026-12-04 10:00", "--now"], "either --at or --now"),
        (["--kind", "follow-up", "--now"], "not due before Thu 17 Dec 09:00"),
        (["--kind", "thank-you", "--to", "Nobody"], "nobody called 'Nobody'"),
    ],
)
def test_send_explains_what_it_refuses(cli, alice, alice_app, alice_mail, args, message):
    one_line_error(cli("send", str(alice_app.pk), *args), message)


def test_confirm_settles_a_message_in_doubt(cli, alice, alice_app, alice_mail, tmp_path):
    from tests.outreach.test_services import schedule

    message = schedule(alice, alice_app, "Miriam Castellanos")
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.UNKNOWN)
    one_line_error(cli("confirm", str(message.pk), "maybe"), "say 'sent' or 'not-sent'")
    result = cli("confirm", str(message.pk), "sent")
    assert result.exit_code == 0 and "recorded as sent" in result.stdout
    one_line_error(cli("confirm", str(message.pk), "sent"), "only a message in 'unknown' needs confirming")


def test_worker_once_sends_what_is_due(cli, alice, alice_app, alice_mail, smtp_sink):
    from tests.outreach.test_services import schedule

    schedule(alice, alice_app, "Miriam Castellanos", send_now=True)
    result = cli("worker", "--once")
    assert result.exit_code == 0, result.stderr
    assert "Worker done: 1 step." in result.stdout
    assert smtp_sink.count() == 1
    one_line_error(cli("worker", "--interval", "0"), "--interval must be from 0.05")
    one_line_error(cli("worker", "--read-every", "0"), "--read-every must be from 0.05")


def test_draft_writes_eml_files_for_the_mail_program(cli, alice, alice_app, tmp_path):
    result = cli("draft", str(alice_app.pk), "--kind", "thank-you", "--eml", str(tmp_path / "thanks.eml"))
    assert result.exit_code == 0, result.stderr
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["thanks-miriam-castellanos.eml", "thanks-theo-lindqvist.eml"]
    mail = email.message_from_bytes((tmp_path / files[0]).read_bytes(), policy=policy.default)
    assert mail["To"] == "Miriam Castellanos <mc@cp.example>"
    assert mail["X-Unsent"] == "1"
    assert f"afterview touch {alice_app.pk} thank-you-sent --person 'Miriam Castellanos'" in result.stdout

    one = cli("draft", str(alice_app.pk), "--kind", "next-steps", "--eml", str(tmp_path / "ask.eml"))
    assert one.exit_code == 0, one.stderr
    assert (tmp_path / "ask.eml").exists()


# -- the whole story, as real programs --------------------------------------------------------


@pytest.mark.slow
def test_a_candidate_sends_tonight_and_the_follow_up_cancels_itself(world, smtp_sink, dovecot, mailbox):
    """Three notes approved the evening after the interview leave at 09:00 their readers'
    time; the follow-up waits for the day after the promised date, and a reply cancels it."""
    login, password = mailbox
    tonight = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)  # Wednesday 21:00 in Chicago

    def run(*args, now=tonight, input=None):
        done = world.afterview(*args, now=now, input=input)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done.stdout

    run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    added = run(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-02 14:00", "--until", "2026-12-02 16:00", "--tz", "America/Chicago",
        "--interviewer", "Miriam Castellanos <mc@cp.example>", "--interviewer", "Theo Lindqvist <tl@cp.example>",
        "--hiring-contact", "Dana Whitfield <dana@cp.example>", "--expect-by", "2026-12-10",
        "--highlight", "Miriam Castellanos=her pro bono tenant work", "--json",
    )
    app = str(json.loads(added)["id"])
    run(*["mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
          "--smtp-port", str(smtp_sink.port), "--smtp-security", "none", "--smtp-user", "",
          "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "none",
          "--imap-user", login, "--imap-password-stdin"], input=password + "\n")

    run("send", app, "--kind", "thank-you", "--to", "Miriam Castellanos", "--yes")
    run("send", app, "--kind", "thank-you", "--to", "Theo Lindqvist", "--yes")
    planned = run("send", app, "--kind", "follow-up", "--yes")
    assert "scheduled for Fri 2026-12-11 09:00 their time" in planned  # the day after the promised date

    # Tonight nothing leaves.
    assert "Worker done: 0 steps." in run("worker", "--once")
    assert smtp_sink.count() == 0
    # At 09:00 in Chicago both notes go, filed in Sent.
    morning = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert "Worker done: 2 steps." in run("worker", "--once", now=morning)
    assert sorted(r.recipients[0] for r in smtp_sink.received) == ["mc@cp.example", "tl@cp.example"]
    assert len(dovecot.folder_ids(login, password, "Sent")) == 2

    # The recruiter writes back before the follow-up is due; the worker reads it and stands down.
    dovecot.deliver(login, password, (
        b"From: Dana Whitfield <dana@cp.example>\r\nTo: alice@example.edu\r\nSubject: Your interview\r\n"
        b"Message-ID: <r1@cp.example>\r\nDate: Tue, 8 Dec 2026 11:00:00 -0600\r\n\r\n"
        b"Thank you for your notes; we expect to decide by the 18th.\r\n"
    ))
    run("worker", "--once", now=datetime(2026, 12, 8, 18, 0, tzinfo=UTC))
    rows = {row["kind"]: row for row in json.loads(run("outbox", "--json", now=morning))}
    assert rows["follow-up"]["status"] == "cancelled"
    assert rows["follow-up"]["note"].startswith(
        "cancelled: no longer due at Fri 11 Dec 09:00 (America/Chicago); the playbook now plans it for Tue 22 Dec"
    )
    run("worker", "--once", now=datetime(2026, 12, 11, 16, 0, tzinfo=UTC))
    assert smtp_sink.count() == 2
    shown = run("show", app, now=datetime(2026, 12, 11, 16, 0, tzinfo=UTC))
    assert "reply" in shown and "thank-you-sent" in shown


def test_mail_sync_and_show_print_a_hostile_subject_as_plain_text(cli, alice, alice_app, smtp_sink, alice_imap, dovecot, mailbox):
    dovecot.deliver(*mailbox, (
        b"From: Dana Whitfield <dana@cp.example>\r\nSubject: Re: [/] \x1b]0;pwned\x07 [bold]x\r\n"
        b"Message-ID: <r2@cp.example>\r\nDate: Fri, 4 Dec 2026 08:30:00 -0600\r\n\r\nWe decide by the 15th.\r\n"
    ))
    synced = cli("mail", "sync")
    assert synced.exit_code == 0, synced.stderr
    assert "\x1b" not in synced.stdout and "\x07" not in synced.stdout
    assert "Re: [/] ]0;pwned [bold]x" in synced.stdout
    for args in (["show", str(alice_app.pk)], ["why", str(alice_app.pk)]):
        result = cli(*args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "[/] ]0;pwned [bold]x" in result.stdout


def test_mail_setup_asks_again_for_a_password_when_the_server_changes(cli, alice, smtp_sink):
    first = cli(*setup_args(smtp_sink, "--smtp-user", "alice", "--smtp-password-stdin", "--imap-host", ""), input="old-secret\n")
    assert first.exit_code == 0, first.stderr
    moved = cli("mail", "setup", "--smtp-host", "localhost", "--smtp-user", "alice", "--imap-host", "")
    one_line_error(moved, "the SMTP password is missing (the server, port, security or user changed, so the stored one is forgotten)")
    assert MailAccount.objects.get(owner=alice).smtp_host == "127.0.0.1"
    same = cli("mail", "setup", "--from", "Alice M. <alice@example.edu>", "--imap-host", "")
    assert same.exit_code == 0, same.stderr


def test_mail_setup_refuses_no_security_to_another_machine_unless_told(cli, alice):
    args = ["mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "smtp.example.edu",
            "--smtp-port", "25", "--smtp-security", "none", "--smtp-user", "", "--imap-host", ""]
    one_line_error(cli(*args), "SMTP security none sends your password and notes in clear to smtp.example.edu")
    assert cli(*args, "--allow-insecure").exit_code == 0
    assert MailAccount.objects.get(owner=alice).smtp_host == "smtp.example.edu"


def test_the_mail_commands_run_as_real_programs(world, smtp_sink, dovecot, mailbox, tmp_path):
    """mail setup/show/test/sync, send, cancel and draft, each once as the real program
    (every command runs as a process somewhere in the suite: test_every_command_runs.py)."""
    login, password = mailbox

    def run(*args, input=None, status=0):
        done = world.afterview(*args, input=input)
        assert done.returncode == status, f"{args}: {done.stderr}"
        return done.stdout

    run("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    run(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-03 10:00", "--until", "2026-12-03 12:00", "--tz", "America/Chicago",
        "--interviewer", "Miriam Castellanos <mc@cp.example>", "--hiring-contact", "Dana Whitfield <dana@cp.example>",
    )
    run("mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(smtp_sink.port), "--smtp-security", "none", "--smtp-user", "",
        "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "none",
        "--imap-user", login, "--imap-password-stdin", input=password + "\n")
    assert json.loads(run("mail", "show", "--json"))["smtp"] == f"127.0.0.1:{smtp_sink.port} (none)"
    tested = run("mail", "test")
    assert "FAILED" not in tested
    assert "Read 0 new messages" in run("mail", "sync")
    drafted = tmp_path / "drafts.txt"
    assert "wrote 1 draft" in run("draft", "1", "--out", str(drafted))
    assert "Miriam Castellanos" in drafted.read_text()
    run("send", "1", "--kind", "thank-you", "--to", "Miriam Castellanos", "--yes")
    message = world.outbox()[0]
    assert message["status"] == "scheduled"
    run("cancel", str(message["id"]))
    assert world.outbox()[0]["status"] == "cancelled"
    assert smtp_sink.count() == 0


def test_mail_sync_against_an_imap_server_that_is_down_says_so_in_one_line(world, smtp_sink):
    """A MailProblem is an AfterviewError: the real program prints one line and exits 2 (issue 10)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]  # nothing listens here once the socket is closed
    world.afterview("init", "--name", "Alice Moreau", "--email", "alice@example.edu", "--tz", "America/Chicago")
    saved = world.afterview(
        "mail", "setup", "--from", "Alice Moreau <alice@example.edu>", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(smtp_sink.port), "--smtp-security", "none", "--smtp-user", "",
        "--imap-host", "127.0.0.1", "--imap-port", str(closed), "--imap-security", "none",
        "--imap-user", "alice", "--imap-password-stdin", input="secret\n",
    )
    assert saved.returncode == 0, saved.stderr
    done = world.afterview("mail", "sync")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "connection" in done.stderr and "refused" in done.stderr
