"""A served process keeps thousands of students' facts, so its collector is tuned at start (afterview/wsgi.py)."""

import os
import subprocess
import sys
from pathlib import Path


def test_the_served_application_freezes_what_it_loaded_and_collects_the_young_rarely(tmp_path):
    env = {**os.environ, "AFTERVIEW_HOME": str(tmp_path), "DJANGO_SETTINGS_MODULE": "afterview.settings"}
    subprocess.run([Path(sys.executable).parent / "afterview", "init"], env=env, capture_output=True, timeout=120, check=True)
    out = subprocess.run(
        [sys.executable, "-c", "import gc, afterview.wsgi as w; print(gc.get_threshold() == w.GC_THRESHOLDS, gc.get_freeze_count() > 10_000)"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    ).stdout.split()
    assert out == ["True", "True"]
