"""Reminders: `afterview notify add|list|remove|test|settings` and `afterview status`."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json
from afterview.cli._boot import zone_of as _zone_of
from afterview.cli._out import JsonOption, local

notify_app = typer.Typer(
    help="Where reminders reach you: Apprise URLs for your phone, desktop or chat.", no_args_is_help=True
)
app.add_typer(notify_app, name="notify")


@notify_app.command("add")
def notify_add(
    url: Annotated[str | None, typer.Argument(help="An Apprise URL, e.g. ntfys://ntfy.sh/YOUR-TOPIC.")] = None,
    url_stdin: Annotated[bool, typer.Option(help="Read the URL from stdin (keeps its secret out of your shell history).")] = False,
):
    """Add a channel; the URL is stored encrypted and shown back only with its secrets masked."""
    import sys

    from afterview.core.errors import InvalidInput

    if url_stdin:
        if url is not None:
            raise InvalidInput("give the URL as an argument or on stdin with --url-stdin, not both")
        url = sys.stdin.readline().strip()
    if not url:
        raise InvalidInput("the URL is missing; give it as an argument, or pipe it in with --url-stdin")
    candidate = _candidate()
    from afterview.reminders.services import add_channel

    channel = add_channel(candidate, url, now=_now())
    typer.echo(f"Channel {channel.pk} added: {channel.masked}")
    typer.echo("Check it with `afterview notify test`.")


@notify_app.command("list")
def notify_list(json_: JsonOption = False):
    """Your channels (secrets masked) and when reminders may reach you."""
    candidate = _candidate()
    from afterview.reminders.services import channel_list, format_quiet, preferences

    channels = channel_list(candidate)
    prefs = preferences(candidate)
    if json_:
        print_json(
            {
                "channels": [{"id": c.pk, "url": c.masked} for c in channels],
                "quiet": format_quiet(prefs),
                "digest": prefs.digest,
                "digest_hour": prefs.digest_hour,
            }
        )
        return
    if not channels:
        typer.echo("No channels yet; add one with `afterview notify add URL`.")
    for channel in channels:
        typer.echo(f"{channel.pk}  {channel.masked}")
    typer.echo(f"Quiet hours: {format_quiet(prefs)}; digest: {prefs.digest} at {prefs.digest_hour:02d}:00.")


@notify_app.command("remove")
def notify_remove(channel: Annotated[int, typer.Argument(help="The channel's id (see `afterview notify list`).")]):
    """Stop sending reminders to a channel."""
    candidate = _candidate()
    from afterview.reminders.services import remove_channel

    gone = remove_channel(candidate, channel)
    typer.echo(f"Channel {channel} removed: {gone.masked}")


@notify_app.command("test")
def notify_test(channel: Annotated[int | None, typer.Argument(help="One channel's id (default: each).")] = None):
    """Send a test notification and say what each service answered."""
    candidate = _candidate()
    from afterview.reminders.services import test_channels

    results = test_channels(candidate, channel)
    for result in results:
        mark = "ok" if result.ok else "FAILED"
        typer.echo(f"{result.channel.pk} {result.channel.masked}: {mark} — {result.detail}")
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@notify_app.command("settings")
def notify_settings(
    quiet: Annotated[str | None, typer.Option(help="No reminders between these local times, e.g. 21:00-08:00, or 'off'.")] = None,
    digest: Annotated[str | None, typer.Option(help="The morning digest: daily, weekly (Mondays) or off.")] = None,
    digest_hour: Annotated[int | None, typer.Option(help="The local hour the digest goes at (0-23).")] = None,
):
    """Quiet hours and the morning digest."""
    candidate = _candidate()
    from afterview.reminders.services import format_quiet, save_preferences

    prefs = save_preferences(candidate, quiet=quiet, digest=digest, digest_hour=digest_hour)
    typer.echo(f"Quiet hours: {format_quiet(prefs)}; digest: {prefs.digest} at {prefs.digest_hour:02d}:00 your time.")


@app.command()
def status(json_: JsonOption = False):
    """Whether a worker is running, when it last ran, what it does next, and what can reach you."""
    candidate = _candidate()
    from afterview.reminders.status import status_of

    report = status_of(candidate, _now())
    if json_:
        print_json(report.as_json())
        return
    zone = _zone_of(candidate)
    if report.running:
        names = ", ".join(b.worker for b in report.running)
        typer.echo(f"Worker: running ({names}); last round {local(report.last_beat.beat_at, zone)}: {report.last_beat.last}.")
    elif report.last_beat is not None:
        typer.echo(
            f"Worker: not running; last seen {local(report.last_beat.beat_at, zone)}. "
            "Start it with `afterview worker`, or `afterview worker --install` to keep it running."
        )
    else:
        typer.echo("Worker: has never run here. Start it with `afterview worker --install` (or `afterview serve`).")
    if report.upcoming:
        typer.echo("Next:")
        for at, what in report.upcoming[:5]:
            typer.echo(f"  {local(at, zone)}  {what}")
    else:
        typer.echo("Next: nothing planned.")
    if report.sent_today:
        typer.echo(f"Sent in the last day: {report.sent_today} reminder{'s' if report.sent_today != 1 else ''}.")
    typer.echo(report.reach.describe())
