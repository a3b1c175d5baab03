from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner
from tests.processes import afterview_argv


@pytest.fixture
def cli(db):
    """Runs `afterview ARGS` in-process against the test database."""
    from afterview.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict | None = None):
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return run


@pytest.fixture
def afterview_process(tmp_path):
    """Runs the real `afterview` program in a subprocess with a home of its own."""
    home = tmp_path / "home"

    def run(*args: str, env: dict | None = None, input: bytes | None = None, timeout: float = 60):
        full_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
        full_env["AFTERVIEW_HOME"] = str(home)
        full_env.update(env or {})
        return subprocess.run(
            afterview_argv(*args),
            capture_output=True,
            env=full_env,
            input=input,
            timeout=timeout,
            cwd=tmp_path,
        )

    run.home = Path(home)
    return run
