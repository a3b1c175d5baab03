"""A child process that ends with the process that started it.

`afterview serve` starts granian and the mail worker as processes of their own.
Ctrl-C and SIGTERM stop them through `serve` itself, but a `serve` killed with
SIGKILL (or by the OOM killer) gets no say, and its children would keep the port
and keep sending mail with nobody to stop them. So `serve` names itself in the
child's environment (`PARENT`), and the child, first thing, asks to be sent
SIGTERM when that parent goes: the same signal `serve` sends on a normal stop,
so the child ends the way it always does (granian stops its workers, the mail
worker finishes the note in hand).

On Linux the kernel does it (`prctl(PR_SET_PDEATHSIG)`); on macOS and other
Unixes a thread looks twice a second whether the parent is still there. On
Windows neither exists, and the children are left to `serve`'s own stop.
"""

from __future__ import annotations

import os
import sys

#: The environment variable `serve` sets for a child: its own process id.
PARENT = "AFTERVIEW_PARENT_PID"

_PR_SET_PDEATHSIG = 1
LOOK_EVERY = 0.5


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """`env` (default: this process's) for a child that must end with this process."""
    return {**(os.environ if env is None else env), PARENT: str(os.getpid())}


def follow_parent() -> None:
    """If a parent named itself in PARENT, end with it (see the module's docstring).

    The variable is taken out of the environment so this process's own children
    (granian's workers) do not mistake it for theirs."""
    named = os.environ.pop(PARENT, None)
    if not named or os.name == "nt":
        return
    try:
        parent = int(named)
    except ValueError:
        return
    import signal

    if sys.platform.startswith("linux") and _ask_the_kernel(signal.SIGTERM):
        # The parent may have gone before the request was made: then nobody will send it.
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGTERM)
        return
    import threading

    threading.Thread(target=_watch, args=(parent,), name="afterview-lifeline", daemon=True).start()


def _ask_the_kernel(sig: int) -> bool:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    import signal
    import time

    # An orphan is adopted by another process, so its parent's id changes.
    while os.getppid() == parent:
        time.sleep(LOOK_EVERY)
    os.kill(os.getpid(), signal.SIGTERM)
