"""The `afterview` command: a thin Typer layer over the services.

Each command group lives in its own module and registers itself on `app`;
`main` imports only the module of the command it runs (`load`). Modules import
Django and other heavy packages inside the command functions so that
`afterview --help` and `afterview check` start fast.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from afterview.core.errors import AfterviewError


# Typer re-exports click's exceptions only as this subclass; its base is click's UsageError.
_UsageError = typer.BadParameter.__mro__[1]


#: Commands whose every write is one transaction with no effect outside the database:
#: SQLite takes the write lock when such a transaction begins, so one that found the
#: database busy did nothing and may simply run again.
_RETRY_WHEN_BUSY = frozenset(
    {"init", "interview", "touch", "expect", "update", "edit", "delete", "undo", "list", "show", "export", "import", "agenda", "why", "outbox"}
)


def _is_busy(error: BaseException) -> bool:
    """Whether `error` is SQLite saying another process holds the write lock."""
    import sqlite3

    while error is not None:
        if isinstance(error, sqlite3.OperationalError) and (
            "database is locked" in str(error) or "database is busy" in str(error)
        ):
            return True
        error = error.__cause__
    return False


class _Group(TyperGroup):
    """Turns every domain error and usage mistake into one line on stderr and exit status 2."""

    def invoke(self, ctx):
        args = (list(getattr(ctx, "_protected_args", [])), list(ctx.args))
        retry = bool(args[0] or args[1]) and (args[0] + args[1])[0] in _RETRY_WHEN_BUSY
        try:
            try:
                return super().invoke(ctx)
            except Exception as e:
                if not (retry and _is_busy(e)):
                    raise
            ctx._protected_args, ctx.args = args
            return super().invoke(ctx)
        except AfterviewError as e:
            typer.echo(f"afterview: {e}", err=True)
            raise typer.Exit(2) from e
        except _UsageError as e:
            where = e.ctx.command_path if e.ctx is not None else "afterview"
            message = e.format_message().rstrip(".")
            typer.echo(f"{where}: {message[:1].lower()}{message[1:]} (see `{where} --help`)", err=True)
            raise typer.Exit(2) from e
        except Exception as e:
            if not _is_busy(e):
                raise
            typer.echo("afterview: the database is busy (another afterview is writing); try again in a moment", err=True)
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

@app.callback()
def _group() -> None:
    # A callback keeps `app` a group of commands when a command line loads only
    # one module, whose single command Typer would otherwise run without its name.
    pass


#: The modules that register commands on `app`; their order is the order `--help`
#: lists the commands in.
MODULES = ("records", "editing", "playbook", "web", "check", "draft", "outreach", "greet", "spreadsheet", "replies", "calendar", "sessions", "notify", "token", "deploy", "office")

#: The module each command lives in. A command line imports only its own module
#: (Typer then builds only its commands): `afterview list` need not load the mail
#: commands. `--help` and unknown names load them all. A test keeps this in step.
COMMANDS = {
    **dict.fromkeys(("init", "interview", "touch", "expect", "update", "list", "show", "export", "import", "demo"), "records"),
    **dict.fromkeys(("edit", "delete", "undo"), "editing"),
    **dict.fromkeys(("agenda", "why", "playbook"), "playbook"),
    **dict.fromkeys(("serve", "link"), "web"),
    "check": "check",
    "draft": "draft",
    **dict.fromkeys(("mail", "send", "outbox", "cancel", "confirm", "worker"), "outreach"),
    "greet": "greet",
    **dict.fromkeys(("import-csv", "export-csv"), "spreadsheet"),
    "reply": "replies",
    "calendar": "calendar",
    "sessions": "sessions",
    **dict.fromkeys(("notify", "status"), "notify"),
    "token": "token",
    **dict.fromkeys(("migrate", "web", "health"), "deploy"),
    "office": "office",
}


def load(argv: list[str] | None = None) -> None:
    """Register the commands `argv` names (all of them without one)."""
    import importlib

    name = next((arg for arg in argv or () if not arg.startswith("-")), None)
    for module in (COMMANDS[name],) if name in COMMANDS else MODULES:
        importlib.import_module(f"afterview.cli.{module}")
    if name in COMMANDS:
        # Typer builds every registered command's options from its annotations before
        # running one (evaluating them is most of its start-up): keep only this one.
        app.registered_commands = [c for c in app.registered_commands if _name_of(c) == name]
        app.registered_groups = [g for g in app.registered_groups if (g.name or g.typer_instance.info.name) == name]


def _name_of(command) -> str:
    from typer.main import get_command_name

    return command.name or get_command_name(command.callback.__name__)


def main() -> None:
    import sys

    if sys.argv[1:2] == ["check"] and "--help" not in sys.argv:
        from afterview.core.check.engine import build_early

        build_early()  # Harper's dictionary builds while the rest starts
    load(sys.argv[1:])
    app(prog_name="afterview")
