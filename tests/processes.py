"""Every real `afterview` process the suite starts goes through `afterview_argv`, which
notes the command path it runs (`("interview", "add")`, `("mail", "sync")`, ...), so
that `tests/cli/test_every_command_runs.py` can compare the record with the Typer
command tree: an in-process test can pass while the real program fails at start-up."""

from __future__ import annotations

import sys

#: the command paths real processes were started with in this test session
RAN: set[tuple[str, ...]] = set()


def command_tree() -> set[tuple[str, ...]]:
    """Every runnable command path of the `afterview` program, walked from Typer's tree now
    (so commands other branches add are included without a list to keep)."""
    import typer.main

    from afterview.cli import app

    root = typer.main.get_command(app)
    paths: set[tuple[str, ...]] = set()

    def walk(command, path):
        children = getattr(command, "commands", None)
        if children is None:
            paths.add(path)
            return
        for name, child in children.items():
            if not getattr(child, "hidden", False):
                walk(child, (*path, name))

    walk(root, ())
    return paths


def command_path(args) -> tuple[str, ...] | None:
    """The command path `args` run, or None when they only ask for help."""
    import typer.main

    from afterview.cli import app

    if "--help" in args:
        return None
    command, path = typer.main.get_command(app), ()
    for arg in args:
        children = getattr(command, "commands", None)
        if children is None or arg not in children:
            break
        command, path = children[arg], (*path, arg)
    return path if getattr(command, "commands", None) is None else None


def afterview_argv(*args: str) -> list[str]:
    """The argv of a real `afterview ARGS` process, noting its command path."""
    path = command_path(args)
    if path is not None:
        RAN.add(path)
    return [sys.executable, "-m", "afterview", *args]
