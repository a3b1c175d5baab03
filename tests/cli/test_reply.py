"""`afterview reply FILE|-`: read a pasted reply, show it, record it once confirmed."""

import json

from tests.cli.test_records_cli import ADD, PINNED, _first_number

REPLY = (
    b"From: Dana Whitfield <dana@cp.example>\nTo: alice@example.edu\nSubject: Re: Next steps\n"
    b"Date: Fri, 04 Dec 2026 08:30:00 -0600\nMessage-ID: <r1@cp.example>\n\n"
    b"Hi Alice,\n\nThanks for your note. We expect to decide by the end of next week.\n\nBest,\nDana\n\n"
    b"On Thu, Dec 3, 2026 at 6:00 PM Alice wrote:\n> Should I expect news by the 8th?\n"
)


def test_the_real_program_reads_records_and_moves_the_follow_up(afterview_process, tmp_path):
    app_id = _first_number(afterview_process(*ADD).stdout.decode())
    path = tmp_path / "reply.eml"
    path.write_bytes(REPLY)

    shown = afterview_process("reply", str(path), "--json", env=PINNED)
    assert shown.returncode == 0, shown.stderr.decode()
    out = json.loads(shown.stdout)
    assert list(out) == ["kind", "expect_by", "returns_on", "from", "application", "evidence", "proposed"]
    assert {k: out[k] for k in ("kind", "expect_by", "returns_on", "from", "application", "evidence")} == {
        "kind": "timeline",
        "expect_by": "2026-12-11",
        "returns_on": None,
        "from": "dana@cp.example",
        "application": app_id,
        "evidence": "We expect to decide by the end of next week.",
    }
    assert [p["what"] for p in out["proposed"]] == ["reply", "expect"]
    why = afterview_process("why", str(app_id), "--json", env=PINNED)
    assert "reply from" not in json.dumps(json.loads(why.stdout)["timeline"])  # --json wrote nothing

    # Piped without --yes: it shows, asks nobody, records nothing.
    piped = afterview_process("reply", "-", input=REPLY, env=PINNED)
    assert piped.returncode == 0
    assert "A reply from dana@cp.example: timeline." in piped.stdout.decode()
    assert "Nothing recorded: run again with --yes" in piped.stdout.decode()

    done = afterview_process("reply", str(path), "--yes", env=PINNED)
    assert done.returncode == 0, done.stderr.decode()
    assert "news expected by Fri 2026-12-11; the follow-up moves to Mon 2026-12-14" in done.stdout.decode()
    plan = json.loads(afterview_process("why", str(app_id), "--json", env=PINNED).stdout)
    follow_up = next(s for s in plan["plan"] if s["action"] == "follow-up")
    assert follow_up["due"].startswith("2026-12-14T15:00")


def test_pasted_text_needs_the_application(afterview_process):
    app_id = _first_number(afterview_process(*ADD).stdout.decode())
    unknown = afterview_process("reply", "-", input=b"We will let you know by Friday.", env=PINNED)
    assert unknown.returncode == 1
    assert "No application matches the sender; give one with --app ID" in unknown.stdout.decode()
    known = afterview_process("reply", "-", "--app", str(app_id), "--json", input=b"We will let you know by Friday.", env=PINNED)
    assert json.loads(known.stdout)["expect_by"] == "2026-12-11"  # written Fri 4 Dec: next Friday


def test_bad_input_gets_one_line(afterview_process, tmp_path):
    binary = tmp_path / "winmail.dat"
    binary.write_bytes(bytes(range(256)) * 20)
    for args, line in (
        (("reply", str(tmp_path / "missing.eml")), f"afterview: {tmp_path / 'missing.eml'} does not exist; give the reply's .eml or text file, or - for standard input"),
        (("reply", str(binary)), "afterview: this is not an e-mail or text (it holds binary data); save the reply as .eml or paste its text"),
        (("reply", str(tmp_path)), f"afterview: {tmp_path} is a folder; give the reply's .eml or text file, or - for standard input"),
    ):
        result = afterview_process(*args, env=PINNED)
        assert result.returncode == 2
        assert result.stderr.decode().strip() == line


def test_strange_mail_gets_a_best_effort_with_a_warning_never_a_traceback(afterview_process, tmp_path):
    head = b"From: Dana Whitfield <dana@cp.example>\nSubject: Re: Next steps\nDate: Fri, 04 Dec 2026 08:30:00 -0600\nMIME-Version: 1.0\n"
    tnef = tmp_path / "tnef.eml"
    tnef.write_bytes(
        head + b"Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: application/ms-tnef\n"
        b'Content-Disposition: attachment; filename="winmail.dat"\nContent-Transfer-Encoding: base64\n\neJ8+IgABBgAAAA==\n--B--\n'
    )
    broken = tmp_path / "broken.eml"
    broken.write_bytes(head + b"Content-Type: multipart/alternative; boundary=B\n\n--B\nContent-Type: text/plain\n\nWe will be in touch in the coming weeks.\n")
    huge = tmp_path / "huge.eml"
    huge.write_bytes(head + b"Content-Type: text/plain\n\nWe will be in touch in the coming weeks.\n\n" + b"x" * (21 * 1024 * 1024 - 200))
    for path, warning in (
        (tnef, "warning: a TNEF part (winmail.dat, from Outlook) was skipped"),
        (broken, "warning: the message's MIME structure is broken"),
        (huge, "warning: the message is over 20 MB; only its first 20 MB were read"),
    ):
        result = afterview_process("reply", str(path), "--json", env=PINNED)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stderr.decode().startswith(warning)
        assert "Traceback" not in result.stderr.decode()
        out = json.loads(result.stdout)
        assert out["expect_by"] is None  # nothing stated, nothing invented
    assert json.loads(afterview_process("reply", str(broken), "--json", env=PINNED).stdout)["kind"] == "timeline"
