"""`afterview office ...`: turn an install into a career office and run it.

The subcommands live in modules of their own (cli/office_*.py), each registering on
`office`; this module only makes the group and loads them."""

from __future__ import annotations

import importlib

import typer

from afterview.cli import app

office = typer.Typer(help="Run afterview for a career office: init, invite, cohorts, advisers, sign-in.", no_args_is_help=True)
app.add_typer(office, name="office")

#: the modules that add subcommands to `afterview office`
PARTS: tuple[str, ...] = ("office_admin", "office_accounts", "office_consent", "office_leaving", "office_dashboard", "office_figures")

for _part in PARTS:
    importlib.import_module(f"afterview.cli.{_part}")
