"""Commands that send: mail setup/test/sync/show, send, outbox, cancel, confirm, worker."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json, setup_django
from afterview.cli._boot import zone_of as _zone_of
from afterview.cli._out import JsonOption, console, echo, local, plain
from afterview.core.errors import InvalidInput
from afterview.core.steps import KINDS


mail_app = typer.Typer(help="Your mailbox: where notes leave from and replies arrive.", no_args_is_help=True)
app.add_typer(mail_app, name="mail")


def _interactive() -> bool:
    return sys.stdin.isatty()


def _ask(value, label: str, option: str, *, default=None, kind=str):
    """The option's value; else a prompt in a terminal; else the default; else an error."""
    if value is not None:
        return value
    if _interactive():
        return typer.prompt(label, default=default, type=kind)
    if default is not None:
        return default
    raise InvalidInput(f"{option} is missing; give it on the command line")


def _read_passwords(count: int) -> list[str]:
    lines = sys.stdin.read().splitlines()
    if len(lines) < count:
        raise InvalidInput(
            f"expected {count} password line{'s' if count != 1 else ''} on standard input "
            f"(SMTP first, then IMAP), got {len(lines)}"
        )
    return lines[:count]


@mail_app.command("setup")
def mail_setup(
    from_: Annotated[str | None, typer.Option("--from", help="'Your Name <you@example.com>', as notes are signed and sent.")] = None,
    smtp_host: Annotated[str | None, typer.Option(help="Your provider's SMTP server, e.g. smtp.example.com.")] = None,
    smtp_port: Annotated[int | None, typer.Option(help="587 for starttls, 465 for tls.")] = None,
    smtp_security: Annotated[str | None, typer.Option(help="none, starttls or tls.")] = None,
    smtp_user: Annotated[str | None, typer.Option(help="SMTP login (usually your address); '' for none.")] = None,
    smtp_password_stdin: Annotated[bool, typer.Option(help="Read the SMTP password from the first line of stdin.")] = False,
    imap_host: Annotated[str | None, typer.Option(help="IMAP server for replies and the Sent folder; '' for none.")] = None,
    imap_port: Annotated[int | None, typer.Option(help="993 for tls, 143 for none.")] = None,
    imap_security: Annotated[str | None, typer.Option(help="none or tls.")] = None,
    imap_user: Annotated[str | None, typer.Option(help="IMAP login (usually your address).")] = None,
    imap_password_stdin: Annotated[bool, typer.Option(help="Read the IMAP password from stdin (after the SMTP one).")] = False,
    imap_folder: Annotated[str | None, typer.Option(help="Folder replies arrive in.")] = None,
    sent_folder: Annotated[str | None, typer.Option(help="Sent folder (default: the one the server marks as Sent).")] = None,
    copy_to_sent: Annotated[
        bool | None, typer.Option("--copy-to-sent/--no-copy-to-sent", help="File a copy of each note in Sent (off for providers that do it).")
    ] = None,
    allow_insecure: Annotated[
        bool, typer.Option("--allow-insecure", help="Allow security 'none' to a server on another machine (password and notes go in clear).")
    ] = False,
    provider: Annotated[
        str | None, typer.Option(help="gmail, google-workspace, outlook, microsoft365, yahoo, icloud, fastmail or other: fills in servers, ports, security and folders.")
    ] = None,
    oauth: Annotated[
        str | None, typer.Option(help="Sign in with OAuth2: microsoft, google or generic (endpoints from oauth.toml); 'none' for a password.")
    ] = None,
    ca_file: Annotated[str | None, typer.Option(help="A certificate authority file to trust (a self-hosted server); '' for the system's.")] = None,
):
    """Set up the mailbox notes are sent from; passwords are stored encrypted, never on the command line.

    A stored password belongs to its server: change the server, port, security
    or user and it is forgotten, so give it again.
    """
    from afterview.core.parse import parse_named_address
    from afterview.core.providers import SignIn
    from afterview.core.providers import preset as find_preset

    candidate = _candidate()
    from afterview.outreach.models import MailAccount
    from afterview.outreach.account import AccountInput, save_account

    old = MailAccount.objects.for_owner(candidate).first()

    chosen = find_preset(provider) if provider is not None else None
    if chosen is not None and chosen.key != "other":
        # The preset's values stand in for the old ones; options given still win.
        smtp_host = smtp_host if smtp_host is not None else chosen.smtp_host
        smtp_port = smtp_port if smtp_port is not None else chosen.smtp_port
        smtp_security = smtp_security if smtp_security is not None else chosen.smtp_security
        imap_host = imap_host if imap_host is not None else chosen.imap_host
        imap_port = imap_port if imap_port is not None else chosen.imap_port
        imap_security = imap_security if imap_security is not None else chosen.imap_security
        sent_folder = sent_folder if sent_folder is not None else chosen.sent_folder
        copy_to_sent = copy_to_sent if copy_to_sent is not None else not chosen.copies_to_sent
    if oauth is None:
        wants_password = smtp_password_stdin or imap_password_stdin
        if chosen is not None and chosen.sign_in == SignIn.OAUTH2 and not wants_password:
            oauth = chosen.oauth
        elif chosen is None and old is not None and not wants_password:
            oauth = old.oauth_provider
        else:
            oauth = ""
    oauth = "" if oauth == "none" else oauth
    if oauth:
        from afterview.outreach.oauth import PROVIDERS

        if oauth not in PROVIDERS:
            raise InvalidInput(f"--oauth must be one of {', '.join(PROVIDERS)} or none, not {oauth!r}")

    def was(name, fallback=None):
        return getattr(old, name) if old is not None else fallback

    sender = parse_named_address(
        _ask(from_, "From (Your Name <you@example.com>)", "--from", default=str(old) if old else None),
        require_email=True,
    )
    host = _ask(smtp_host, "SMTP server", "--smtp-host", default=was("smtp_host"))
    security = _ask(smtp_security, "SMTP security (none, starttls, tls)", "--smtp-security", default=was("smtp_security", "starttls"))
    port = _ask(smtp_port, "SMTP port", "--smtp-port", default=was("smtp_port", {"tls": 465, "none": 25}.get(security, 587)), kind=int)
    user = _ask(smtp_user, "SMTP user ('' for none)", "--smtp-user", default=was("smtp_user", sender.email))
    imap = imap_host if imap_host is not None else was("imap_host")
    if imap is None:
        imap = _ask(None, "IMAP server for replies ('' for none)", "--imap-host", default="")
    if imap:
        i_security = _ask(imap_security, "IMAP security (none, tls)", "--imap-security", default=was("imap_security", "tls"))
        i_port = _ask(imap_port, "IMAP port", "--imap-port", default=was("imap_port") or (993 if i_security == "tls" else 143), kind=int)
        i_user = _ask(imap_user, "IMAP user", "--imap-user", default=was("imap_user") or user or sender.email)
    else:
        i_security, i_port, i_user = imap_security or "tls", None, ""

    wanted = [smtp_password_stdin, imap_password_stdin]
    piped = _read_passwords(sum(wanted)) if any(wanted) else []
    smtp_password = piped.pop(0) if smtp_password_stdin else None
    imap_password = piped.pop(0) if imap_password_stdin else None
    if oauth and (smtp_password is not None or imap_password is not None):
        raise InvalidInput("--oauth signs in without a password; leave out --smtp-password-stdin and --imap-password-stdin, or pass --oauth none")
    smtp_kept = old is not None and old.smtp_password_token and (old.smtp_host, old.smtp_port, old.smtp_security, old.smtp_user) == (
        host.strip(), port, security, user.strip()
    )
    if oauth:
        pass
    elif smtp_password is None and user and not smtp_kept:
        moved = " (the server, port, security or user changed, so the stored one is forgotten)" if old and old.smtp_password_token else ""
        if not _interactive():
            raise InvalidInput(f"the SMTP password is missing{moved}; pipe it in with --smtp-password-stdin")
        smtp_password = typer.prompt(f"SMTP password for {user}{moved}", hide_input=True)
    imap_kept = old is not None and old.imap_password_token and (old.imap_host, old.imap_port, old.imap_security, old.imap_user) == (
        imap.strip(), i_port, i_security, i_user.strip()
    )
    if oauth:
        pass
    elif imap_password is None and imap and not imap_kept:
        moved = " (the server, port, security or user changed, so the stored one is forgotten)" if old and old.imap_password_token else ""
        if not _interactive():
            raise InvalidInput(f"the IMAP password is missing{moved}; pipe it in with --imap-password-stdin")
        imap_password = typer.prompt(f"IMAP password for {i_user}{moved}", hide_input=True)

    data = AccountInput(
        from_name=sender.name,
        from_address=sender.email,
        smtp_host=host.strip(),
        smtp_port=port,
        smtp_security=security,
        smtp_user=user.strip(),
        smtp_password=smtp_password,
        imap_host=imap.strip(),
        imap_port=i_port,
        imap_security=i_security,
        imap_user=i_user.strip(),
        imap_password=imap_password,
        imap_folder=imap_folder if imap_folder is not None else was("imap_folder", "INBOX"),
        sent_folder=sent_folder if sent_folder is not None else was("sent_folder", ""),
        copy_to_sent=copy_to_sent if copy_to_sent is not None else was("copy_to_sent", True),
        allow_insecure=allow_insecure,
        provider=chosen.key if chosen is not None else was("provider", ""),
        ca_file=(ca_file if ca_file is not None else was("ca_file", "")).strip(),
        oauth_provider=oauth,
    )
    account = save_account(candidate, data, now=_now())
    echo(f"Mailbox saved: notes leave from {account} via {account.smtp_host}:{account.smtp_port}.")
    if chosen is not None:
        typer.echo(f"{chosen.label}: {chosen.advice}.")
    if account.uses_oauth and account.needs_sign_in:
        typer.echo("Now sign in: `afterview mail signin` (a code to type on any device) or `afterview mail signin --browser`.")
    if not account.has_imap:
        typer.echo("Without IMAP, replies are not noticed: log them with `afterview touch APP reply`.")
    typer.echo("Check it with `afterview mail test`.")


@mail_app.command("signin")
def mail_signin(
    browser: Annotated[bool, typer.Option("--browser", help="Open the browser and take the answer on a loopback port (PKCE) instead of a device code.")] = False,
    no_open: Annotated[bool, typer.Option("--no-open", help="With --browser: print the address instead of opening it.")] = False,
):
    """Sign in to an OAuth2 mailbox (Microsoft, Google or your own server); the tokens are stored encrypted."""
    candidate = _candidate()
    from afterview.outreach import oauth as o
    from afterview.outreach.account import get_account, store_sign_in

    account = get_account(candidate)
    if not account.uses_oauth:
        raise InvalidInput("this mailbox signs in with a password; run `afterview mail setup --provider ...` or `--oauth ...` first")
    provider = o.load_provider(account.oauth_provider)
    if browser:
        def open_url(url):
            typer.echo(f"Sign in at: {url}", err=True)
            if not no_open:
                import webbrowser

                webbrowser.open(url)

        token = o.browser_flow(provider, open_url=open_url)
    else:
        def show(url, code):
            typer.echo(f"Open {url} and enter the code {code}", err=True)

        token = o.device_flow(provider, show=show)
    account = store_sign_in(candidate, token, now=_now())
    typer.echo(f"Signed in: {account.from_address} sends and reads with OAuth2 ({account.oauth_provider}).")


@mail_app.command("test")
def mail_test():
    """Connect to the SMTP and IMAP servers and say plainly what failed."""
    candidate = _candidate()
    from afterview.outreach.account import test_account

    results = test_account(candidate)
    for probe in results:
        mark = "ok" if probe.ok else "FAILED"
        echo(f"{probe.service} {probe.target}: {mark} — {probe.detail}")
    if not all(p.ok for p in results):
        raise typer.Exit(1)


@mail_app.command("show")
def mail_show(json_: JsonOption = False):
    """The mailbox settings (passwords are never shown)."""
    candidate = _candidate()
    from afterview.outreach.account import account_summary, get_account

    summary = account_summary(get_account(candidate))
    if json_:
        print_json(summary)
        return
    zone = _zone_of(candidate)
    for key, value in summary.items():
        if key == "synced_at":
            value = local(value, zone) if value else "never"
        if value is not None:
            echo(f"{key.replace('_', ' ')}: {value}")


@mail_app.command("sync")
def mail_sync():
    """Look for replies in the inbox once; a reply cancels follow-ups it makes unnecessary."""
    candidate = _candidate()
    from afterview.outreach.account import get_account
    from afterview.outreach.inbox import sync_replies

    account = get_account(candidate)
    if not account.has_imap:
        raise InvalidInput("no IMAP server is set up; add one with `afterview mail setup --imap-host ...`")
    report = sync_replies(account, now=_now())
    if report.busy:
        typer.echo("A worker is reading the inbox right now; its findings will show in `afterview outbox`.")
        return
    replies = report.replies or []
    typer.echo(f"Read {report.checked} new message{'s' if report.checked != 1 else ''} in {account.imap_folder}; "
               f"{len(replies)} repl{'ies' if len(replies) != 1 else 'y'} from employers.")
    zone = _zone_of(candidate)
    for mail in replies:
        read = f" (read as {mail.kind}{', to review' if mail.review == 'pending' else ''})" if mail.kind else ""
        echo(f"  reply for application {mail.application_id} from {mail.from_address} on {local(mail.received_at, zone)}: {mail.subject}{read}")
    for mail in report.automatic or []:
        if mail.kind == "bounce":
            echo(f"  bounce for application {mail.application_id}: {mail.failed_address or 'an address'} failed ({mail.reason}); the plan says to find a working address")
        else:
            back = f", back {mail.returns_on:%a %Y-%m-%d}: follow-ups wait until the business day after" if mail.returns_on else ""
            echo(f"  automatic reply for application {mail.application_id} from {mail.from_address}{back} (not counted as a reply)")
    if any(mail.review == "pending" for mail in replies):
        typer.echo("Confirm what was read on the web's Replies page, or paste a reply with `afterview reply FILE`.")
    for message, reason in report.cancelled or []:
        echo(f"  cancelled #{message.pk} {message.kind} to {message.contact.name}: {reason}")


@app.command()
def send(
    application: Annotated[int, typer.Argument(help="The application's id.")],
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(KINDS)}.")],
    to: Annotated[str | None, typer.Option(help="The recipient's name (default: whom the playbook names).")] = None,
    file: Annotated[Path | None, typer.Option(help="Send this note (a 'Subject:' first line is optional) instead of the draft.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="When, 'YYYY-MM-DD HH:MM' in your zone.")] = None,
    now_: Annotated[bool, typer.Option("--now", help="Send at once (after the undo window) instead of at the playbook's time.")] = False,
    force: Annotated[bool, typer.Option(help="Send despite checker errors (recorded with the message).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask: schedule it straight away (for scripts).")] = False,
):
    """Check a note, show it, and schedule it once you say yes: by default at the
    playbook's time, in the recipient's business hours."""
    from afterview.core.parse import parse_local_datetime
    from afterview.core.steps import parse_kind

    kind = parse_kind(kind)
    if at is not None and now_:
        raise InvalidInput("give either --at or --now, not both")
    text = None
    if file is not None:
        from afterview.cli.check import read_note

        text = read_note(file)
    candidate = _candidate()
    zone = _zone_of(candidate)
    when = parse_local_datetime(at, zone) if at else None
    from afterview.outreach.notes import prepare_note, send_ready

    ready = prepare_note(candidate, application, kind, now=_now(), to=to, text=text, at=when, send_now=now_, force=force)
    contact, their = ready.contact, ready.zone
    echo(
        f"To: {contact.name} <{contact.email}>\nSubject: {ready.note.subject}\n"
        f"Leaves: {local(ready.leaves_at, their)} their time ({local(ready.leaves_at, zone)} yours)\n\n"
        f"{ready.note.body}"
    )
    if not yes:
        if not _interactive():
            raise InvalidInput("nothing was sent: confirm in a terminal, or add --yes to send from a script")
        if not typer.confirm("Schedule it?", default=False):
            typer.echo("Not sent; nothing is in the outbox.")
            raise typer.Exit(1)
    result = send_ready(candidate, ready, now=_now(), at=when, send_now=now_)
    message = result.message
    echo(
        f"#{message.pk}: {kind} to {contact.name} <{contact.email}> scheduled for "
        f"{local(message.scheduled_at, their)} their time ({local(message.scheduled_at, zone)} yours)."
    )
    from afterview.core.check import Severity

    warnings = [x for x in result.report.findings if x.severity in Severity.SUGGESTED]
    if message.forced:
        typer.echo("Sent despite checker errors, as you asked; this is recorded with the message.")
    elif warnings:
        echo(f"The checker has {len(warnings)} suggestion{'s' if len(warnings) != 1 else ''}: "
                   + "; ".join(f"{w.code}: {w.message}" for w in warnings[:3]))
    typer.echo(f"`afterview cancel {message.pk}` stops it until it starts to leave; `afterview worker` sends it.")


def _row(message, zone: str) -> dict:
    at = message.sent_at if message.status == "sent" else message.scheduled_at
    return {
        "id": message.pk,
        "status": message.status,
        "kind": message.kind,
        "application": message.application_id,
        "company": message.application.organization.name,
        "to": f"{message.contact.name} <{message.contact.email}>",
        "subject": message.subject,
        "at": at,
        "attempts": message.attempts,
        "forced": message.forced,
        "message_id": message.message_id,
        "note": message.last_error or None,
    }


@app.command()
def outbox(
    all_: Annotated[bool, typer.Option("--all", help="Also list drafts and approved notes.")] = False,
    json_: JsonOption = False,
):
    """Scheduled, sending, sent, failed and cancelled messages, with what went wrong."""
    candidate = _candidate()
    from afterview.core.steps import MessageStatus
    from afterview.outreach.outbox import outbox as listed

    statuses = tuple(MessageStatus) if all_ else MessageStatus.OUTBOX
    zone = _zone_of(candidate)
    rows = [_row(msg, zone) for msg in listed(candidate, statuses=statuses)]
    if json_:
        print_json(rows)
        return
    if not rows:
        typer.echo("The outbox is empty. Schedule a note with `afterview send APP --kind thank-you`.")
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for heading in ("#", "status", "kind", "to", "company", "when (your time)", "note"):
        table.add_column(heading, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["status"],
            row["kind"],
            plain(row["to"]),
            plain(row["company"]),
            local(row["at"], zone) if row["at"] else "—",
            plain(row["note"] or ""),
        )
    console().print(table)


@app.command()
def cancel(message: Annotated[int, typer.Argument(help="The message's number (see `afterview outbox`).")]):
    """Cancel a scheduled message before it starts to leave."""
    candidate = _candidate()
    from afterview.outreach.outbox import cancel_message

    done = cancel_message(candidate, message)
    echo(f"#{done.pk} ({done.kind} to {done.contact.name}) is cancelled.")


@app.command()
def confirm(
    message: Annotated[int, typer.Argument(help="A message in 'unknown' (see `afterview outbox`).")],
    outcome: Annotated[str, typer.Argument(help="'sent' if it is in your Sent folder, else 'not-sent'.")],
):
    """Settle a message whose worker stopped mid-send, after looking in your Sent folder."""
    if outcome not in ("sent", "not-sent"):
        raise InvalidInput(f"say 'sent' or 'not-sent', not {outcome!r}")
    candidate = _candidate()
    from afterview.outreach.outbox import confirm_message

    done = confirm_message(candidate, message, sent=outcome == "sent", now=_now())
    if done.status == "sent":
        typer.echo(f"#{done.pk} is recorded as sent.")
    else:
        typer.echo(f"#{done.pk} is scheduled again; the worker sends it next.")


@app.command()
def worker(
    once: Annotated[bool, typer.Option("--once", help="Read inboxes, send what is due, then exit.")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between looks when idle, and between inbox reads.")] = 60.0,
    install: Annotated[bool, typer.Option("--install", help="Start the worker at login and keep it running (systemd, launchd or Task Scheduler).")] = False,
    uninstall: Annotated[bool, typer.Option("--uninstall", help="Stop it and remove what --install set up.")] = False,
    platform: Annotated[str | None, typer.Option(help="linux, macos or windows (default: this machine's).")] = None,
    read_every: Annotated[
        float | None, typer.Option(help="Seconds between inbox reads, when they should differ from --interval.")
    ] = None,
):
    """Send due messages, reminders and the digest, and notice replies; several workers may run at once."""
    import signal
    import threading

    if install or uninstall:
        from afterview.cli.service import install_or_uninstall

        install_or_uninstall(install=install, uninstall=uninstall, platform=platform)
        return

    for name, value in (("--interval", interval), ("--read-every", read_every)):
        if value is not None and not 0.05 <= value <= 86_400:
            raise InvalidInput(f"{name} must be from 0.05 to 86400 seconds, not {value}")
    setup_django()
    from afterview.outreach.worker import Worker

    stop = threading.Event()

    def finish(signum, frame):
        # The message in hand is finished; nothing new is started.
        stop.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    steps = Worker().run(once=once, interval=interval, stop=stop, read_every=read_every)
    if once:
        typer.echo(f"Worker done: {steps} step{'s' if steps != 1 else ''}.")
