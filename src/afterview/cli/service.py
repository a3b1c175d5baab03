"""`afterview worker --install/--uninstall`: see `afterview.autostart`."""

from __future__ import annotations

import typer

from afterview.cli._boot import setup_django
from afterview.core.errors import InvalidInput


def install_or_uninstall(*, install: bool, uninstall: bool, platform: str | None) -> None:
    from afterview import autostart

    if install and uninstall:
        raise InvalidInput("give --install or --uninstall, not both")
    if uninstall:
        service = autostart.uninstall(platform)
        for path in service.files:
            typer.echo(f"Removed {path}")
        typer.echo("The worker no longer starts at login.")
        return
    setup_django()  # the worker's database exists before the service first starts it
    service = autostart.install(platform)
    for path in service.files:
        typer.echo(f"Wrote {path}")
    typer.echo(f"The worker starts at login and keeps running. Check it with `{service.check}` or `afterview status`.")
