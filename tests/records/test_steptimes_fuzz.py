"""Hypothesis: any sequence of writes through the real services (touches of every kind,
dates learned, updates, a new round, edits, deletes, undos, the candidate's playbook
values) leaves the stored step times equal to a full recomputation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.core.errors import AfterviewError
from afterview.core.facts import TouchKind
from afterview.records import models as m
from afterview.records import steptimes
from tests.conftest import NOW

START = datetime(2026, 12, 3, 16, tzinfo=UTC)
PEOPLE = ("Miriam Castellanos", "Theo Lindqvist", "Dana Whitfield", None)

_hours = st.integers(min_value=0, max_value=24 * 70)
_touch = st.tuples(st.just("touch"), st.sampled_from([k.value for k in TouchKind]), _hours, st.sampled_from(PEOPLE), st.booleans())
_expect = st.tuples(st.just("expect"), st.integers(min_value=0, max_value=40), _hours)
_update = st.tuples(st.just("update"), _hours)
_round = st.tuples(st.just("round"), st.integers(min_value=24, max_value=24 * 40), st.booleans())
_delete = st.tuples(st.just("delete"), st.integers(min_value=0, max_value=20))
_move = st.tuples(st.just("move"), st.integers(min_value=0, max_value=20), _hours)
_undo = st.tuples(st.just("undo"))
_rule = st.tuples(st.just("rule"), st.sampled_from(["gap_business_days", "follow_up_wait_business_days", "phone_after_business_days", "max_follow_ups"]), st.integers(min_value=1, max_value=8))
_phone = st.tuples(st.just("phone"), st.booleans())
WRITES = st.lists(st.one_of(_touch, _touch, _touch, _expect, _update, _round, _delete, _move, _undo, _rule, _phone), min_size=1, max_size=12)


def _apply(alice, app_id, write) -> None:
    from afterview.records import editing
    from afterview.records.playbook_config import set_override
    from afterview.records.services import add_interview, add_touch, add_update, set_expectation

    what = write[0]
    touches = list(m.Touch.objects.filter(application=app_id).order_by("id").values_list("pk", flat=True))
    if what == "touch":
        _, kind, hours, person, with_date = write
        at = START + timedelta(hours=hours)
        add_touch(alice, app_id, kind, at=at, person=person, expect_on=(at + timedelta(days=9)).date() if with_date and kind == "reply" else None)
    elif what == "expect":
        _, days, hours = write
        set_expectation(alice, app_id, date(2026, 12, 4) + timedelta(days=days), at=START + timedelta(hours=hours))
    elif what == "update":
        add_update(alice, app_id, "Fall transcript: 3.9 GPA", at=START + timedelta(hours=write[1]))
    elif what == "round":
        from afterview.core.parse import NamedAddress
        from afterview.records.services import InterviewInput

        starts = START + timedelta(hours=write[1])
        panel = (NamedAddress("Theo Lindqvist", "tl@cp.example"),) if write[2] else (NamedAddress("Ines Okafor", "io@cp.example"),)
        add_interview(
            alice,
            InterviewInput(company="Calloway & Pryce LLP", role="Summer Associate", starts_at=starts, ends_at=starts + timedelta(hours=1),
                           tz="America/Chicago", interviewers=panel, application_id=app_id),
            now=starts,
        )
    elif what == "delete" and touches:
        editing.delete_touch(alice, touches[write[1] % len(touches)], now=NOW)
    elif what == "move" and touches:
        editing.edit_touch(alice, touches[write[1] % len(touches)], now=NOW, zone="UTC", at=START + timedelta(hours=write[2]))
    elif what == "undo":
        editing.undo(alice, NOW)
    elif what == "rule":
        set_override(alice, write[1], str(write[2]))
    elif what == "phone":
        dana = m.Contact.objects.get(owner=alice, name="Dana Whitfield")
        editing.edit_contact(alice, dana.pk, now=NOW, phone="+13125550100" if write[1] else "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(writes=WRITES)
def test_any_writes_leave_the_stored_rows_equal_to_a_recomputation(alice, interview_input, writes):
    from afterview.records.services import add_interview

    with transaction.atomic():
        app_id = add_interview(alice, interview_input(), now=START).pk
        for write in writes:
            try:
                _apply(alice, app_id, write)
            except AfterviewError:
                pass  # refused: its transaction rolled back, the rows with it
            have = {k: v for k, v in steptimes.stored(alice).items() if v}
            want = {k: v for k, v in steptimes.recomputed(alice).items() if v}
            assert have == want, write
        transaction.set_rollback(True)
