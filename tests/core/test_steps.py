"""The shared vocabulary (afterview.core.steps): one table for each concept, and a grep
that no second copy of one creeps back into the source tree (issue 10)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.core import steps
from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.core.facts import ApplicationFacts, InterviewFacts, Person, TouchKind
from afterview.core.playbook import DONE_BY, ActionKind

SRC = Path(steps.__file__).resolve().parents[1]
AT = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)


def _facts(**changes) -> ApplicationFacts:
    values = dict(
        key="1",
        company="Calloway & Pryce LLP",
        role="Summer Associate",
        tz="America/Chicago",
        people=(
            Person("10", "Miriam Castellanos", "mc@cp.example", tz="Europe/Madrid"),
            Person("11", "Theo Lindqvist", "tl@cp.example", tz=""),
            Person("12", "Dana Whitfield", "dana@cp.example", tz=""),
        ),
        hiring_contact_key="12",
        interviews=(InterviewFacts("5", AT, AT.replace(hour=18), ("10", "11")),),
    )
    values.update(changes)
    return ApplicationFacts(**values)


def test_every_note_kind_is_a_step_and_records_its_touch():
    for kind in steps.NoteKind:
        (written,) = [s for s in ActionKind if steps.note_for_step(s) is kind]
        assert written in steps.steps_for_note(kind)
        assert DONE_BY[written] is steps.TOUCH_OF_NOTE[kind]
    assert steps.KINDS == ("thank-you", "follow-up", "next-steps")


def test_a_follow_up_may_stand_in_for_a_call_and_nothing_else_is_written():
    assert steps.note_for_step(ActionKind.PHONE_CALL) is None
    assert steps.note_instead_of(ActionKind.PHONE_CALL) is steps.NoteKind.FOLLOW_UP
    assert steps.steps_for_note("follow-up") == {ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL}
    for step in (ActionKind.CLOSE_OUT, ActionKind.FIND_ADDRESS, ActionKind.SEND_REQUESTED):
        assert steps.note_for_step(step) is None and steps.note_instead_of(step) is None


def test_an_unknown_kind_is_one_line_saying_the_kinds():
    with pytest.raises(InvalidInput, match="unknown kind 'thanks'; use one of thank-you, follow-up, next-steps"):
        steps.parse_kind("thanks")


def test_the_status_groups_are_made_of_statuses():
    S = steps.MessageStatus
    for group in (S.OPEN, S.LIVE, S.ON_ITS_WAY, S.DELIVERED, S.FOR_STEP, S.OUTBOX, S.CANCELLABLE, S.SETTLING, S.UNSETTLED):
        assert all(isinstance(status, S) for status in group)
    assert S.DRAFT not in S.DELIVERED and S.FAILED not in S.DELIVERED
    assert set(S.LIVE) <= set(S.ON_ITS_WAY) and S.APPROVED in S.ON_ITS_WAY


def test_the_checker_severity_groups():
    from afterview.core.check import Severity

    assert Severity.ERROR.blocks and not Severity.WARNING.blocks and not Severity.INFO.blocks
    assert Severity.INFO not in Severity.SUGGESTED


def test_a_recipients_zone_is_theirs_else_the_organizations_else_utc():
    facts = _facts()
    assert facts.zone_of("10") == "Europe/Madrid"
    assert facts.zone_of("11") == "America/Chicago"
    assert facts.zone_of(None) == "America/Chicago"
    assert _facts(tz="").zone_of("11") == "UTC"


def test_recipients_by_the_records_and_by_the_plan():
    facts = _facts()
    assert [p.name for p in steps.recipients(facts, "thank-you")] == ["Miriam Castellanos", "Theo Lindqvist"]
    assert [p.name for p in steps.recipients(facts, "follow-up")] == ["Dana Whitfield"]
    # The plan names nobody for a thank-you: refused, with the way to find out why.
    with pytest.raises(Refused, match="no thank-you due for application 1"):
        steps.recipients(facts, "thank-you", [])
    # A follow-up goes to the hiring contact even when no step names them.
    assert [p.name for p in steps.recipients(facts, "follow-up", [])] == ["Dana Whitfield"]


def test_the_latest_interview_breaks_ties_the_same_way_everywhere():
    a = InterviewFacts("7", AT, AT.replace(hour=17))
    b = InterviewFacts("8", AT, AT.replace(hour=18))
    c = InterviewFacts("9", AT, AT.replace(hour=18))
    assert steps.latest_interview((a, b, c)) is c
    assert steps.latest_interview((c, b, a)) is c
    assert steps.latest_interview(()) is None


@pytest.mark.parametrize(
    ("name", "found"),
    [("miriam castellanos", "Miriam Castellanos"), ("  Theo   Lindqvist ", "Theo Lindqvist"), ("dana", "Dana Whitfield")],
)
def test_a_person_by_name_is_exact_first_then_the_only_partial_match(name, found):
    assert steps.person_named(_facts(), name).name == found


def test_an_exact_name_wins_over_a_longer_one_containing_it():
    people = (Person("1", "Ann Lee"), Person("2", "Ann Leeds"))
    assert steps.one_named(people, "ann lee", "X").key == "1"
    with pytest.raises(InvalidInput, match="could mean Ann Lee, Ann Leeds"):
        steps.one_named(people, "ann", "X")
    with pytest.raises(NotFound, match="nobody called 'Bo' at X; known: Ann Lee, Ann Leeds"):
        steps.one_named(people, "Bo", "X")


def test_why_a_dropped_note_is_no_longer_called_for():
    from afterview.core.facts import TouchFacts

    later = AT.replace(day=8)
    facts = _facts(touches=(TouchFacts(TouchKind.REPLY, later, "12"),))
    said = steps.why_dropped(facts, "follow-up", "12", since=AT)
    assert said == "Dana Whitfield replied on Tue 8 Dec 10:00 (America/Chicago), so this follow-up is no longer called for"


# -- no second copy ---------------------------------------------------------------------


def _sources():
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, path.read_text(encoding="utf-8")


COPIES = [
    # note kinds, written out again
    (r'THANK_YOU = "thank-you"\s+FOLLOW_UP = "follow-up"\s+NEXT_STEPS = "next-steps"', "the note kinds defined again"),
    (r'"thank-you",\s*"follow-up",\s*"next-steps"', "the list of note kinds written out again"),
    (r'"thank-you":\s*"Thank-you"', "the kinds' labels written out again"),
    # step <-> note <-> touch tables
    (r"\bNOTE_OF_STEP\b|\bACTIONS_OF\b|\bTOUCH_OF\s*=|_WRITTEN\s*=\s*\{", "a step/note/touch table of its own"),
    (r'f"\{kind\}-sent"', "the touch of a note spelled by hand"),
    # severities and statuses compared as strings, status groups as literals
    (r'severity\s*[!=]=\s*"(error|warning|info)"', "a severity compared as a string"),
    (
        r"MessageStatus\.(DRAFT|APPROVED|SCHEDULED|SENDING|SENT|CANCELLED|FAILED|UNKNOWN),\s*"
        r"(m\.)?MessageStatus\.(DRAFT|APPROVED|SCHEDULED|SENDING|SENT|CANCELLED|FAILED|UNKNOWN)",
        "a group of statuses written out again",
    ),
    (r'\("draft", "approved"|"scheduled", "sending", "unknown"', "a group of statuses as strings"),
    # the recipient's zone worked out again
    (r"contact\.tz or |\.tz or org\.tz|person\.tz if person", "the recipient's zone worked out again"),
    # who a note goes to, and the latest interview
    (r"def recipients\(|def _latest_interview\(|max\(facts\.interviews", "a second rule for whom or which round"),
    # the old workflow's leftovers
    (r"APPROVED\)\.update\(\s*status=m\.MessageStatus\.SENDING", "an approved note flipped to sending so it can be recorded"),
    (r"_handed_over", "per-send state kept on the worker"),
    (r"class MailProblem\(Exception\)", "a mail error that is not an AfterviewError"),
]


@pytest.mark.parametrize(("pattern", "what"), COPIES, ids=[what for _, what in COPIES])
def test_no_second_copy_of_the_vocabulary(pattern, what):
    home = {SRC / "core" / "steps.py"}
    allowed = {
        # the one definition of each of these
        r"def recipients\(|def _latest_interview\(|max\(facts\.interviews": home,
    }.get(pattern, home)
    found = [
        f"{path.relative_to(SRC)}: {match.group(0)}"
        for path, text in _sources()
        if path not in allowed
        for match in re.finditer(pattern, text)
    ]
    assert not found, f"{what}: {found}"


def test_the_web_needs_no_temporary_folder_for_an_eml():
    text = (SRC / "web" / "notes.py").read_text(encoding="utf-8")
    assert "tempfile" not in text
