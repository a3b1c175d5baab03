"""The rules in force for this home: defaults, overridden by AFTERVIEW_HOME/playbook.toml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from afterview import env
from afterview.core.errors import InvalidInput
from afterview.core.rules import Rules, load_rules


def playbook_path() -> Path:
    return env.home() / "playbook.toml"


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int | None) -> tuple[Rules, dict[str, str]]:
    if mtime_ns is None:
        return load_rules(None, "default")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidInput(f"{path} is not UTF-8 text; save it as UTF-8") from e
    except OSError as e:
        raise InvalidInput(f"cannot read {path}: {e.strerror}") from e
    return load_rules(text, str(path))


def home_rules_with_sources() -> tuple[Rules, dict[str, str]]:
    """The rules and, for each setting, where its value came from."""
    path = playbook_path()
    try:
        mtime_ns = path.stat().st_mtime_ns
    except FileNotFoundError:
        mtime_ns = None
    return _load(path, mtime_ns)


def home_rules() -> Rules:
    return home_rules_with_sources()[0]
