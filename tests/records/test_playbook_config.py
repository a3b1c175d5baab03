"""A candidate's playbook overrides: stored per candidate, over the install's playbook.toml
(issue 9, item 4)."""

from __future__ import annotations

from datetime import time

import pytest

from afterview.core.errors import InvalidInput
from afterview.records import playbook_config as pc


@pytest.fixture
def install_file():
    """The install's playbook.toml, removed afterwards."""
    path = pc.playbook_path()
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(text: str):
        path.write_text(text)
        return path

    yield write
    path.unlink(missing_ok=True)


def test_an_override_is_the_candidates_alone(alice, bob):
    pc.set_override(alice, "gap_business_days", "7")
    assert pc.candidate_rules(alice).gap_business_days == 7
    assert pc.candidate_rules(bob).gap_business_days == 5
    assert not pc.playbook_path().exists()


def test_each_value_says_where_it_came_from(alice, bob, install_file):
    install_file("gap_business_days = 6\nmax_follow_ups = 4\n")
    pc.set_override(alice, "gap_business_days", "8")
    pc.set_override(alice, "business_hours_end", "16:30")
    rules, sources = pc.candidate_rules_with_sources(alice)
    assert (rules.gap_business_days, rules.max_follow_ups, rules.business_hours_end) == (8, 4, time(16, 30))
    assert sources["gap_business_days"] == sources["business_hours_end"] == "your override"
    assert sources["max_follow_ups"] == "install file"
    assert sources["phone_after_business_days"] == "default"
    rules, sources = pc.candidate_rules_with_sources(bob)
    assert (rules.gap_business_days, sources["gap_business_days"]) == (6, "install file")


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("gap_business_days", "0", "gap_business_days must be from 1 to 60, not 0"),
        ("gap_business_days", "soon", "gap_business_days must be a whole number from 1 to 60, not 'soon'"),
        ("business_hours_start", "18:00", "business_hours_start must be before business_hours_end, not 18:00 and 17:00"),
        ("business_hours_start", "9am", "business_hours_start must be a clock time such as \"09:00\", not '9am'"),
        ("gap_days", "3", "unknown key 'gap_days'; did you mean gap_business_days?"),
    ],
)
def test_an_override_is_checked_by_the_rules_that_check_the_file(alice, key, value, message):
    with pytest.raises(InvalidInput) as e:
        pc.set_override(alice, key, value)
    assert str(e.value) == f"your playbook: {message}"
    assert pc.candidate_rules(alice) == pc.install_rules()


def test_reset_takes_one_override_or_all_away(alice):
    pc.set_override(alice, "gap_business_days", "7")
    pc.set_override(alice, "max_follow_ups", "2")
    pc.reset_overrides(alice, "gap_business_days")
    rules, sources = pc.candidate_rules_with_sources(alice)
    assert (rules.gap_business_days, rules.max_follow_ups) == (5, 2)
    assert sources["gap_business_days"] == "default"
    pc.reset_overrides(alice)
    assert pc.candidate_rules(alice) == pc.install_rules()
    with pytest.raises(InvalidInput, match="unknown key 'gap'"):
        pc.reset_overrides(alice, "gap")


def test_messages_about_the_install_file_name_no_server_path(alice, install_file):
    path = install_file("max_follow_ups = 0\n")
    with pytest.raises(InvalidInput) as e:
        pc.candidate_rules(alice)
    assert str(e.value) == "the install's playbook.toml: max_follow_ups must be from 1 to 10, not 0"
    assert str(path.parent) not in str(e.value)
