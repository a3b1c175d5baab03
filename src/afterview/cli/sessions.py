"""`afterview sessions revoke`: sign every browser out of the web app."""

from __future__ import annotations

import typer

from afterview.cli import app
from afterview.cli._boot import setup_django
from afterview.cli._out import echo

sessions_app = typer.Typer(help="The web app's signed-in browsers.", no_args_is_help=True)
app.add_typer(sessions_app, name="sessions")


@sessions_app.command("revoke")
def revoke():
    """Sign out every browser signed in to the web app (a lost laptop, a shared computer)."""
    setup_django()
    from afterview.web.sessions import revoke as revoke_all

    count = revoke_all()
    echo(f"Signed out {count} web session{'s' if count != 1 else ''}; sign in again with `afterview serve`.")
