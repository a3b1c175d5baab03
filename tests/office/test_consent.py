"""A student's consent: chosen on Settings or with `afterview office consent`, at once, recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput, NotFound
from tests.office import privacy_world
from tests.office.privacy_world import NOW, signed_in


world = privacy_world.world  # the fixture

@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


def test_it_reads_the_three_levels_and_refuses_others():
    from afterview.office.consent import parse_consent

    assert parse_consent(" Details ") == "details"
    assert parse_consent("nothing") == "nothing"
    with pytest.raises(InvalidInput, match="choose nothing, counts or details"):
        parse_consent("everything")


@given(st.text(max_size=30))
def test_parse_consent_gives_a_level_or_invalid_input(text):
    from afterview.office.consent import parse_consent

    try:
        assert parse_consent(text) in ("nothing", "counts", "details")
    except InvalidInput:
        pass


def test_counts_is_the_default_and_a_change_is_recorded(world):
    from afterview.office.consent import set_consent
    from afterview.office.models import Member

    member = Member.objects.get(user=world.bob)
    assert member.consent == "counts" and member.consent_changed_at is None
    set_consent(world.bob, "details", now=NOW)
    member.refresh_from_db()
    assert (member.consent, member.consent_changed_at) == ("details", NOW)
    set_consent(world.bob, "details", now=NOW + timedelta(hours=1))  # the same level changes nothing
    member.refresh_from_db()
    assert member.consent_changed_at == NOW


def test_only_a_student_has_a_consent(world):
    from afterview.office.consent import set_consent

    with pytest.raises(NotFound):
        set_consent(world.carla, "details", now=NOW)


def test_the_settings_card_shows_only_to_a_student_and_saves_at_once(world):
    from afterview.office.models import Member

    page = signed_in(world.bob).get("/settings/")
    assert page.status_code == 200
    assert b"What your advisers see" in page.content and b"Delete my account" in page.content
    response = signed_in(world.bob).post("/settings/consent", {"consent": "nothing"})
    assert response.status_code == 302
    assert Member.objects.get(user=world.bob).consent == "nothing"
    assert signed_in(world.bob).post("/settings/consent", {"consent": "all"}).status_code == 302
    assert Member.objects.get(user=world.bob).consent == "nothing"


def test_a_one_person_install_has_no_consent_card(alice, client):
    client.force_login(alice)
    page = client.get("/settings/")
    assert page.status_code == 200 and b"What your advisers see" not in page.content
    assert client.post("/settings/consent", {"consent": "details"}).status_code == 404
    assert client.get("/settings/leave").status_code == 404


def test_the_audit_page_lists_who_looked(world):
    from afterview.office.consent import set_consent

    set_consent(world.alice, "details", now=NOW)
    assert signed_in(world.carla).get(f"/office/students/{world.alice.pk}/").status_code == 200
    page = signed_in(world.alice).get("/settings/audit/")
    assert page.status_code == 200
    assert b"Carla Adviser" in page.content and b"Fri 4 Dec, 09:00" in page.content
