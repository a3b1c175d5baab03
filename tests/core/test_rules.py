import dataclasses
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.rules import DEFAULT, SETTINGS, Rules, changes_reaching, load_rules, override_rules, parse_setting


def test_the_defaults_are_the_design_table():
    assert DEFAULT == Rules(
        gap_business_days=5,
        follow_up_wait_business_days=10,
        phone_after_business_days=5,
        max_follow_ups=3,
        thank_you_within_hours=24,
        business_hours_start=time(9),
        business_hours_end=time(17),
    )


def test_every_rule_value_is_a_documented_setting():
    assert [s.key for s in SETTINGS] == [f.name for f in dataclasses.fields(Rules)]
    assert all(s.help and s.rule for s in SETTINGS)


def test_rules_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.max_follow_ups = 10  # type: ignore[misc]


def test_no_file_means_every_default():
    rules, sources = load_rules(None, "/home/alice/playbook.toml")
    assert rules == DEFAULT
    assert set(sources.values()) == {"default"}
    assert list(sources) == [s.key for s in SETTINGS]


def test_a_file_overrides_only_what_it_names():
    text = """
# Alice's career office spaces contacts a week apart.
gap_business_days = 7
max_follow_ups = 2
business_hours_start = "08:30"
business_hours_end = 16:00:00
"""
    rules, sources = load_rules(text, "playbook.toml")
    assert rules.gap_business_days == 7
    assert rules.max_follow_ups == 2
    assert rules.business_hours_start == time(8, 30)
    assert rules.business_hours_end == time(16)
    assert rules.follow_up_wait_business_days == 10
    assert sources == {
        "gap_business_days": "playbook.toml",
        "follow_up_wait_business_days": "default",
        "phone_after_business_days": "default",
        "max_follow_ups": "playbook.toml",
        "thank_you_within_hours": "default",
        "business_hours_start": "playbook.toml",
        "business_hours_end": "playbook.toml",
    }


def test_an_empty_file_is_all_defaults_but_from_the_file_nowhere():
    rules, sources = load_rules("", "playbook.toml")
    assert rules == DEFAULT
    assert set(sources.values()) == {"default"}


def test_as_dict_spells_values_as_toml_would():
    assert DEFAULT.as_dict()["business_hours_start"] == "09:00"
    assert DEFAULT.as_dict()["gap_business_days"] == 5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "gap_days = 3",
            "playbook.toml: unknown key 'gap_days'; did you mean gap_business_days?",
        ),
        (
            "colour = 'blue'",
            "playbook.toml: unknown key 'colour'; known keys: gap_business_days, "
            "follow_up_wait_business_days, phone_after_business_days, max_follow_ups, "
            "thank_you_within_hours, business_hours_start, business_hours_end",
        ),
        (
            "[min-gap]\nbusiness_days = 3",
            "playbook.toml: unknown key 'min-gap'; known keys: gap_business_days, "
            "follow_up_wait_business_days, phone_after_business_days, max_follow_ups, "
            "thank_you_within_hours, business_hours_start, business_hours_end",
        ),
        (
            'gap_business_days = "five"',
            "playbook.toml: gap_business_days must be a whole number from 1 to 60, not 'five'",
        ),
        (
            "max_follow_ups = true",
            "playbook.toml: max_follow_ups must be a whole number from 1 to 10, not True",
        ),
        (
            "max_follow_ups = 2.5",
            "playbook.toml: max_follow_ups must be a whole number from 1 to 10, not 2.5",
        ),
        (
            "max_follow_ups = 0",
            "playbook.toml: max_follow_ups must be from 1 to 10, not 0",
        ),
        (
            "thank_you_within_hours = 500",
            "playbook.toml: thank_you_within_hours must be from 1 to 168, not 500",
        ),
        (
            'business_hours_start = "nine"',
            "playbook.toml: business_hours_start must be a clock time such as \"09:00\", not 'nine'",
        ),
        (
            "business_hours_end = 17",
            'playbook.toml: business_hours_end must be a clock time such as "09:00", not 17',
        ),
        (
            'business_hours_start = "18:00"',
            "playbook.toml: business_hours_start must be before business_hours_end, not 18:00 and 17:00",
        ),
    ],
)
def test_an_invalid_file_names_the_key(text, message):
    with pytest.raises(InvalidInput) as caught:
        load_rules(text, "playbook.toml")
    assert str(caught.value) == message


def test_text_that_is_not_toml_says_where():
    with pytest.raises(InvalidInput) as caught:
        load_rules("gap_business_days = \nmax_follow_ups = 2", "/home/alice/playbook.toml")
    message = str(caught.value)
    assert message.startswith("/home/alice/playbook.toml is not valid TOML: ")
    assert "line 1" in message


def test_rules_built_in_code_are_checked_too():
    with pytest.raises(InvalidInput, match="gap_business_days must be from 1 to 60, not 0"):
        Rules(gap_business_days=0)


def test_every_setting_is_documented_with_its_default():
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "playbook.md").read_text()
    for key, value in DEFAULT.as_dict().items():
        shown = f'`"{value}"`' if isinstance(value, str) else str(value)
        assert f"| `{key}` | {shown} |" in page, key


@given(st.sampled_from([s.key for s in SETTINGS] + ["gap_days", ""]), st.text(max_size=12))
def test_a_typed_setting_is_a_value_or_invalid_input(key, text):
    try:
        value = parse_setting(key, text, "your playbook")
    except InvalidInput:
        return
    try:
        override_rules(DEFAULT, {}, {key: value}, "your playbook")
    except InvalidInput:
        pass


@given(
    st.sets(st.sampled_from([s.key for s in SETTINGS])),
    st.dictionaries(st.sampled_from([s.key for s in SETTINGS]), st.just(1)),
)
def test_a_change_below_reaches_the_rules_only_where_the_layer_above_is_silent(changed, table):
    reaching = changes_reaching(changed, table)
    assert reaching == {key for key in changed if key not in table}
    assert changes_reaching(changed, {}) == changed
