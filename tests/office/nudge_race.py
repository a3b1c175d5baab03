"""Run in a World's processes (tests/office/test_dashboard_nudge.py): `seed URL` makes an
office with one late student whose channel is URL and prints the adviser's and the
student's ids; `nudge ADVISER MEMBER` presses the nudge once and prints what happened."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    from afterview.cli._boot import setup_django

    setup_django()
    from django.contrib.auth import get_user_model

    from afterview.clock import now
    from afterview.core.errors import Refused

    if argv[0] == "seed":
        from afterview.reminders.services import add_channel
        from tests.office import dashboard_seed as seed

        seed.office()
        adviser = seed.person("Avery Adviser", role="adviser")
        cohort = seed.cohort("Law 2027", adviser)
        student = seed.busy_student("Sam Okafor", cohort)
        add_channel(student, argv[1], now=seed.NOW)
        print(adviser.pk, student.member.pk, student.email)
        return
    from afterview.office.nudges import nudge

    adviser = get_user_model().objects.get(pk=int(argv[1]))
    try:
        sent = nudge(adviser, int(argv[2]), now=now())
    except Refused as e:
        print(f"refused: {e}")
    else:
        print(f"sent: {sent.reached}")


if __name__ == "__main__":
    main(sys.argv[1:])
