"""Issue 9, item 8: `every_facts` reads every application from one consistent
snapshot, however other connections write meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.outreach.world import ROOT


def test_every_facts_reads_one_snapshot_while_another_connection_writes(world):
    """An organization and application added between the loader's queries either
    appear whole or not at all; before, the loader raised KeyError at `orgs[org_id]`."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.records.snapshot_probe"],
        env=world.env(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {"companies": ["First & Co"], "people": [1]}


def test_every_facts_inside_a_transaction_still_reads(alice, alice_app):
    from django.db import transaction

    from afterview.records.facts import every_facts

    with transaction.atomic():
        assert [f.company for f in every_facts(alice)] == ["Calloway & Pryce LLP"]
    assert [f.company for f in every_facts(alice)] == ["Calloway & Pryce LLP"]
