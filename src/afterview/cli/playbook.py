"""Commands that read the playbook: agenda, why and playbook (show, set, reset)."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json, setup_django
from afterview.cli._out import JsonOption, echo, local


def _when(value, zone: str) -> str:
    """'Fri 4 Dec 09:00' in `zone`. (strftime's flag for an unpadded day is glibc's own and
    Windows rejects it, so the day is unpadded here.)"""
    text = local(value, zone, "%a %d %b %H:%M")
    weekday, day, rest = (text.split(" ", 2) + ["", ""])[:3]
    return f"{weekday} {int(day)} {rest}" if day.isdigit() else text


def _candidate_and_zone():
    setup_django()
    from afterview.records.services import local_candidate, profile_of

    candidate = local_candidate()
    return candidate, profile_of(candidate).tz


@app.command()
def agenda(
    all_: Annotated[bool, typer.Option("--all", help="Everything planned, not only the next 7 days.")] = False,
    json_: JsonOption = False,
):
    """What to do now: overdue first, then the next 7 days, each with its reason."""
    # Loading every application makes a hundred thousand small objects that all
    # live until the command ends: cycle collection would only rescan them (a
    # third of the load time for a career office), and nothing here makes cycles.
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _print_agenda(all_, json_)
    finally:
        if was_enabled:
            gc.enable()


def _print_agenda(all_: bool, json_: bool) -> None:
    candidate, zone = _candidate_and_zone()
    from afterview.records.agenda import agenda_and_problems, entry_json

    from afterview.outreach.account import sign_in_problem

    now = _now()
    entries, unplanned = agenda_and_problems(candidate, now, everything=all_)
    mail_problem = sign_in_problem(candidate)
    if mail_problem and not json_:
        typer.echo(f"Your mailbox: {mail_problem} (`afterview mail signin`); scheduled notes wait until you do.", err=True)
    if json_:
        print_json([entry_json(e) for e in entries])
        return
    _print_entries(entries, all_, now, zone)
    if entries:
        echo(f"\nTimes are in {zone}, your zone (`afterview init --tz` changes it).")
    if unplanned:
        typer.echo("\nCannot be planned (the others are):")
        for item in unplanned:
            typer.echo(f"  #{item.application} {item.company}, {item.role}: {item.problem}")


def _print_entries(entries, all_: bool, now, zone: str) -> None:
    if not entries:
        more = "" if all_ else " in the next 7 days (`afterview agenda --all` shows the whole plan)"
        echo(f"Nothing to do{more}.")
        return
    today = now.astimezone(_zone(zone)).date()
    heading = None
    for entry in entries:
        action = entry.action
        if entry.overdue:
            group, when = "Overdue", _when(action.due_at, zone)
        elif action.due_at <= now:
            group, when = "Due now", _when(action.due_at, zone)
        else:
            day = action.due_at.astimezone(_zone(zone)).date()
            label = {0: "Today, ", 1: "Tomorrow, "}.get((day - today).days, "")
            group, when = f"{label}{day:%a} {day.day} {day:%b}", local(action.due_at, zone, "%H:%M")
        if group != heading:
            if heading is not None:
                echo("")
            echo(group)
            heading = group
        echo(f"  {when}  {_what(action)}  ·  {entry.company}, {entry.role} (#{entry.application})")
        echo(f"      {action.reason}")
        if entry.overdue and action.latest_at is not None:
            echo(f"      overdue since {_when(action.latest_at, zone)}")
        if action.blocked_until is not None:
            echo(f"      held until {_when(action.blocked_until, zone)} (min-gap)")
        if action.updates:
            echo(f"      mention: {'; '.join(action.updates)}")


def _what(action) -> str:
    """"follow-up → Rita Moreno"; a close-out is the candidate's own step."""
    from afterview.core.playbook import ActionKind

    if action.kind is ActionKind.CLOSE_OUT:
        return str(action.kind)
    return f"{action.kind} → {action.person or '(add a hiring contact)'}"


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


@app.command()
def why(
    application: Annotated[int, typer.Argument(help="The application's id (see `afterview list`).")],
    json_: JsonOption = False,
):
    """The application's timeline so far and the reasoning behind each planned step."""
    candidate, zone = _candidate_and_zone()
    from afterview.records.agenda import explanation

    told = explanation(candidate, application, _now())
    if json_:
        from afterview.records.agenda import explanation_json

        print_json(explanation_json(told))
        return
    echo(f"{told.application}: {told.role} at {told.company} — {told.stage}")
    echo(f"\nSo far (times in {zone}):" if told.timeline else "\nSo far: nothing logged yet.")
    for entry in told.timeline:
        echo(f"  {_when(entry.at, zone)}  {entry.text}")
    echo("\nPlan:" if told.steps else "\nPlan: nothing more to do.")
    for number, step in enumerate(told.steps, start=1):
        window = f"due {_when(step.due_at, zone)}"
        if step.latest_at is not None:
            window += f", overdue after {_when(step.latest_at, zone)}"
        echo(f"  {number}. {_what(step)}: {window}")
        echo(f"     why: {step.reason}")
        if step.blocked_until is not None:
            echo(f"     held until {_when(step.blocked_until, zone)} (min-gap)")
        echo(f"     rule: {step.rule}; what would change it: {step.changes}")
        if step.updates:
            echo(f"     mention: {'; '.join(step.updates)}")
        if step.script:
            echo("     call script:")
            for line in step.script.splitlines():
                echo(f"       {line}")
    if told.notes:
        echo("\nNotes:")
        for note in told.notes:
            echo(f"  - {note}")


playbook_app = typer.Typer(
    help="The rules in force and where each value came from; set or reset your own values.",
    invoke_without_command=True,
)
app.add_typer(playbook_app, name="playbook")


@playbook_app.callback()
def playbook(ctx: typer.Context, json_: JsonOption = False):
    """The rules in force and where each value came from: the default, the install's
    AFTERVIEW_HOME/playbook.toml, or your own override (`afterview playbook set`)."""
    if ctx.invoked_subcommand is not None:
        return
    from afterview.core.rules import SETTINGS
    from afterview.records.playbook_config import candidate_rules_with_sources, install_rules, playbook_path

    candidate, _ = _candidate_and_zone()
    install = install_rules().as_dict()
    rules, sources = candidate_rules_with_sources(candidate)
    values = rules.as_dict()
    rows = [
        {
            "key": s.key,
            "rule": s.rule,
            "value": values[s.key],
            "source": sources[s.key],
            "install_value": install[s.key],
            "help": s.help,
        }
        for s in SETTINGS
    ]
    if json_:
        print_json(rows)
        return
    path = playbook_path()
    state = "" if path.exists() else " (not there: the install uses the defaults)"
    echo(f"Playbook rules in force for you. The install's values are read from {path}{state};")
    echo("yours are kept with your records: `afterview playbook set KEY VALUE`, `afterview playbook reset [KEY]`.")
    for row in rows:
        mine = f" (the install's: {_toml(row['install_value'])})" if row["source"] == "your override" else ""
        echo(f"  {row['key']} = {_toml(row['value'])}    [{row['rule']}] from {row['source']}{mine}")
        echo(f"      {row['help']}")


@playbook_app.command("set")
def playbook_set(
    key: Annotated[str, typer.Argument(help="A key `afterview playbook` lists, e.g. gap_business_days.")],
    value: Annotated[str, typer.Argument(help='A whole number, or a clock time such as 09:30.')],
):
    """Set one of your own playbook values; it changes your plans only."""
    from afterview.records.playbook_config import install_rules, set_override

    candidate, _ = _candidate_and_zone()
    stored = set_override(candidate, key, value)
    echo(f"{key} = {_toml(stored)} is now your own value (the install's: {_toml(install_rules().as_dict()[key])}).")


@playbook_app.command("reset")
def playbook_reset(
    key: Annotated[str | None, typer.Argument(help="The key to reset; none resets all of yours.")] = None,
):
    """Take your own value away (or all of them): the install's applies again."""
    from afterview.records.playbook_config import install_rules, reset_overrides

    candidate, _ = _candidate_and_zone()
    reset_overrides(candidate, key)
    if key is None:
        echo("Your plans follow the install's playbook again.")
    else:
        echo(f"{key} is back to the install's value, {_toml(install_rules().as_dict()[key])}.")


def _toml(value) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)
