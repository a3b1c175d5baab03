"""The demo: a separate home seeded with a realistic candidate's week.

`prepare_demo_home` must run before Django is set up: it points AFTERVIEW_HOME
at a folder of its own and starts it empty, so the user's data is never touched.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

CHICAGO = "America/Chicago"
NEW_YORK = "America/New_York"


def demo_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("afterview", appauthor=False)) / "demo"


def prepare_demo_home() -> Path:
    home = demo_home()
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True, mode=0o700)
    os.environ["AFTERVIEW_HOME"] = str(home)
    os.environ.pop("DATABASE_URL", None)
    return home


def _weekday_before(day, days: int):
    """The weekday `days` weekdays before `day`."""
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _weekday_after(day, days: int):
    """The weekday `days` weekdays after `day`."""
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _at(day, hour: int, minute: int, tz: str) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(tz))


def seed(candidate, now: datetime) -> list[str]:
    """Fill the demo home; returns a line per thing made."""
    from afterview.core.parse import NamedAddress
    from afterview.core.timing import day_text
    from afterview.records.services import (
        InterviewInput,
        add_interview,
        add_touch,
        add_update,
        init_local_candidate,
    )

    init_local_candidate(name="Jordan Avery", email="jordan.avery@example.edu", tz=CHICAGO)
    today = now.astimezone(ZoneInfo(CHICAGO)).date()
    made = []

    callback_day = _weekday_before(today, 1)
    law = add_interview(
        candidate,
        InterviewInput(
            company="Calloway & Pryce LLP",
            role="Summer Associate",
            starts_at=_at(callback_day, 10, 0, CHICAGO),
            ends_at=_at(callback_day, 13, 0, CHICAGO),
            tz=CHICAGO,
            interviewers=(
                NamedAddress("Miriam Castellanos", "mcastellanos@callowaypryce.example"),
                NamedAddress("Theo Lindqvist", "tlindqvist@callowaypryce.example"),
                NamedAddress("Adaeze Okonkwo", "aokonkwo@callowaypryce.example"),
            ),
            hiring_contact=NamedAddress("Dana Whitfield", "dwhitfield@callowaypryce.example"),
            hiring_phone="+13125550142",
            highlights={
                "Miriam Castellanos": "her pro bono work for tenants facing eviction",
                "Theo Lindqvist": "how first-year associates rotate through the appellate group",
                "Adaeze Okonkwo": "the firm's cross-border arbitration practice in Lagos and London",
            },
        ),
        now=now,
    )
    made.append(f"{law.pk}: callback at {law.organization.name} yesterday — three interviewers, no timeline given")

    waited_day = _weekday_before(today, 16)
    consult = add_interview(
        candidate,
        InterviewInput(
            company="Northbridge Consulting",
            role="Business Analyst",
            starts_at=_at(waited_day, 14, 0, NEW_YORK),
            ends_at=_at(waited_day, 15, 30, NEW_YORK),
            tz=NEW_YORK,
            interviewers=(NamedAddress("Samuel Achterberg", "sachterberg@northbridge.example"),),
            hiring_contact=NamedAddress("Priya Raghunathan", "priya.r@northbridge.example"),
            hiring_phone="+12125550187",
            expect_on=_weekday_before(today, 3),
            highlights={"Samuel Achterberg": "the supply-chain case on regional grocery distribution"},
            country="US",
        ),
        now=now,
    )
    add_touch(
        candidate,
        consult.pk,
        "thank-you-sent",
        at=_at(waited_day, 18, 30, NEW_YORK),
        person="Samuel Achterberg",
        note="Thanked him for the grocery case walk-through.",
    )
    add_update(candidate, consult.pk, "Fall semester transcript is out: 3.8 GPA", at=now - timedelta(days=1))
    made.append(
        f"{consult.pk}: {consult.organization.name} promised a decision by "
        f"{day_text(_weekday_before(today, 3))} and has gone quiet; a new transcript to share"
    )

    heard_day = _weekday_before(today, 9)
    health = add_interview(
        candidate,
        InterviewInput(
            company="Lumen Health",
            role="Data Analyst",
            starts_at=_at(heard_day, 11, 0, CHICAGO),
            ends_at=_at(heard_day, 12, 0, CHICAGO),
            tz=CHICAGO,
            interviewers=(NamedAddress("Grace Nakamura", "gnakamura@lumenhealth.example"),),
            hiring_contact=NamedAddress("Luis Ferreira", "lferreira@lumenhealth.example"),
            expect_on=_weekday_before(today, 2),
            highlights={"Grace Nakamura": "cutting readmission rates with better discharge data"},
        ),
        now=now,
    )
    add_touch(candidate, health.pk, "thank-you-sent", at=_at(heard_day, 16, 0, CHICAGO), person="Grace Nakamura")
    replied_on = _weekday_before(today, 1)
    new_date = _weekday_after(today, 6)
    add_touch(
        candidate,
        health.pk,
        "reply",
        at=_at(replied_on, 9, 40, CHICAGO),
        person="Luis Ferreira",
        note="Still interviewing; a decision by the date below.",
        expect_on=new_date,
    )
    made.append(f"{health.pk}: {health.organization.name} wrote back — a decision by {day_text(new_date)}")
    return made
