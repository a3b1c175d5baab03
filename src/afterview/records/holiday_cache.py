"""Holiday sets kept between runs in AFTERVIEW_HOME/cache: building the first one
costs a command about a tenth of a second (importing the `holidays` package and
its tables), reading them back from JSON about a millisecond."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from pathlib import Path

from afterview import env
from afterview.core import timing


def _cache_file() -> Path | None:
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    # The package's own mtime names the file: an upgraded `holidays` starts afresh.
    stamp = os.stat(spec.origin).st_mtime_ns
    return env.home() / "cache" / f"holidays-{stamp}.json"


def load() -> int:
    """Seed core's holiday sets from the cache; returns how many sets it had."""
    path = _cache_file()
    if path is None:
        return 0
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sets = {
            (country, int(year)): frozenset(date.fromisoformat(d) for d in days)
            for country, years in data.items()
            for year, days in years.items()
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return 0
    timing.remember_holidays(sets)
    return len(sets)


def save(previously: int) -> None:
    """Write the sets back when this run built new ones."""
    sets = timing.known_holidays()
    path = _cache_file()
    if path is None or len(sets) <= previously:
        return
    data: dict[str, dict[str, list[str]]] = {}
    for (country, year), days in sets.items():
        data.setdefault(country, {})[str(year)] = sorted(d.isoformat() for d in days)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed
