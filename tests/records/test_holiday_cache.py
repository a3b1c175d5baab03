from datetime import date

from afterview.core import timing
from afterview.records import holiday_cache


def test_holiday_sets_survive_between_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    assert holiday_cache.load() == 0
    christmas = timing.holidays_of("US", 2031)
    holiday_cache.save(0)
    monkeypatch.setattr(timing, "_holiday_sets", {})
    assert holiday_cache.load() >= 1
    assert timing.known_holidays()[("US", 2031)] == christmas
    assert date(2031, 12, 25) in christmas


def test_a_corrupt_cache_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("AFTERVIEW_HOME", str(tmp_path))
    path = holiday_cache._cache_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert holiday_cache.load() == 0
