"""`afterview draft APP`: notes drafted from the records, checked before they are shown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._out import echo
from afterview.cli.check import Kind
from afterview.core.steps import person_named
from afterview.core.errors import InvalidInput


@app.command("draft")
def draft_command(
    app_id: Annotated[int, typer.Argument(help="The application, by number.")],
    to: Annotated[str | None, typer.Option("--to", help="Only the note to this person.")] = None,
    kind: Annotated[Kind, typer.Option("--kind", help="What to draft.")] = Kind.THANK_YOU,
    out: Annotated[Path | None, typer.Option("--out", help="Write the drafts to this file instead.")] = None,
    eml: Annotated[
        Path | None, typer.Option("--eml", help="Write each note as a .eml file to send from your mail program.")
    ] = None,
):
    """Draft the thank-you notes (one per interviewer), a follow-up or a next-steps note.

    Your own templates in AFTERVIEW_HOME/templates (thank-you.j2, follow-up.j2,
    next-steps.j2) replace ours.
    """
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview import env
    from afterview.core.check import check_note
    from afterview.core.compose import draft
    from afterview.core.steps import recipients
    from afterview.outreach.notes import check_context
    from afterview.records import services

    from afterview.cli._boot import profiled_candidate

    candidate = profiled_candidate()  # a draft is signed with the candidate's name
    facts = services.application_facts(candidate, app_id)
    people = recipients(facts, kind.value) if to is None else [person_named(facts, to)]
    from afterview.clock import now as clock_now

    moment = clock_now()
    drafts = [draft(kind.value, facts, p.key, template_dirs=[env.home() / "templates"], now=moment) for p in people]
    parts = []
    for note, person in zip(drafts, people, strict=True):
        siblings = [d.body for d in drafts if d is not note]
        context = check_context(candidate, app_id, person.key, kind.value, facts=facts, also_compare=siblings)
        problems = check_note(note.body, context).errors
        for finding in problems:
            # Only a candidate's own template can get here; ours are tested clean.
            echo(f"afterview: the draft to {note.to_name} has {finding.code}: {finding.message}", err=True)
        address = f" <{note.to_email}>" if note.to_email else ""
        parts.append(f"To: {note.to_name}{address}\nSubject: {note.subject}\n\n{note.body}")
    if eml is not None:
        if out is not None:
            raise InvalidInput("give either --out or --eml, not both")
        _write_emls(candidate, app_id, kind.value, drafts, people, eml)
        return
    text = "\n".join(parts)
    if out is not None:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as e:
            raise InvalidInput(f"cannot write {out}: {e.strerror}") from e
        typer.echo(f"wrote {len(drafts)} draft{'s' if len(drafts) != 1 else ''} to {out}")
    else:
        echo(text, nl=False)


def _write_emls(candidate, app_id: int, kind: str, drafts, people, eml: Path) -> None:
    from afterview.clock import now
    from afterview.core.steps import TOUCH_OF_NOTE, parse_kind
    from afterview.outreach.eml import eml_path, write_eml
    from afterview.outreach.notes import Note

    logged_as = TOUCH_OF_NOTE[parse_kind(kind)]
    for note, person in zip(drafts, people, strict=True):
        path = eml_path(eml, person.name if len(drafts) > 1 else None)
        write_eml(candidate, app_id, kind, person_key=person.key, note=Note(note.subject, note.body), path=path, now=now())
        echo(
            f"wrote {path}: open it in your mail program and send it, then log it with "
            f"`afterview touch {app_id} {logged_as} --person '{person.name}'`"
        )
