"""Serving the web app on this machine: a threaded WSGI server, loopback by default,
and a one-time sign-in link printed once the port is bound."""

from __future__ import annotations

import sys

from afterview.core.errors import InvalidInput

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def fresh_link(base: str) -> str:
    """A sign-in link for the local candidate, good once."""
    from afterview.clock import now
    from afterview.records.services import local_candidate
    from afterview.web.signin import issue_token, sign_in_url

    return sign_in_url(base, issue_token(local_candidate(), now=now()))


def _announce(host: str, port: int) -> None:
    from afterview import env
    from afterview.web.signin import LIFETIME

    base = base_url(host, port)
    # Remember where we listen so `afterview link` can print a link for this server.
    try:
        (env.home() / "server.url").write_text(base + "\n", encoding="ascii")
    except OSError:
        pass
    out = sys.stdout
    out.write(f"afterview is running at {base}/ — open this link to sign in:\n")
    out.write(f"{fresh_link(base)}\n")
    minutes = int(LIFETIME.total_seconds() // 60)
    out.write(f"(it works once, within {minutes} minutes; `afterview link` prints a new one. Ctrl-C stops.)\n")
    if host not in LOOPBACK:
        out.write(
            f"Warning: listening on {host}, not loopback; other machines can reach the sign-in page "
            "(add the name to AFTERVIEW_ALLOWED_HOSTS to answer them).\n"
        )
    out.flush()


def serve_forever(*, host: str, port: int) -> None:
    from django.core.servers.basehttp import WSGIServer, run

    from afterview.wsgi import application

    try:
        run(
            host,
            port,
            application,
            ipv6=":" in host,
            threading=True,
            server_cls=WSGIServer,
            on_bind=lambda bound_port: _announce(host, bound_port),
        )
    except KeyboardInterrupt:
        sys.stdout.write("\nStopped.\n")
    except OSError as e:
        raise InvalidInput(f"cannot listen on {host}:{port}: {e.strerror or e}; try another --port") from e
