"""`afterview serve` and `afterview link`: the web app for this machine's candidate."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app


def _check_port(port: int) -> None:
    from afterview.core.errors import InvalidInput

    if not 0 <= port <= 65535:
        raise InvalidInput(f"--port {port} is not a port; use 1024-65535, e.g. 8000")


def run_server(*, host: str, port: int, workers: int | None = None, mail: bool = True) -> None:
    """Serve the web app until interrupted, printing the sign-in link on its own line."""
    from afterview.cli._boot import setup_django

    _check_port(port)
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
    import socket
    from urllib.parse import urlsplit

    from afterview import env
    from afterview.core.errors import InvalidInput

    if port is not None:
        _check_port(port)
    if env.database_url() is None and not (env.home() / "afterview.sqlite3").exists():
        # Nothing to sign in to, and no reason to create a home on the way.
        raise InvalidInput(f"there is no afterview home at {env.home()} yet; run `afterview init`, then `afterview serve`")
    if port is None:
        try:
            base = (env.home() / "server.url").read_text(encoding="ascii").strip()
        except OSError:
            base = None
    else:
        base = None
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.web.server import base_url, fresh_link

    if base is None:
        base = base_url(host, port or 8000)
    where = urlsplit(base)
    try:
        with socket.create_connection((where.hostname or host, where.port or 80), timeout=1):
            pass
    except OSError as e:
        raise InvalidInput(
            f"no afterview server is running at {base}; start one with `afterview serve` (it prints a sign-in link)"
        ) from e
    typer.echo(fresh_link(base))
