"""`afterview import-csv` and `afterview export-csv`: the spreadsheets people keep."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json
from afterview.cli._out import JsonOption
from afterview.core.errors import InvalidInput
from afterview.core.spreadsheet import MAX_BYTES, PRESETS, DateOrder

_PRESET_NAMES = ", ".join(PRESETS)


@app.command("import-csv")
def import_csv(
    file: Annotated[Path, typer.Argument(help="A CSV file: your own spreadsheet or another tracker's export.")],
    map_: Annotated[
        list[str],
        typer.Option("--map", help="field=Column, e.g. company=Employer; repeat for each (see docs/csv.md)."),
    ] = [],  # noqa: B006 (Typer reads the default, never mutates it)
    preset: Annotated[str | None, typer.Option(help=f"Another tracker's export format: {_PRESET_NAMES}.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be created; write nothing.")] = False,
    day_first: Annotated[bool, typer.Option("--day-first", help="Read 03/04/2026 as 3 April.")] = False,
    month_first: Annotated[bool, typer.Option("--month-first", help="Read 03/04/2026 as March 4.")] = False,
    country: Annotated[str, typer.Option(help="Country of new organizations and of phone numbers without +.")] = "US",
    json_: JsonOption = False,
):
    """Import applications from a spreadsheet; all or nothing, and a second import adds nothing."""
    from afterview.core.parse import parse_country
    from afterview.core.spreadsheet import PRESETS as presets

    if day_first and month_first:
        raise InvalidInput("give --day-first or --month-first, not both")
    if preset is not None and preset not in presets:
        raise InvalidInput(f"unknown preset {preset!r}; use one of {_PRESET_NAMES}")
    order = DateOrder.DAY_FIRST if day_first else DateOrder.MONTH_FIRST if month_first else DateOrder.REFUSE
    country_code = parse_country(country)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file} is {file.stat().st_size // (1024 * 1024)} MB; a spreadsheet of applications is far smaller")
        raw = file.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {file}: {e.strerror}") from e
    candidate = _candidate()
    from afterview.records import spreadsheet

    table = spreadsheet.read_file(raw)
    mapping = spreadsheet.choose_mapping(table, preset=preset, maps=map_)
    plan = spreadsheet.plan_import(candidate, table, mapping, order=order, country=country_code)
    plan.raise_errors()
    if json_:
        data = {
            "mapping": {str(k): list(v) for k, v in plan.mapping.items()},
            "rows": [
                {"line": r.line, "company": r.company, "role": r.role, "creates": r.creates(), "duplicate": r.duplicate}
                for r in plan.rows
            ],
        }
    else:
        label = f"preset {preset}" if preset else ("your --map" if map_ else "guessed from the headers")
        typer.echo(f"Columns ({label}):")
        for name, columns in plan.mapping.items():
            typer.echo(f"  {name:<14} <- {', '.join(repr(c) for c in columns)}")
        unused = [h for h in plan.headers if h and not any(h in cols for cols in plan.mapping.values())]
        if unused:
            typer.echo(f"  (ignored: {', '.join(repr(h) for h in unused)})")
    if dry_run:
        if json_:
            data["dry_run"] = True
            print_json(data)
            return
        typer.echo("Would create (dry run, nothing written):")
        for row in plan.rows:
            typer.echo(f"  line {row.line}: {row.role} at {row.company} — {row.creates()}")
        typer.echo(f"{len(plan.new)} new, {plan.skipped} already here (skipped).")
        return
    from afterview.records.spreadsheet import apply_import

    result = apply_import(candidate, plan, now=_now(), country=country_code)
    if json_:
        data.update({"created": result.created, "skipped": result.skipped, "ids": list(result.application_ids)})
        print_json(data)
        return
    typer.echo(
        f"Imported {result.created} application{'s' if result.created != 1 else ''} from {file}; "
        f"skipped {result.skipped} already here."
    )


@app.command("export-csv")
def export_csv(
    directory: Annotated[Path, typer.Argument(help="A folder to write applications.csv, history.csv and contacts.csv in.")],
):
    """Write your records as CSV files a spreadsheet opens (UTF-8 with BOM, formulas disarmed)."""
    candidate = _candidate()
    from afterview.records.spreadsheet import export_files

    files = export_files(candidate, _now())
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (directory / name).write_bytes(data)
    except OSError as e:
        raise InvalidInput(f"cannot write in {directory}: {e.strerror}") from e
    typer.echo(f"Wrote {', '.join(files)} in {directory}.")
