"""`afterview serve`: the web app for this machine's candidate."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app


def run_server(*, host: str, port: int) -> None:
    """Serve the web app until interrupted, printing the sign-in link on its own line."""
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.web.server import serve_forever

    serve_forever(host=host, port=port)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback keeps it private).")] = "127.0.0.1",
):
    """Start the web app and print a one-time sign-in link."""
    run_server(host=host, port=port)
