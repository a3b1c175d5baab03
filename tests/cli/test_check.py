"""`afterview check` and `afterview draft` at the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from tests.processes import afterview_argv

NOTE = """Dear Ms. Castellanos,

Thank you for speaking with me on Tuseday. I especially enjoyed hearing about your pro bono tenant work and the eviction-defense clinic that first-year associates staff.

I am very interested in joining Calloway & Pryce as a Summer Associate, and I would welcome the chance to contribute.

Please let me know if I can send anything else.

Best regards,
Alice Moreau
"""
CONTEXT = ["--to", "Miriam Castellanos", "--company", "Calloway & Pryce LLP", "--kind", "thank-you", "--from", "Alice Moreau"]


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, ["check", *map(str, args)], catch_exceptions=False)


def test_it_prints_exactly_the_json_shape_and_exits_1_on_an_error(note):
    result = run(note, "--format", "json", *CONTEXT)
    assert result.exit_code == 1
    start = NOTE.index("Tuseday")
    assert json.loads(result.stdout) == {
        "findings": [
            {
                "code": "spelling",
                "severity": "error",
                "start": start,
                "end": start + 7,
                "text": "Tuseday",
                "message": "“Tuseday” is misspelled.",
                "suggestions": ["Tuesday"],
            }
        ],
        "words": 63,
        "ok": False,
    }


def test_it_marks_each_finding_under_its_span(note):
    result = run(note, *CONTEXT)
    lines = result.stdout.splitlines()
    assert lines[0] == f"{note}: 1 error, 0 warnings, 63 words"
    at = next(i for i, line in enumerate(lines) if "Tuseday." in line)
    mark = lines[at + 1]
    assert mark.index("^^^^^^^") == lines[at].index("Tuseday")
    assert mark.endswith("^^^^^^^ error spelling: “Tuseday” is misspelled. → Tuesday")


def test_carets_line_up_under_wide_and_combining_characters(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_text("王芳 and Jose\u0301 met on Tuseday.\n", encoding="utf-8")
    lines = run(path).stdout.splitlines()
    line, mark = next((l, m) for l, m in zip(lines, lines[1:]) if "Tuseday" in l)
    # 王芳 is two characters but four columns; the combining accent takes none
    assert mark.index("^") == line.index("Tuseday") + 2 - 1


def test_a_clean_note_exits_0(note):
    note.write_text(NOTE.replace("Tuseday", "Tuesday"), encoding="utf-8")
    result = run(note, *CONTEXT)
    assert result.exit_code == 0
    assert result.stdout.endswith("No findings: the note is ready to send.\n")


def test_warnings_alone_exit_0(note):
    note.write_text(NOTE.replace("Tuseday", "Tuesday").replace("Please let me know if I can send anything else.\n\n", ""))
    result = run(note, *CONTEXT, "--format", "json")
    assert result.exit_code == 0
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["missing-invitation"]


def test_context_options_reach_the_checker(note, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(NOTE.replace("Ms. Castellanos", "Mr. Lindqvist"), encoding="utf-8")
    note.write_text(NOTE.replace("Calloway & Pryce as", "Kirkland as"), encoding="utf-8")
    result = run(note, *CONTEXT, "--other-company", "Kirkland & Ellis", "--other-note", other, "--format", "json")
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["spelling", "wrong-company", "duplicate-note"]


def test_a_colleague_may_be_mentioned_but_not_greeted(note, afterview_process):
    # --other-person is a contact at another employer: naming one anywhere is a slip.
    # --colleague is someone at this firm: mentioning them is normal, greeting them is not.
    mention = NOTE.replace("Tuseday", "Tuesday").replace(
        "I especially enjoyed", "Mr. Lindqvist was kind to show me the clinic, and I especially enjoyed"
    )
    note.write_text(mention, encoding="utf-8")
    colleague = afterview_process("check", str(note), *CONTEXT, "--colleague", "Erik Lindqvist", "--format", "json")
    assert colleague.returncode == 0, colleague.stderr
    assert [f["code"] for f in json.loads(colleague.stdout)["findings"]] == []
    other = run(note, *CONTEXT, "--other-person", "Erik Lindqvist", "--format", "json")
    assert [f["code"] for f in json.loads(other.stdout)["findings"]] == ["wrong-recipient"]
    note.write_text(mention.replace("Dear Ms. Castellanos", "Dear Mr. Lindqvist"), encoding="utf-8")
    greeted = run(note, *CONTEXT, "--colleague", "Erik Lindqvist", "--format", "json")
    assert [(f["code"], f["text"]) for f in json.loads(greeted.stdout)["findings"]] == [("wrong-recipient", "Lindqvist")]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"Dear \xff\xfe team", "is not UTF-8 text (byte 0xff at offset 5); save it as UTF-8"),
        (b"PK\x03\x04\x00\x00binary", "is a binary file, not a note; save the note as plain text"),
    ],
)
def test_unreadable_notes_get_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"afterview: {path} {message}\n"
    assert result.stdout == ""


def test_a_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_an_empty_note_is_too_short(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run(path, "--format", "json")
    assert json.loads(result.stdout)["findings"][0]["message"] == "The note is empty."
    assert result.exit_code == 1


def test_crlf_and_a_byte_order_mark_keep_offsets_into_the_text(tmp_path):
    path = tmp_path / "crlf.txt"
    text = NOTE.replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    [finding] = json.loads(run(path, "--format", "json", *CONTEXT).stdout)["findings"]
    assert text[finding["start"] : finding["end"]] == "Tuseday"


def test_the_real_program_checks_a_file_without_django(note, tmp_path):
    code = (
        "import sys, runpy; sys.argv = ['afterview', 'check', sys.argv[1], '--format', 'json'];"
        "import afterview.cli as c\n"
        "try:\n    c.main()\nexcept SystemExit as e:\n    print('django' in sys.modules, e.code, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(note)], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip() == "False 1"
    assert json.loads(done.stdout)["findings"][0]["text"] == "Tuseday"


def test_the_real_afterview_check_exits_2_on_binary(tmp_path):
    path = tmp_path / "bad.bin"
    path.write_bytes(b"\x00\x01\x02")
    done = subprocess.run(afterview_argv("check", str(path)), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == f"afterview: {path} is a binary file, not a note; save the note as plain text\n"


# -- with the records ------------------------------------------------------------


def test_app_takes_the_context_from_the_records(cli, alice_app, note):
    note.write_text(NOTE.replace("Tuseday", "Tuesday").replace("Ms. Castellanos", "Mr. Lindqvist"), encoding="utf-8")
    result = cli("check", str(note), "--app", str(alice_app.pk), "--to", "Castellanos", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["text"]) for f in findings] == [("wrong-recipient", "Lindqvist")]
    assert result.exit_code == 1


def test_app_with_an_unknown_person_is_one_line(cli, alice_app, note):
    result = CliRunner().invoke(app, ["check", str(note), "--app", str(alice_app.pk), "--to", "Zed"])
    assert result.exit_code == 2
    assert result.stderr.startswith("afterview: nobody called 'Zed' at Calloway & Pryce LLP; known: ")


def test_draft_writes_one_thank_you_per_interviewer_that_checks_clean(cli, alice_app, tmp_path):
    out = tmp_path / "drafts.txt"
    result = cli("draft", str(alice_app.pk), "--out", str(out))
    assert result.stdout == f"wrote 2 drafts to {out}\n"
    text = out.read_text()
    assert text.count("\nSubject: ") + text.startswith("Subject: ") == 2
    assert "To: Miriam Castellanos <mc@cp.example>" in text and "To: Theo Lindqvist <tl@cp.example>" in text
    assert "your pro bono tenant work" in text
    assert result.stderr == ""


def test_draft_follow_up_goes_to_the_hiring_contact(cli, alice_app):
    result = cli("draft", str(alice_app.pk), "--kind", "follow-up")
    assert result.stdout.startswith("To: Dana Whitfield <dana@cp.example>\nSubject: Following up on the Summer Associate position\n")
