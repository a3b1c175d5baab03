import json
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.parse import NamedAddress
from afterview.records import exchange
from afterview.records import models as m
from afterview.records import services
from tests.conftest import NOW


def _fresh_candidate(name):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create(username=name)
    m.Profile.objects.create(user=user, display_name=name.title(), tz="UTC")
    return user


def test_export_then_import_then_export_gives_the_same_document(alice, alice_app):
    services.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Theo Lindqvist", note="sent")
    services.add_update(alice, alice_app.pk, "Moot court: best oralist", at=NOW)
    services.set_expectation(alice, alice_app.pk, date(2026, 12, 18), at=NOW)
    # What replies leave: an auto-reply's return day, a bounce, a request.
    m.Contact.objects.filter(pk=alice_app.hiring_contact_id).update(
        away_until=date(2026, 12, 21), bounced_address="dana@cp.example", bounced_at=NOW, bounce_reason="the mailbox is full"
    )
    m.Request.objects.create(owner=alice, application=alice_app, contact=alice_app.hiring_contact, text="the transcript", asked_at=NOW)
    m.Message.objects.create(
        owner=alice,
        application=alice_app,
        contact=alice_app.hiring_contact,
        kind="follow-up",
        subject="Following up",
        body="Hello Dana",
        status="scheduled",
        created_at=NOW,
        scheduled_at=NOW + timedelta(days=1),
    )
    first = exchange.export_document(alice)
    carol = _fresh_candidate("carol")
    assert exchange.import_document(carol, json.loads(exchange.dumps(first))) == 1
    second = exchange.export_document(carol)
    first["candidate"] = second["candidate"]  # the profile is carol's own
    assert second == first
    assert exchange.export_document(alice)["applications"][0]["messages"][0]["body"] == "Hello Dana"
    assert second["applications"][0]["requests"][0]["text"] == "the transcript"


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b'{"hello": 1}', "not an afterview export"),
        (b'{"format": "afterview-export", "version": 99}', "version 99"),
        (b"[1, 2]", "not an afterview export"),
    ],
)
def test_it_refuses_files_that_are_not_exports(raw, message):
    with pytest.raises(InvalidInput, match=message):
        exchange.read_document(raw)


def test_a_broken_import_writes_nothing(alice, alice_app):
    document = exchange.export_document(alice)
    document["applications"][0]["touches"] = [{"kind": "smoke-signal", "at": NOW.isoformat()}]
    carol = _fresh_candidate("carol")
    with pytest.raises(InvalidInput, match=r"applications\[0\]\.touches\[0\]\.kind: 'smoke-signal'"):
        exchange.import_document(carol, document)
    assert m.Organization.objects.for_owner(carol).count() == 0
    assert m.Application.objects.for_owner(carol).count() == 0


def test_it_refuses_to_import_over_existing_records_unless_told(alice, alice_app):
    document = exchange.export_document(alice)
    with pytest.raises(InvalidInput, match="already has 1 application"):
        exchange.import_document(alice, document)
    assert exchange.import_document(alice, document, replace=True) == 1
    assert m.Application.objects.for_owner(alice).count() == 1


names = st.text(
    alphabet=st.characters(categories=("L", "M", "Zs", "Pd"), exclude_characters="\x00"), min_size=1, max_size=30
).map(lambda s: " ".join(s.split())).filter(bool)
moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    company=names,
    role=names,
    people=st.lists(names, min_size=1, max_size=4, unique_by=str.casefold),
    start=moments,
    touches=st.lists(st.tuples(st.sampled_from(m.TouchKind.values), moments, st.text(max_size=40)), max_size=6),
    expect=st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 1, 1)),
)
def test_round_trip_holds_for_any_records(db, company, role, people, start, touches, expect):
    from django.db import transaction

    with transaction.atomic():
        owner = _fresh_candidate("hypo")
        app = services.add_interview(
            owner,
            services.InterviewInput(
                company=company,
                role=role,
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                tz="Asia/Kolkata",
                interviewers=tuple(NamedAddress(p, "") for p in people),
                expect_on=expect,
            ),
            now=start,
        )
        for kind, at, note in touches:
            services.add_touch(owner, app.pk, kind, at=at, note=note)
        first = exchange.export_document(owner)
        twin = _fresh_candidate("twin")
        exchange.import_document(twin, json.loads(exchange.dumps(first)))
        second = exchange.export_document(twin)
        assert second == first
        transaction.set_rollback(True)
