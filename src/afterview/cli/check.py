"""`afterview check NOTE_FILE`: the checker on a note the candidate wrote.

Checking a file needs no database: Django is set up only for `--app`, so a cold
`afterview check` costs little more than building Harper.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
import json
import sys
import unicodedata
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.core.errors import InvalidInput
from afterview.core.steps import NoteKind, kind_for, person_named, reader_of

_FULL_NOTE_LINES = 80


class Format(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


#: The note kinds as the options take them (core's, not a copy).
Kind = NoteKind


def read_note(path: Path) -> str:
    """The note's text, exactly as saved (CRLF kept, a UTF-8 byte-order mark dropped).

    Raises InvalidInput for a file that cannot be read or is not UTF-8 text.
    """
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {path}: {e.strerror}") from e
    if b"\x00" in data:
        raise InvalidInput(f"{path} is a binary file, not a note; save the note as plain text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidInput(
            f"{path} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); save it as UTF-8"
        ) from e
    return text.removeprefix("\ufeff")


def _within_limit(text: str, path: Path) -> str:
    from afterview.core.parse import MAX_NOTE

    if len(text) > MAX_NOTE:
        raise InvalidInput(
            f"{path} is {len(text):,} characters long; notes over {MAX_NOTE:,} characters are not checked "
            "(`afterview send` refuses them too), so shorten it"
        )
    return text


def _assumed_person(text: str, facts):
    """Whom a note checked with --app but no --to is for: the person its greeting
    names, or the only possible recipient; asks in a terminal, else refuses."""
    person, how = reader_of(text, facts)
    if person is not None:
        typer.echo(f"afterview: checking the note as one to {person.name} ({how}); pass --to to say otherwise", err=True)
        return person
    names = [p.name for p in facts.people]
    if not names:
        return None
    if sys.stdin.isatty() and sys.stderr.isatty():
        choice = typer.prompt(f"Who is the note for? ({', '.join(names)})", err=True)
        return person_named(facts, choice)
    raise InvalidInput(f"say who the note is for with --to (one of: {', '.join(names)})")


def _context_from_app(app_id: int, to: str | None, kind: str | None, text: str = ""):
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.outreach.notes import check_context
    from afterview.records import services

    candidate = services.local_candidate()
    facts = services.application_facts(candidate, app_id)
    person_key = None
    if to:
        person_key = person_named(facts, to).key
    else:
        person = _assumed_person(text, facts)
        person_key = person.key if person is not None else None
    kind = kind or kind_for(facts, person_key)
    return check_context(candidate, app_id, person_key, kind, facts=facts)


@app.command("check")
def check(
    note_file: Annotated[Path, typer.Argument(help="The note, as UTF-8 text ('-' reads standard input).")],
    format: Annotated[Format, typer.Option("--format", help="text marks findings under the note; json for scripts.")] = Format.TEXT,
    to: Annotated[str | None, typer.Option("--to", help="Who the note is for.")] = None,
    company: Annotated[str | None, typer.Option("--company", help="The organization.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="The role applied for.")] = None,
    hiring_contact: Annotated[str | None, typer.Option("--hiring-contact", help="The recruiter or HR contact.")] = None,
    other_company: Annotated[
        list[str] | None, typer.Option("--other-company", help="Another employer you are talking to (repeat).")
    ] = None,
    other_person: Annotated[
        list[str] | None, typer.Option("--other-person", help="A contact at another employer (repeat).")
    ] = None,
    colleague: Annotated[
        list[str] | None,
        typer.Option(
            "--colleague",
            help="Someone at the recipient's organization the note may mention but must not greet, "
            "e.g. a fellow interviewer (repeat).",
        ),
    ] = None,
    highlight: Annotated[str | None, typer.Option("--highlight", help="What stood out in this conversation.")] = None,
    other_note: Annotated[
        list[Path] | None, typer.Option("--other-note", help="Another note to this organization (repeat).")
    ] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help="What the note is.")] = None,
    sender: Annotated[str | None, typer.Option("--from", help="Your name, as you sign.")] = None,
    app_id: Annotated[
        int | None, typer.Option("--app", help="Take the context from this application's records.")
    ] = None,
):
    """Check a note for spelling, grammar, names and the parts a good note has.

    Exit status 0 when nothing is an error, 1 when something is, 2 when the note
    cannot be read.
    """
    from afterview.core.check import CheckContext, check_note

    text = _within_limit(read_note(note_file), note_file)
    others = tuple(_within_limit(read_note(p), p) for p in other_note or ())
    if app_id is not None:
        context = _context_from_app(app_id, to, kind.value if kind else None, text)
    else:
        context = CheckContext()
    overrides = {
        "kind": kind.value if kind else None,
        "to": to,
        "company": company,
        "role": role,
        "hiring_contact": hiring_contact,
        "highlight": highlight,
        "sender": sender,
    }
    context = dataclasses.replace(
        context,
        **{k: v for k, v in overrides.items() if v is not None},
        other_companies=context.other_companies + tuple(other_company or ()),
        other_people=context.other_people + tuple(other_person or ()),
        known_people=context.known_people + tuple(colleague or ()),
        other_notes=context.other_notes + others,
    )
    report = check_note(text, context)
    if format is Format.JSON:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render(text, report, name=str(note_file)))
    raise typer.Exit(0 if report.ok else 1)


def _width(ch: str) -> int:
    if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _columns(line: str, start: int, end: int) -> tuple[int, int]:
    before = sum(_width(c) for c in line[:start])
    return before, max(1, sum(_width(c) for c in line[start:end]))


def render(text: str, report, *, name: str = "note") -> str:
    """The note with each finding marked under its span, then the whole-note findings."""
    lines = text.splitlines(keepends=True)
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line)
    marks: dict[int, list] = {}
    whole = []

    for finding in report.findings:
        if finding.start == finding.end:
            whole.append(finding)
            continue
        index = max(0, bisect.bisect_right(starts, finding.start) - 1)
        marks.setdefault(index, []).append(finding)

    from afterview.core.check import Severity

    errors = report.count(Severity.ERROR)
    warnings = report.count(Severity.WARNING)
    out = [f"{name}: {_plural(errors, 'error')}, {_plural(warnings, 'warning')}, {_plural(report.words, 'word')}\n\n"]
    gutter = len(str(len(lines) or 1))
    show_all = len(lines) <= _FULL_NOTE_LINES
    skipped = False
    for index, line in enumerate(lines):
        if not show_all and index not in marks:
            skipped = True
            continue
        if skipped:
            out.append(f"{' ' * gutter} ⋮\n")
            skipped = False
        shown = line.rstrip("\r\n").replace("\t", " ")
        out.append(f"{index + 1:>{gutter}} │ {shown}\n")
        for finding in marks.get(index, ()):
            start = finding.start - starts[index]
            end = min(finding.end - starts[index], len(shown))
            column, width = _columns(shown, start, end)
            fix = f" → {finding.suggestions[0]}" if finding.suggestions and finding.suggestions[0] else ""
            out.append(
                f"{' ' * gutter} │ {' ' * column}{'^' * width} {finding.severity} {finding.code}: {finding.message}{fix}\n"
            )
    if whole:
        out.append("\n")
        for finding in whole:
            out.append(f"{finding.severity} {finding.code}: {finding.message}\n")
    if not report.findings:
        out.append("\nNo findings: the note is ready to send.\n")
    return "".join(out)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
