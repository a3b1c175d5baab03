"""`afterview token create|list|revoke`: personal access tokens for the JSON API."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json
from afterview.cli._out import JsonOption

token_app = typer.Typer(help="Personal access tokens for the API at /api/v1/.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def create(
    name: Annotated[str, typer.Option(help="What the token is for, e.g. 'morning script'.")],
    read_only: Annotated[bool, typer.Option("--read-only", help="It may read and check, never write.")] = False,
):
    """Make a token and print it once: only its digest is kept."""
    candidate = _candidate()  # sets Django up: the token models need it
    from afterview.api.tokens import create_token

    made = create_token(candidate, name, read_only=read_only, now=_now())
    kind = "read-only" if read_only else "read-write"
    typer.echo(made.secret)
    typer.echo(
        f"Token {made.token.pk} ({made.token.name}, {kind}): copy it now, it is not shown again. "
        "Send it as 'Authorization: Bearer <token>'.",
        err=True,
    )


@token_app.command("list")
def list_(json_: JsonOption = False):
    """Your tokens: name, access, when made and last used, revoked or not."""
    candidate = _candidate()
    from afterview.api.tokens import tokens_of
    from afterview.records.agenda import iso

    rows = [
        {
            "id": t.pk,
            "name": t.name,
            "prefix": t.prefix,
            "read_only": t.read_only,
            "created_at": iso(t.created_at),
            "last_used_at": iso(t.last_used_at),
            "revoked_at": iso(t.revoked_at),
        }
        for t in tokens_of(candidate)
    ]
    if json_:
        print_json(rows)
        return
    if not rows:
        typer.echo("No tokens yet; `afterview token create --name NAME` makes one.")
    for row in rows:
        state = f"revoked {row['revoked_at'][:16]}" if row["revoked_at"] else "live"
        used = f"last used {row['last_used_at'][:16]}" if row["last_used_at"] else "never used"
        access = "read-only" if row["read_only"] else "read-write"
        typer.echo(f"{row['id']}: {row['name']} ({row['prefix']}…, {access}) — {state}, {used}")


@token_app.command("revoke")
def revoke(which: Annotated[str, typer.Argument(help="The token's id or name (see `afterview token list`).")]):
    """Revoke a token: it answers 401 from now on."""
    candidate = _candidate()
    from afterview.api.tokens import revoke_token

    token = revoke_token(candidate, which, now=_now())
    typer.echo(f"Revoked token {token.pk} ({token.name}).")
