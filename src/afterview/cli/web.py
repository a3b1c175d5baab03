"""`afterview serve` and `afterview link`: the web app for this machine's candidate."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app


def run_server(*, host: str, port: int, workers: int | None = None, mail: bool = True) -> None:
    """Serve the web app until interrupted, printing the sign-in link on its own line."""
    from afterview.cli._boot import setup_django
    from afterview.core.errors import InvalidInput

    if not 0 <= port <= 65535:
        raise InvalidInput(f"--port {port} is not a port; use 1024-65535, e.g. 8000")
    setup_django()
    from afterview.web.server import serve_forever

    serve_forever(host=host, port=port, workers=workers, mail=mail)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback keeps it private).")] = "127.0.0.1",
    workers: Annotated[
        int | None, typer.Option(help="Web server processes (default: one per CPU, at most 4; always 1 on Windows).")
    ] = None,
    mail: Annotated[
        bool, typer.Option("--mail/--no-mail", help="Send approved notes and read inboxes alongside, as `afterview worker` does.")
    ] = True,
):
    """Start the web app and print a one-time sign-in link."""
    run_server(host=host, port=port, workers=workers, mail=mail)


@app.command()
def link(
    port: Annotated[int | None, typer.Option(help="Port of the running web app (default: the last one served).")] = None,
    host: Annotated[str, typer.Option(help="Address of the running web app.")] = "127.0.0.1",
):
    """Print a new one-time sign-in link for the running web app."""
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview import env
    from afterview.web.server import base_url, fresh_link

    if port is None:
        try:
            base = (env.home() / "server.url").read_text(encoding="ascii").strip()
        except OSError:
            base = base_url(host, 8000)
    else:
        base = base_url(host, port)
    typer.echo(fresh_link(base))
