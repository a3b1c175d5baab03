"""Core stays pure: importing it must not pull in Django (or touch a database)."""

import subprocess
import sys

MODULES = (
    "afterview.core",
    "afterview.core.facts",
    "afterview.core.errors",
    "afterview.core.rules",
    "afterview.core.timing",
    "afterview.core.playbook",
    "afterview.core.spreadsheet",
    "afterview.core.stated_dates",
    "afterview.core.replies",
    "afterview.core.invite",
    "afterview.core.steps",
    "afterview.core.steptimes",
    "afterview.core.destinations",
    "afterview.core.calendar",
    "afterview.core.compose",
    "afterview.core.parse",
    "afterview.core.check",
    "afterview.core.check.engine",
    "afterview.core.check.grammar",
    "afterview.core.check.lexicon",
    "afterview.core.check.logistics",
    "afterview.core.check.model",
    "afterview.core.check.names",
    "afterview.core.check.placeholders",
    "afterview.core.check.structure",
    "afterview.core.check.text",
    "afterview.core.check.tone",
    "afterview.core.check.words",
)


def test_it_imports_core_without_django():
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_playbook_runs_without_django():
    code = (
        "import sys\n"
        "from datetime import datetime, timedelta, UTC\n"
        "from afterview.core.facts import ApplicationFacts, InterviewFacts\n"
        "from afterview.core.playbook import next_actions\n"
        "start = datetime(2026, 3, 3, 15, tzinfo=UTC)\n"
        "facts = ApplicationFacts('a', 'Acme', 'Analyst', interviews=(InterviewFacts('i', start, start + timedelta(hours=1), ('x',)),))\n"
        "assert next_actions(facts, start + timedelta(hours=2))\n"
        "assert 'django' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
