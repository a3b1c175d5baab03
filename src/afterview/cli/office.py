"""`afterview office ...`: turn an install into a career office and run it.

The subcommands live in modules of their own (cli/office_*.py), each registering on
`office`; this module only makes the group and loads them."""

from __future__ import annotations

import importlib

import typer

from afterview.cli import app

office = typer.Typer(help="Run afterview for a career office: init, invite, cohorts, advisers, sign-in.", no_args_is_help=True)
app.add_typer(office, name="office")

#: `afterview office student ...`: made here once; office_leaving adds delete, office_dashboard deactivate
student = typer.Typer(
    help="The office's students: delete one with every row, or deactivate one (keep anonymous counts).",
    no_args_is_help=True,
)
office.add_typer(student, name="student")

#: the modules that add subcommands to `afterview office`
PARTS: tuple[str, ...] = ("office_admin", "office_accounts", "office_consent", "office_leaving", "office_dashboard", "office_figures")

for _part in PARTS:
    importlib.import_module(f"afterview.cli.{_part}")
