"""The facts and plans the web app keeps between requests: fresh after any write,
from this process or from elsewhere, and never another candidate's."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.core.errors import NotFound
from afterview.records import models as m
from afterview.records import services as records
from afterview.web import plans
from tests.conftest import NOW

pytestmark = pytest.mark.django_db


def _kinds(candidate, now=NOW):
    return [(str(a.kind), a.person) for p in plans.plans(candidate, now) for a in p.actions]


def test_it_plans_every_application_once_and_reuses_the_plans(alice, alice_app, django_assert_max_num_queries):
    first = plans.plans(alice, NOW)
    assert [p.application_id for p in first] == [alice_app.pk]
    assert ("thank-you", "Miriam Castellanos") in _kinds(alice)
    with django_assert_max_num_queries(3):  # the fingerprint, the candidate's name and their playbook overrides
        again = plans.plans(alice, NOW)
    assert again is first


def test_it_notices_a_write_from_elsewhere_by_the_fingerprint(alice, alice_app):
    plans.plans(alice, NOW)
    records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    assert ("thank-you", "Miriam Castellanos") not in _kinds(alice)


def test_it_notices_a_deleted_row(alice, alice_app):
    records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    plans.plans(alice, NOW)
    m.Touch.objects.filter(owner=alice).delete()
    assert ("thank-you", "Miriam Castellanos") in _kinds(alice)


def test_after_its_own_write_it_reloads_only_the_application_named(alice, alice_app, interview_input, django_assert_max_num_queries):
    other = records.add_interview(alice, interview_input(company="Lumen Health", role="Data Analyst"), now=NOW)
    plans.plans(alice, NOW)
    records.add_touch(alice, other.pk, "rejection", at=NOW)
    plans.forget(alice, other.pk)
    with django_assert_max_num_queries(14):  # the fingerprint and one application's facts, not all
        made = {p.application_id: p for p in plans.plans(alice, NOW)}
    assert made[other.pk].actions == ()
    assert made[alice_app.pk].actions


def test_plans_move_on_with_time(alice, alice_app):
    soon = [k for k, _ in _kinds(alice)]
    later = [k for k, _ in _kinds(alice, NOW + timedelta(days=30))]
    assert "thank-you" in soon and "thank-you" not in later


def test_it_remakes_the_plans_when_the_rules_change(alice, alice_app):
    from afterview.records.playbook_config import playbook_path

    before = plans.plans(alice, NOW)
    path = playbook_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.write_text("gap_business_days = 9\n")
        assert plans.plans(alice, NOW) is not before
    finally:
        path.unlink()


def test_a_stage_is_worked_out_from_the_same_facts(alice, alice_app):
    (plan,) = plans.plans(alice, NOW)
    assert str(plan.stage) == "thank-you-due"


def test_facts_of_another_candidates_application_is_not_found(alice, bob, alice_app):
    plans.plans(alice, NOW)
    assert plans.facts_of(alice, alice_app.pk).company == "Calloway & Pryce LLP"
    with pytest.raises(NotFound):
        plans.facts_of(bob, alice_app.pk)
    assert plans.plans(bob, NOW) == []


def test_it_keeps_each_candidates_plans_apart(alice, bob, alice_app, interview_input):
    records.add_interview(bob, interview_input(company="Northbridge Consulting"), now=NOW)
    assert {p.company for p in plans.plans(alice, NOW)} == {"Calloway & Pryce LLP"}
    assert {p.company for p in plans.plans(bob, NOW)} == {"Northbridge Consulting"}


def test_it_keeps_candidates_within_the_memory_it_is_given(alice, alice_app, bob, settings):
    # Room for one application's worth: the least recently loaded candidate goes.
    settings.AFTERVIEW_KEPT_FACTS_MB = plans.KEPT_BYTES_PER_APPLICATION * 1.5 / 1024 / 1024
    plans.plans(alice, NOW)
    plans.plans(bob, NOW)
    assert list(plans._facts) == [bob.pk]
    assert alice.pk not in plans._plans
    assert plans._facts.bytes == plans._facts[bob.pk].size


def test_the_last_candidate_is_kept_however_little_memory_is_given(alice, alice_app, settings):
    settings.AFTERVIEW_KEPT_FACTS_MB = 0
    plans.plans(alice, NOW)
    assert list(plans._facts) == [alice.pk]


def test_the_default_memory_keeps_an_office_of_thousands(alice, alice_app, bob):
    plans.plans(alice, NOW)
    plans.plans(bob, NOW)
    assert list(plans._facts) == [alice.pk, bob.pk]
    # 512 MiB: 5,000 students of 12 applications each fit
    assert plans.kept_bytes() >= 5000 * 12 * plans.KEPT_BYTES_PER_APPLICATION


def test_the_kept_memory_tally_follows_forget_and_clear(alice, alice_app, bob):
    plans.plans(alice, NOW)
    plans.plans(bob, NOW)
    both = plans._facts.bytes
    assert both == plans._facts[alice.pk].size + plans._facts[bob.pk].size > 0
    plans.forget(alice)
    assert plans._facts.bytes == plans._facts[bob.pk].size
    plans.plans(alice, NOW)
    assert plans._facts.bytes == both
    plans.clear()
    assert plans._facts.bytes == 0


def test_facts_of_notices_a_write_from_elsewhere_after_serving_kept_facts(alice, alice_app, interview_input):
    other = records.add_interview(alice, interview_input(company="Lumen Health", role="Data Analyst"), now=NOW)
    plans.plans(alice, NOW)
    assert plans.facts_of(alice, alice_app.pk).touches == ()  # kept, and its own print taken
    records.add_touch(alice, other.pk, "rejection", at=NOW)  # another application's write
    assert plans.facts_of(alice, alice_app.pk).touches == ()
    records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    assert len(plans.facts_of(alice, alice_app.pk).touches) == 1
    m.Touch.objects.filter(owner=alice, application=alice_app).delete()
    assert plans.facts_of(alice, alice_app.pk).touches == ()


@pytest.mark.django_db
def test_the_pages_writes_forget_the_plans_they_change_so_views_need_not(alice, alice_app):
    from afterview.web import services

    plans.plans(alice, NOW)  # kept
    services.add_update(alice, alice_app.pk, "Moot court finalist", at=NOW)
    assert alice_app.pk in plans._facts[alice.pk].stale
    (plan,) = plans.plans(alice, NOW)
    assert any("Moot court finalist" in a.updates for a in plan.actions)
