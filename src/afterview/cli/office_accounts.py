"""`afterview office sso`: the office's single sign-on provider (OpenID Connect)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from afterview.cli.office import office


@office.command("sso")
def sso(
    name: Annotated[Optional[str], typer.Option(help="The provider as people know it: the button says “Sign in with NAME”.")] = None,
    issuer: Annotated[Optional[str], typer.Option(help="The provider's issuer URL (https), e.g. https://login.example.edu/realms/students.")] = None,
    client_id: Annotated[Optional[str], typer.Option("--client-id", help="The client ID the provider gave afterview.")] = None,
    client_secret_file: Annotated[Optional[Path], typer.Option("--client-secret-file", help="A file holding the client secret (kept off the command line).")] = None,
    off: Annotated[bool, typer.Option("--off", help="Turn single sign-on off: only passwords sign in.")] = False,
):
    """Let people sign in with the office's OpenID Connect provider (or turn it off).

    With no options, says what is configured."""
    from afterview.cli._boot import setup_django
    from afterview.core.errors import InvalidInput

    setup_django()
    from afterview.office import accounts
    from afterview.office.mode import is_office

    if not is_office():
        raise InvalidInput("this install is not a career office yet; run `afterview office init --name NAME --admin EMAIL` first")
    given = [value is not None for value in (name, issuer, client_id, client_secret_file)]
    if off:
        if any(given):
            raise InvalidInput("--off takes no other option; run it alone")
        was = accounts.turn_sso_off()
        typer.echo("Single sign-on is off; people sign in with their e-mail and password." if was else "Single sign-on was already off.")
        return
    if not any(given):
        current = accounts.sso()
        if current is None:
            typer.echo("Single sign-on is off. Turn it on with --name, --issuer, --client-id and --client-secret-file.")
        else:
            typer.echo(f"Single sign-on is on: “Sign in with {current.name}” ({current.issuer}, client {current.client_id}).")
        return
    missing = [flag for flag, ok in zip(("--name", "--issuer", "--client-id", "--client-secret-file"), given) if not ok]
    if missing:
        raise InvalidInput(f"missing {', '.join(missing)}; single sign-on needs all four")
    try:
        secret = client_secret_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"cannot read --client-secret-file {client_secret_file} ({e.__class__.__name__}); give a readable text file") from e
    saved = accounts.configure_sso(name=name, issuer=issuer, client_id=client_id, client_secret=secret)
    typer.echo(f"Single sign-on is on: “Sign in with {saved.name}” ({saved.issuer}).")
    typer.echo("Register this redirect URI with the provider: https://YOUR-HOST/accounts/oidc/office/login/callback/", err=True)
