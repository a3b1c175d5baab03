"""Drafts read well, differ per interviewer and pass the checker."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.core.check import check_note, context_from_facts
from afterview.core.check.lexicon import COMMON_CAPITALISED
from afterview.core.check.structure import DUPLICATE_SIMILARITY, similarity
from afterview.core.check.text import word_count
from afterview.core.compose import Draft, draft
from afterview.core.steps import recipients
from afterview.core.errors import InvalidInput
from afterview.core.facts import ApplicationFacts, InterviewFacts, Person, UpdateFacts

STARTS_AT = datetime(2026, 11, 3, 16, 0, tzinfo=timezone.utc)


def law_firm(**changes) -> ApplicationFacts:
    people = (
        Person("p1", "Miriam Castellanos", "mcastellanos@callowaypryce.example"),
        Person("p2", "Theo Lindqvist", "tlindqvist@callowaypryce.example"),
        Person("p3", "Adaeze Okonkwo", "aokonkwo@callowaypryce.example"),
        Person("p4", "Dana Whitfield", "dwhitfield@callowaypryce.example"),
    )
    interview = InterviewFacts(
        "i1",
        STARTS_AT,
        STARTS_AT + timedelta(hours=3),
        interviewer_keys=("p1", "p2", "p3"),
        highlights=(
            ("p1", "her pro bono work for tenants facing eviction"),
            ("p2", "how first-year associates rotate through the appellate group"),
            ("p3", "the firm's cross-border arbitration practice in Lagos and London"),
        ),
    )
    values = dict(
        key="7",
        company="Calloway & Pryce LLP",
        role="Summer Associate",
        people=people,
        hiring_contact_key="p4",
        interviews=(interview,),
        tz="America/Chicago",
        candidate="Jordan Avery",
        updates=(
            UpdateFacts("u1", "Fall semester transcript is out: 3.8 GPA", STARTS_AT),
            UpdateFacts("u2", "an award sent long ago", STARTS_AT, sent_at=STARTS_AT),
        ),
    )
    values.update(changes)
    return ApplicationFacts(**values)


def errors_in(note: Draft, facts: ApplicationFacts, person_key: str | None, others=()) -> list:
    context = context_from_facts(facts, person_key, note.kind, list(others), ["Northbridge Consulting"], ["Samuel Achterberg"])
    return [f for f in check_note(note.body, context).findings if f.severity == "error"]


def thank_yous(facts: ApplicationFacts) -> list[Draft]:
    return [draft("thank-you", facts, p.key) for p in recipients(facts, "thank-you")]


def test_it_drafts_one_thank_you_per_interviewer_around_their_highlight():
    notes = thank_yous(law_firm())
    assert [n.to_name for n in notes] == ["Miriam Castellanos", "Theo Lindqvist", "Adaeze Okonkwo"]
    assert "your pro bono work for tenants facing eviction" in notes[0].body
    assert "how first-year associates rotate through the appellate group" in notes[1].body
    # Without a salutation on record, people are greeted by first name.
    assert all(n.body.startswith(f"Dear {n.to_name.split()[0]},\n") for n in notes)
    assert all(n.body.rstrip().endswith("Jordan Avery") for n in notes)
    assert notes[0].to_email == "mcastellanos@callowaypryce.example"


def test_thank_yous_to_one_firm_read_differently():
    notes = thank_yous(law_firm())
    assert len({n.body.split("\n")[2][:40] for n in notes}) == 3
    assert len({n.subject for n in notes}) == 3
    for i, a in enumerate(notes):
        for b in notes[i + 1 :]:
            assert similarity(a.body, b.body) < DUPLICATE_SIMILARITY / 2


def test_thank_yous_are_brief():
    for note in thank_yous(law_firm()):
        assert 90 <= word_count(note.body) <= 160, note.body


@pytest.mark.parametrize("kind", ["thank-you", "follow-up", "next-steps"])
def test_every_draft_of_the_demo_checks_clean(kind):
    facts = law_firm()
    for person in recipients(facts, kind):
        note = draft(kind, facts, person.key)
        others = [draft(kind, facts, p.key).body for p in recipients(facts, kind) if p.key != person.key]
        assert errors_in(note, facts, person.key, others) == [], note.body


def test_the_follow_up_carries_pending_updates_only():
    note = draft("follow-up", law_firm(), None)
    assert note.to_name == "Dana Whitfield"
    assert "I have some news that may be useful: my fall semester transcript is out (3.8 GPA)." in note.body
    assert "award sent long ago" not in note.body


def test_the_follow_up_without_updates_says_nothing_of_them():
    note = draft("follow-up", law_firm(updates=()), None)
    assert "update" not in note.body


def test_next_steps_asks_the_hiring_contact_about_the_timeline():
    note = draft("next-steps", law_firm(), None)
    assert note.to_name == "Dana Whitfield"
    assert "next steps" in note.body and "timeline" in note.body


def test_a_thank_you_without_a_highlight_still_checks_without_errors():
    facts = law_firm()
    bare = law_firm(interviews=(InterviewFacts("i1", STARTS_AT, STARTS_AT, interviewer_keys=("p1", "p2")),))
    for person in recipients(bare, "thank-you"):
        assert errors_in(draft("thank-you", bare, person.key), bare, person.key) == []
    assert facts.interviews[0].highlight_for("p1")


def test_candidate_templates_override_ours(tmp_path):
    (tmp_path / "next-steps.j2").write_text("Subject: Hello {{ company }}\n\nHi {{ name }}, any news?\n{{ candidate }}\n")
    note = draft("next-steps", law_firm(), None, template_dirs=[tmp_path])
    assert note.subject == "Hello Calloway & Pryce LLP"
    assert note.body == "Hi Dana Whitfield, any news?\nJordan Avery\n"
    assert "Dear Miriam" in draft("thank-you", law_firm(), "p1", template_dirs=[tmp_path]).body


@pytest.mark.parametrize(
    "template, message",
    [
        ("no subject line\n", "template next-steps.j2 must start with a 'Subject: ...' line"),
        ("Subject: {{ nope }}\n", "template next-steps.j2 (line 1) does not render: 'nope' is undefined"),
    ],
)
def test_a_broken_candidate_template_is_invalid_input(tmp_path, template, message):
    (tmp_path / "next-steps.j2").write_text(template)
    with pytest.raises(InvalidInput) as e:
        draft("next-steps", law_firm(), None, template_dirs=[tmp_path])
    assert str(e.value) == message


@pytest.mark.parametrize(
    "kind, facts, message",
    [
        ("apology", law_firm(), "unknown kind 'apology'; use one of thank-you, follow-up, next-steps"),
        ("follow-up", law_firm(hiring_contact_key=None), "no hiring contact recorded for Calloway & Pryce LLP; name one, or pass --to"),
        ("thank-you", law_firm(interviews=()), "no interviewer recorded for Calloway & Pryce LLP; add the interview first"),
        (
            "thank-you",
            law_firm(interviews=(InterviewFacts("i9", STARTS_AT, STARTS_AT + timedelta(hours=1)),)),
            "the latest interview with Calloway & Pryce LLP has no interviewers recorded; "
            "draft to one of them with --to 'Name', or log the round with its interviewers",
        ),
    ],
)
def test_it_refuses_what_it_cannot_draft(kind, facts, message):
    with pytest.raises(InvalidInput) as e:
        draft(kind, facts, None)
    assert str(e.value) == message


REAL_NAMES = [
    "Agnieszka Szczepańska", "Aoife Ó Briain", "Nguyen Thi Lan", "Chidimma Okonkwo", "José Álvarez-Núñez",
    "Siobhán Ní Dhuibhir", "Zoë Van der Berg", "Søren Kierkegaard", "Łukasz Wróbel", "Björk Guðmundsdóttir",
    "Anna Petrova", "Анна Петрова", "王芳", "Ngozi Adichie", "Mei-Ling O'Connor", "Nuno Gonçalves", "Dagný Þórsdóttir",
    "François Lefèvre", "Yusuf İnanç", "Priya Raghunathan", "Hoang Van Minh", "Kwame Mensah-Bonsu",
]
_LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñçøåäöüłśźżčšžđğışő"
_CAPITALS = "ABCDEFGHIJKLMNOPRSTUVWYZÁÉÍÓÚÖÜŁŚŻČŠŽ"
made_up_part = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_CAPITALS),
    st.text(_LETTERS, min_size=2, max_size=10),
).filter(lambda w: w not in COMMON_CAPITALISED)
names = st.one_of(
    st.sampled_from(REAL_NAMES),
    st.lists(made_up_part, min_size=2, max_size=3).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(names, min_size=4, max_size=4, unique=True), st.sampled_from(["thank-you", "follow-up", "next-steps"]))
def test_drafts_check_clean_whatever_the_names(people_names, kind):
    people = tuple(Person(f"p{i}", name) for i, name in enumerate(people_names))
    facts = law_firm(
        people=people,
        hiring_contact_key="p3",
        candidate=people_names[3],
        interviews=(
            InterviewFacts(
                "i1",
                STARTS_AT,
                STARTS_AT,
                interviewer_keys=("p0", "p1", "p2"),
                highlights=(("p0", "the appellate clinic"), ("p1", "cross-border arbitration"), ("p2", "pro bono intake")),
            ),
        ),
    )
    for person in recipients(facts, kind):
        note = draft(kind, facts, person.key)
        assert errors_in(note, facts, person.key) == [], note.body


@pytest.mark.parametrize(
    "template, message",
    [
        (
            "Subject: hi\n\nline two\n{{ 1/0 }}\n",
            "template next-steps.j2 (line 4) does not render: division by zero",
        ),
        (
            "Subject: hi\n\n{% include 'next-steps.j2' %}\n",
            "template next-steps.j2 (line 3) does not render: it includes itself, without end",
        ),
        (
            'Subject: hi\n\n{{ cycler.__init__.__globals__.os.popen("id").read() }}\n',
            "template next-steps.j2 (line 3) does not render: it reaches for something templates may not use",
        ),
        (
            "Subject: hi\n\n{{ name.__class__.__mro__ }}\n",
            "template next-steps.j2 (line 3) does not render: it reaches for something templates may not use",
        ),
    ],
)
def test_a_hostile_candidate_template_is_one_line_naming_its_line(tmp_path, template, message):
    (tmp_path / "next-steps.j2").write_text(template)
    with pytest.raises(InvalidInput) as e:
        draft("next-steps", law_firm(), None, template_dirs=[tmp_path])
    assert str(e.value) == message


def test_a_candidate_template_runs_no_code(tmp_path):
    witness = tmp_path / "ran"
    (tmp_path / "next-steps.j2").write_text(
        "Subject: hi\n\n{{ cycler.__init__.__globals__.os.system('touch " + str(witness) + "') }}\n"
    )
    with pytest.raises(InvalidInput):
        draft("next-steps", law_firm(), None, template_dirs=[tmp_path])
    assert not witness.exists()


def test_a_template_that_is_not_utf8_is_one_line(tmp_path):
    (tmp_path / "next-steps.j2").write_bytes(b"Subject: caf\xe9\n\nhello\n")
    with pytest.raises(InvalidInput) as e:
        draft("next-steps", law_firm(), None, template_dirs=[tmp_path])
    assert str(e.value) == "template next-steps.j2 is not UTF-8 text; save it as UTF-8"
