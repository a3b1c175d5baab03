"""The README's tour is run: every shell command in it, in order, as a real process in
a fresh home with the clock pinned. A block is left out only when the line before its
fence says `<!-- not run: why -->`; a command expects exit status 0 unless its comment
says `# exits N`."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
#: The tour's "now": Thursday 3 December 2026, 13:30 in Chicago (the interview ran 10:00-12:00).
NOW = "2026-12-03T13:30:00-06:00"
_FENCE = re.compile(r"^```sh\s*$")
_EXITS = re.compile(r"#\s*exits (\d+)")


def tour_commands(text: str) -> list[tuple[int, str, int]]:
    """(line number, command, expected exit status) for every command of every sh block."""
    lines = text.splitlines()
    commands = []
    index = 0
    while index < len(lines):
        if not _FENCE.match(lines[index]):
            index += 1
            continue
        skipped = index > 0 and lines[index - 1].strip().startswith("<!-- not run:")
        index += 1
        pending, first = "", 0
        while index < len(lines) and lines[index].strip() != "```":
            line = lines[index]
            index += 1
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            if not pending:
                first = index
            if line.rstrip().endswith("\\"):
                pending += line.rstrip()[:-1] + " "
                continue
            command = pending + line
            pending = ""
            if not skipped:
                match = _EXITS.search(command)
                commands.append((first, command, int(match.group(1)) if match else 0))
        index += 1
    return commands


def test_the_tour_is_found_and_marks_what_it_leaves_out():
    commands = tour_commands(README.read_text(encoding="utf-8"))
    ran = " ".join(c for _, c, _ in commands)
    assert len(commands) >= 25
    assert "afterview init" in ran and "afterview check" in ran and "afterview import" in ran
    assert "make demo" not in ran and "afterview serve" not in ran


def test_the_readme_tour_runs_in_order(tmp_path):
    shims = tmp_path / "bin"
    shims.mkdir()
    shim = shims / "afterview"
    shim.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m afterview \"$@\"\n", encoding="utf-8")
    shim.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(
        AFTERVIEW_HOME=str(tmp_path / "home"),
        AFTERVIEW_NOW=NOW,
        PATH=f"{shims}{os.pathsep}{env.get('PATH', '')}",
        NO_COLOR="1",
    )
    for number, command, expected in tour_commands(README.read_text(encoding="utf-8")):
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=work,
            env=env,
            # The password `mail setup --smtp-password-stdin` reads (the README types it).
            input="app-password\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == expected, (
            f"README line {number}: `{command}` exited {result.returncode}, the README says {expected}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
        assert "Traceback" not in result.stderr, f"README line {number}: `{command}`\n{result.stderr}"


@pytest.mark.parametrize(
    "block, expected",
    [
        ("```sh\nafterview list\n```\n", [(2, "afterview list", 0)]),
        ("<!-- not run: x -->\n```sh\nafterview serve\n```\n", []),
        ("```sh\n# a comment\nafterview check a \\\n  --app 1   # exits 1\n```\n", [(3, "afterview check a   --app 1   # exits 1", 1)]),
    ],
)
def test_tour_commands_reads_blocks_continuations_and_exit_marks(block, expected):
    assert tour_commands(block) == expected
