"""Start-up helpers the commands share: Django on demand, and one-line output."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

_ready = False


def setup_django(*, migrate: bool = True) -> None:
    """Configure Django once per process, creating the home folder and schema."""
    global _ready
    if _ready:
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.settings")
    from afterview import env

    home = env.home()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    import django

    django.setup()
    if migrate:
        from afterview.records.bootstrap import ensure_schema

        ensure_schema()
    _ready = True


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
