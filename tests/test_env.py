from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview import clock, env
from afterview.core.errors import InvalidInput

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("doc", ["README.md", "docs/configuration.md"])
def test_every_variable_is_documented(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    for variable in env.VARIABLES:
        assert f"`{variable.name}`" in text, f"{variable.name} is missing from {doc}"


def test_afterview_now_pins_the_clock(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", "2026-12-04T09:00:00-06:00")
    assert clock.now() == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value, message",
    [("tomorrow", "not an ISO 8601 time"), ("2026-12-04T09:00:00", "has no UTC offset")],
)
def test_a_bad_afterview_now_says_how_to_fix_it(monkeypatch, value, message):
    monkeypatch.setenv("AFTERVIEW_NOW", value)
    with pytest.raises(InvalidInput, match=message):
        clock.now()


def test_home_follows_afterview_home(monkeypatch, tmp_path):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path / "h"))
    assert env.home() == (tmp_path / "h").resolve()
    monkeypatch.delenv("AFTERVIEW_HOME")
    assert env.home().name == "afterview"


def test_allowed_hosts_are_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_ALLOWED_HOSTS", "careers.example.edu, ,www.example.edu")
    assert env.allowed_hosts() == ["careers.example.edu", "www.example.edu"]


def test_kept_facts_memory_has_a_default_and_refuses_nonsense(monkeypatch):
    monkeypatch.delenv("AFTERVIEW_KEPT_FACTS_MB", raising=False)
    assert env.kept_facts_mb() == 512
    monkeypatch.setenv("AFTERVIEW_KEPT_FACTS_MB", "64")
    assert env.kept_facts_mb() == 64
    monkeypatch.setenv("AFTERVIEW_KEPT_FACTS_MB", "lots")
    with pytest.raises(InvalidInput, match="AFTERVIEW_KEPT_FACTS_MB='lots' is not a number of MiB"):
        env.kept_facts_mb()
