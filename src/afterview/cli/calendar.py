"""`afterview calendar link` and `afterview calendar export`: the plan in a calendar."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from afterview.cli import app
from afterview.core.errors import InvalidInput

calendar_app = typer.Typer(help="Your plan, interviews and promised dates in your calendar.", no_args_is_help=True)
app.add_typer(calendar_app, name="calendar")

_LOOPBACK = {"127.0.0.1", "localhost", "::1", "0.0.0.0", "::"}


def _base(url: str | None) -> str:
    from afterview import env
    from afterview.web.server import base_url

    if url is None:
        try:
            return (env.home() / "server.url").read_text(encoding="ascii").strip()
        except OSError:
            return base_url("127.0.0.1", 8000)
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"--url {url!r} is not a web address; give the server's, e.g. https://afterview.example.edu")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def loopback_warning(host: str) -> list[str]:
    """Why a subscription to this machine's loopback address cannot work, and what to do instead."""
    if host not in _LOOPBACK and not host.startswith("127."):
        return []
    return [
        f"Note: {host} is this computer's own loopback address. Google, Apple (iCloud) and Outlook fetch",
        "subscriptions from their own servers, which can never reach it. On a laptop, import the file",
        "`afterview calendar export plan.ics` writes instead (export again when the plan changes), and",
        "let the reminders tell you when a step falls due. The link works where the server is reachable:",
        "the office deployment, or a host you expose (then give its address with --url).",
    ]


@calendar_app.command("link")
def link(
    rotate: Annotated[bool, typer.Option("--rotate", help="Replace the link: the old one stops working.")] = False,
    revoke: Annotated[bool, typer.Option("--revoke", help="End the link: calendars using it get nothing more.")] = False,
    url: Annotated[
        str | None, typer.Option(help="The web app's address as calendars reach it (default: the last one served).")
    ] = None,
):
    """Make the private address a calendar app subscribes to (shown once: only its digest is kept)."""
    from afterview.cli._boot import local_candidate, now

    if rotate and revoke:
        raise InvalidInput("--rotate and --revoke contradict each other; choose one")
    base = _base(url)
    candidate = local_candidate()
    from afterview.records import calendar

    if revoke:
        if calendar.revoke_link(candidate):
            typer.echo("Revoked the calendar link: calendars subscribed to it get a 404 from now on.")
        else:
            typer.echo("There was no calendar link to revoke.")
        return
    token = calendar.make_link(candidate, now=now(), rotate=rotate)
    https = f"{base}/calendar/{token}.ics"
    typer.echo("Subscribe in your calendar app with either address; keep it private, it opens your plan:")
    typer.echo(f"  {'webcal://' + https.split('://', 1)[1]}")
    typer.echo(f"  {https}")
    if rotate:
        typer.echo("The previous link no longer works.")
    for line in loopback_warning(urlsplit(base).hostname or ""):
        typer.echo(line, err=True)


@calendar_app.command("export")
def export(
    file: Annotated[Path, typer.Argument(help="Where to write the calendar (.ics); '-' for stdout.")],
):
    """Write your plan, interviews and promised dates as one .ics file to import."""
    import sys

    from afterview.cli._boot import local_candidate, now

    candidate = local_candidate()
    from afterview.records.calendar import feed_calendar

    feed = feed_calendar(candidate, now=now())
    if str(file) == "-":
        sys.stdout.buffer.write(feed.body)
        return
    try:
        file.write_bytes(feed.body)
    except OSError as e:
        raise InvalidInput(f"cannot write {file}: {e.strerror}") from e
    typer.echo(f"Wrote {feed.events} event{'s' if feed.events != 1 else ''} to {file}; import it into your calendar.")
