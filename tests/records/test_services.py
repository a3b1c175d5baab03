from datetime import UTC, date, datetime, timedelta

import pytest

from afterview.core.errors import InvalidInput, NotFound
from afterview.core.facts import TouchKind
from afterview.core.parse import NamedAddress
from afterview.outreach import notes
from afterview.records import models as m
from afterview.records import services
from tests.conftest import NOW


def test_it_records_an_interview_with_its_panel_and_hiring_contact(alice, alice_app):
    facts = services.application_facts(alice, alice_app.pk)
    assert facts.company == "Calloway & Pryce LLP"
    assert facts.role == "Summer Associate"
    (interview,) = facts.interviews
    names = {facts.person(k).name for k in interview.interviewer_keys}
    assert names == {"Miriam Castellanos", "Theo Lindqvist"}
    hiring = facts.person(facts.hiring_contact_key)
    assert (hiring.name, hiring.email, hiring.phone) == ("Dana Whitfield", "dana@cp.example", "+13125550100")
    miriam = next(p for p in facts.people if p.name == "Miriam Castellanos")
    assert interview.highlight_for(miriam.key) == "her pro bono tenant work"
    assert facts.candidate == "Alice Moreau"
    assert facts.tz == "America/Chicago"


def test_it_reuses_the_organization_application_and_contacts_for_a_second_round(alice, alice_app, interview_input):
    again = services.add_interview(
        alice,
        interview_input(
            starts_at=datetime(2026, 12, 10, 16, tzinfo=UTC),
            ends_at=datetime(2026, 12, 10, 17, tzinfo=UTC),
            interviewers=(NamedAddress("Theo Lindqvist", "tl@cp.example"),),
            highlights={},
            application_id=alice_app.pk,
        ),
        now=NOW,
    )
    assert again.pk == alice_app.pk
    assert m.Organization.objects.for_owner(alice).count() == 1
    assert m.Contact.objects.for_owner(alice).count() == 3
    assert m.Interview.objects.for_owner(alice).count() == 2


def test_it_refuses_a_round_for_another_company(alice, alice_app, interview_input):
    with pytest.raises(InvalidInput, match="is with Calloway & Pryce LLP"):
        services.add_interview(alice, interview_input(company="Other Co", application_id=alice_app.pk), now=NOW)


def test_it_refuses_an_interview_that_ends_before_it_starts(interview_input):
    with pytest.raises(InvalidInput, match="end after it starts"):
        interview_input(ends_at=datetime(2026, 12, 3, 15, tzinfo=UTC))


def test_it_refuses_a_highlight_for_someone_not_on_the_panel(interview_input):
    with pytest.raises(InvalidInput, match="not an interviewer"):
        interview_input(highlights={"Nobody Here": "x"})


def test_a_failed_interview_leaves_nothing_behind(alice, interview_input):
    with pytest.raises(NotFound):
        services.add_interview(alice, interview_input(application_id=99999), now=NOW)
    bad = interview_input(hiring_contact=None, hiring_phone="+13125550100")
    with pytest.raises(InvalidInput, match="needs --hiring-contact"):
        services.add_interview(alice, bad, now=NOW)
    assert m.Organization.objects.count() == 0
    assert m.Application.objects.count() == 0


def test_it_logs_touches_expectations_and_updates(alice, alice_app):
    at = NOW + timedelta(hours=1)
    services.add_touch(alice, alice_app.pk, "thank-you-sent", at=at, person="miriam castellanos")
    services.add_touch(alice, alice_app.pk, "reply", at=at + timedelta(days=2), person="Dana", expect_on=date(2026, 12, 20))
    services.set_expectation(alice, alice_app.pk, date(2026, 12, 18), at=at)
    services.add_update(alice, alice_app.pk, "Fall transcript: 3.9 GPA", at=at)
    facts = services.application_facts(alice, alice_app.pk)
    assert [t.kind for t in facts.touches] == [TouchKind.THANK_YOU_SENT, TouchKind.REPLY]
    assert facts.touches[1].expect_on == date(2026, 12, 20)
    assert facts.person(facts.touches[0].person_key).name == "Miriam Castellanos"
    assert facts.expectations[0].on == date(2026, 12, 18)
    assert facts.updates[0].text == "Fall transcript: 3.9 GPA"


def test_it_names_the_people_it_knows_when_a_name_matches_nobody(alice, alice_app):
    with pytest.raises(NotFound, match="known: Dana Whitfield, Miriam Castellanos, Theo Lindqvist"):
        services.add_touch(alice, alice_app.pk, "call", at=NOW, person="Zed")


def test_it_refuses_unknown_touch_kinds_and_empty_updates(alice, alice_app):
    with pytest.raises(InvalidInput, match="unknown kind"):
        services.add_touch(alice, alice_app.pk, "smoke-signal", at=NOW)
    with pytest.raises(InvalidInput, match="empty"):
        services.add_update(alice, alice_app.pk, "   ", at=NOW)
    assert m.Touch.objects.count() == 0


@pytest.mark.parametrize(
    "call",
    [
        lambda who, app: services.get_application(who, app.pk),
        lambda who, app: services.application_facts(who, app.pk),
        lambda who, app: services.add_touch(who, app.pk, "reply", at=NOW),
        lambda who, app: services.set_expectation(who, app.pk, date(2026, 12, 20), at=NOW),
        lambda who, app: services.add_update(who, app.pk, "news", at=NOW),
        lambda who, app: notes.check_context(who, app.pk, None, "follow-up"),
        lambda who, app: services.application_detail(who, app.pk),
    ],
)
def test_bob_can_never_read_or_change_alices_rows(alice_app, bob, call):
    with pytest.raises(NotFound):
        call(bob, alice_app)
    assert m.Touch.objects.count() == 0
    assert m.Update.objects.count() == 0


def test_bobs_interview_never_reuses_alices_organization(alice_app, bob, interview_input):
    bobs = services.add_interview(bob, interview_input(), now=NOW)
    assert bobs.organization_id != alice_app.organization_id
    assert services.all_facts(bob)[0].key == str(bobs.pk)
    assert [f.key for f in services.all_facts(bob)] == [str(bobs.pk)]


def test_it_reads_every_application_in_a_constant_number_of_queries(alice, interview_input, django_assert_max_num_queries):
    for n in range(6):
        services.add_interview(alice, interview_input(company=f"Firm {n}"), now=NOW)
    with django_assert_max_num_queries(10):
        facts = services.all_facts(alice)
    assert len(facts) == 6


def test_init_is_idempotent(db):
    first, created = services.init_local_candidate(name="Ana", tz="Europe/Lisbon")
    again, created_again = services.init_local_candidate()
    assert created and not created_again
    assert first == again == services.local_candidate()
    assert services.candidate_name(first) == "Ana"
    assert services.profile_of(first).tz == "Europe/Lisbon"


def test_the_list_reads_every_application_in_a_constant_number_of_queries(
    alice, interview_input, django_assert_max_num_queries
):
    from afterview.records.summary import application_summaries

    for n in range(5):
        app = services.add_interview(alice, interview_input(company=f"Firm {n}"), now=NOW)
        services.add_touch(alice, app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist")
    with django_assert_max_num_queries(12):
        rows = application_summaries(alice, NOW)
    assert [r["company"] for r in rows] == [f"Firm {n}" for n in range(5)]
    assert all(r["stage"] and r["last_interview_at"] == "2026-12-03T16:00:00+00:00" for r in rows)


def test_notes_that_never_arrived_or_never_left_do_not_count_as_earlier_notes(alice, alice_app):
    for status, body in (
        ("sent", "Sent note"),
        ("failed", "Failed note"),
        ("cancelled", "Cancelled note"),
        ("draft", "Draft note"),
        ("scheduled", "Planned note"),
    ):
        m.Message.objects.create(
            owner=alice, application=alice_app, contact=alice_app.hiring_contact, kind="follow-up",
            subject="s", body=body, status=status, created_at=NOW,
        )
    context = notes.check_context(alice, alice_app.pk, None, "follow-up")
    assert sorted(context.other_notes) == ["Planned note", "Sent note"]


def test_the_check_context_knows_the_recipient_the_others_and_earlier_notes(alice, alice_app, bob, interview_input):
    services.add_interview(alice, interview_input(company="Wachtell & Co", interviewers=(NamedAddress("Ruth Abara", "ra@w.example"),), highlights={}), now=NOW)
    services.add_interview(bob, interview_input(company="Bob's Firm"), now=NOW)
    m.Message.objects.create(
        owner=alice, application=alice_app, contact=alice_app.hiring_contact, kind="follow-up",
        subject="s", body="An earlier note", status="sent", created_at=NOW,
    )
    facts = services.application_facts(alice, alice_app.pk)
    theo = next(p for p in facts.people if p.name == "Theo Lindqvist")
    context = notes.check_context(alice, alice_app.pk, theo.key, "thank-you", also_compare=["A sibling draft"])
    assert context.to == "Theo Lindqvist"
    assert context.company == "Calloway & Pryce LLP"
    assert "Wachtell & Co" in context.other_companies and "Bob's Firm" not in context.other_companies
    assert "Ruth Abara" in context.other_people
    assert list(context.other_notes) == ["An earlier note", "A sibling draft"]
