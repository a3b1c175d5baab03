"""Apprise, loaded only where a reminder is sent or a channel is checked.

Loading Apprise's plugins takes about half a second, so nothing imports it at
start-up. On Python 3.11 one of its plugins imports the standard library's
`imghdr`, which warns that it is deprecated; that one warning is silenced
while Apprise loads, and nothing else is.
"""

from __future__ import annotations

import functools
import logging
import warnings

from afterview.core.errors import InvalidInput

__all__ = ["apprise", "mask", "notify"]

#: Longest URL a channel may have (Apprise URLs with several targets run long).
MAX_URL = 2000


@functools.cache
def apprise():
    """The `apprise` module, imported once per process."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="'imghdr' is deprecated", category=DeprecationWarning)
        import apprise as module
        from apprise.plugins import N_MGR

        # Apprise loads its plugins on first use; that is when `imghdr` is imported.
        N_MGR.load_modules()
    # What Apprise says is captured where it is called and kept with the reminder
    # (or shown in one line); it never goes to the console by itself.
    logger = logging.getLogger("apprise")
    logger.propagate = False
    logger.addHandler(logging.NullHandler())
    return module


def _plugin(url: str):
    url = (url or "").strip()
    if not url:
        raise InvalidInput("the URL is empty; give an Apprise URL such as ntfys://ntfy.sh/YOUR-TOPIC")
    if len(url) > MAX_URL or any(c in url for c in "\r\n\x00 "):
        raise InvalidInput("that URL has spaces or line breaks in it; give it on one line, without spaces")
    module = apprise()
    # What Apprise logs about a URL it cannot parse is folded into the one-line error.
    with module.LogCapture(level=module.logging.WARNING):
        plugin = module.Apprise.instantiate(url, suppress_exceptions=True)
    if not plugin:
        scheme = url.partition("://")[0] or url
        raise InvalidInput(
            f"Apprise does not understand {scheme!r} URLs (or the URL is incomplete); "
            "see https://github.com/caronc/apprise/wiki for the form your service takes"
        )
    return plugin


def mask(url: str) -> str:
    """The URL as Apprise prints it with its secrets starred out, without the
    options Apprise adds by default. Raises InvalidInput for a URL Apprise cannot use."""
    return _plugin(url).url(privacy=True).partition("?")[0]


def notify(url: str, title: str, body: str) -> tuple[bool, str]:
    """Send one notification; (whether the service took it, what Apprise said)."""
    module = apprise()
    sender = module.Apprise()
    try:
        plugin = _plugin(url)
    except InvalidInput as e:
        return False, str(e)
    sender.add(plugin)
    with module.LogCapture(level=module.logging.WARNING) as log:
        ok = bool(sender.notify(body=body, title=title))
    said = " ".join(line.split(" - ", 2)[-1] for line in log.getvalue().splitlines())
    return ok, said.strip() or ("delivered" if ok else "the service did not take it")
