"""Run by test_dashboard_snapshots.py as a process of its own on a home seeded by
`tests.office.privacy_seed`: `interview` gives the local candidate (alice, a student of
Law 2027) a thanked interview; `count` prints how many stored dashboard figures there are."""

from __future__ import annotations

import sys
from datetime import timedelta


def main(what: str) -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.office.models import FigureSnapshot
    from afterview.records.services import local_candidate
    from tests.office import dashboard_seed as seed

    if what == "interview":
        app = seed.application(local_candidate())
        seed.interview(app, seed.NOW - timedelta(days=3), thanked_after=(timedelta(hours=2),) * 2)
    elif what == "count":
        print(FigureSnapshot.objects.count())
    else:
        raise SystemExit(f"no probe {what!r}; say interview or count")


if __name__ == "__main__":
    main(sys.argv[1])
