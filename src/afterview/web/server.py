"""Serving the web app on this machine (a threaded WSGI server, loopback by default)."""

from __future__ import annotations

import sys


def serve_forever(*, host: str, port: int) -> None:
    from django.core.servers.basehttp import WSGIServer, run

    from afterview.wsgi import application

    shown = f"[{host}]" if ":" in host else host
    sys.stdout.write(f"afterview is running; open this link:\nhttp://{shown}:{port}/\n")
    sys.stdout.flush()
    try:
        run(host, port, application, threading=True, server_cls=WSGIServer)
    except KeyboardInterrupt:
        sys.stdout.write("\nStopped.\n")
