"""Every command of the `afterview` program runs at least once as a real process.

An in-process CLI test can pass while the real program crashes at start-up (Django
set up after an import that needs it: `afterview import` did). The subprocess
helpers note each command path they start (`tests/processes.py`); this test runs
last and compares that record with the Typer command tree as it is now.
"""

from __future__ import annotations

import pytest

from tests.processes import RAN, command_path, command_tree


def test_every_command_ran_as_a_real_process(request):
    if not getattr(request.config, "afterview_whole_suite", False):
        pytest.skip("only the whole suite runs every command")
    missing = sorted(" ".join(path) for path in command_tree() - RAN)
    assert not missing, f"no test ran these commands as a real `afterview` process: {', '.join(missing)}"


def test_it_reads_command_paths_from_arguments():
    assert command_path(["interview", "add", "--company", "X"]) == ("interview", "add")
    assert command_path(["mail", "sync"]) == ("mail", "sync")
    assert command_path(["list", "--json"]) == ("list",)
    assert command_path(["touch", "--help"]) is None
    assert command_path(["mail"]) is None
    assert ("import",) in command_tree() and ("interview", "add") in command_tree()
