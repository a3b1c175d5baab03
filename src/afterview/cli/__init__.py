"""The `afterview` command: a thin Typer layer over the services.

Each command group lives in its own module and registers itself on `app`.
Modules import Django and other heavy packages inside the command functions so
that `afterview --help` and `afterview check` start fast.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from afterview.core.errors import AfterviewError


# Typer re-exports click's exceptions only as this subclass; its base is click's UsageError.
_UsageError = typer.BadParameter.__mro__[1]


class _Group(TyperGroup):
    """Turns every domain error and usage mistake into one line on stderr and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AfterviewError as e:
            typer.echo(f"afterview: {e}", err=True)
            raise typer.Exit(2) from e
        except _UsageError as e:
            where = e.ctx.command_path if e.ctx is not None else "afterview"
            message = e.format_message().rstrip(".")
            typer.echo(f"{where}: {message[:1].lower()}{message[1:]} (see `{where} --help`)", err=True)
            raise typer.Exit(2) from e


app = typer.Typer(
    name="afterview",
    cls=_Group,
    help="Everything after the interview: next steps, thank-you notes, polite follow-ups — never too often.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Registration order is the order `--help` lists the commands in.
from afterview.cli import records as _records  # noqa: E402,F401
from afterview.cli import playbook as _playbook  # noqa: E402,F401
from afterview.cli import web as _web  # noqa: E402,F401
from afterview.cli import check as _check  # noqa: E402,F401
from afterview.cli import draft as _draft  # noqa: E402,F401
from afterview.cli import outreach as _outreach  # noqa: E402,F401
from afterview.cli import greet as _greet  # noqa: E402,F401
from afterview.cli import spreadsheet as _spreadsheet  # noqa: E402,F401
from afterview.cli import token as _token  # noqa: E402,F401


def main() -> None:
    app(prog_name="afterview")
