"""The timeline picture: past and future apart, every text escaped, labels that do not collide."""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterview.records import services as records
from afterview.web import services
from afterview.web.timeline import Mark, marks_of, render
from tests.conftest import NOW


def test_the_past_is_shaded_and_the_future_hollow():
    svg = render(
        [Mark(NOW - timedelta(days=2), "Interview", "interview", end=NOW - timedelta(days=2, hours=-2)),
         Mark(NOW + timedelta(days=5), "Follow-up → Dana", "plan")],
        NOW,
        "America/Chicago",
        title="Timeline",
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    shade = re.search(r'<rect x="0" y="0" width="([\d.]+)"', svg)
    now_line = re.search(r'<line x1="([\d.]+)" y1="22"', svg)
    assert float(shade.group(1)) == pytest.approx(float(now_line.group(1)))
    future = re.search(r"<g><title>Follow-up → Dana</title>(.*?)</g>", svg).group(1)
    assert 'fill="#ffffff"' in future and "stroke-dasharray" in future  # hollow and dashed
    assert ">now</text>" in svg and ">past</text>" in svg and ">ahead</text>" in svg


def test_every_text_is_escaped():
    svg = render([Mark(NOW, "<script>alert(1)</script>", "sent", "a & b")], NOW, "UTC", title="A <b> title")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "A &lt;b&gt; title" in svg and "a &amp; b" in svg


def test_labels_close_together_go_to_different_lanes():
    marks = [Mark(NOW + timedelta(hours=n), f"Thank-you → Person {n}", "plan") for n in range(4)]
    svg = render(marks, NOW - timedelta(days=1), "UTC", title="t")
    heights = {float(y) for y in re.findall(r'<text x="[\d.]+" y="([\d.]+)" text-anchor="middle" font-size="12"', svg)}
    assert len(heights) == 4


def test_labels_keep_to_their_side_of_now():
    svg = render(
        [Mark(NOW - timedelta(minutes=5), "A long label that happened just before now", "sent")],
        NOW,
        "UTC",
        title="t",
    )
    now_x = float(re.search(r'<line x1="([\d.]+)" y1="22"', svg).group(1))
    label_x, label = re.search(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" font-size="12"[^>]*>([^<]+)<', svg).groups()
    assert label.endswith("…")  # shortened to fit; the tooltip keeps it whole
    assert float(label_x) + (len(label) * 6.6 + 4) / 2 <= now_x
    assert "<title>A long label that happened just before now</title>" in svg


@pytest.mark.django_db
def test_an_application_shows_its_interview_touches_plan_and_expected_date(alice, alice_app):
    records.add_touch(alice, alice_app.pk, "thank-you-sent", at=NOW, person="Miriam Castellanos")
    records.add_touch(alice, alice_app.pk, "reply", at=NOW, person="Dana Whitfield", expect_on=date(2026, 12, 18))
    page = services.application_page(alice, alice_app.pk, NOW + timedelta(hours=1))
    marks = {(mk.kind, mk.label) for mk in marks_of(page, NOW + timedelta(hours=1))}
    assert ("interview", "Interview") in marks
    assert ("sent", "Thank-you → Miriam") in marks
    assert ("reply", "Reply from Dana") in marks
    assert ("expect", "Decision expected") in marks
    assert any(kind == "plan" and "Theo" in label for kind, label in marks)


@pytest.mark.django_db
def test_the_decision_is_expected_at_the_end_of_the_rules_business_day(alice, alice_app):
    from afterview.records.playbook_config import replace_overrides

    replace_overrides(alice, {"business_hours_end": "16:30"})
    records.add_touch(alice, alice_app.pk, "reply", at=NOW, person="Dana Whitfield", expect_on=date(2026, 12, 18))
    page = services.application_page(alice, alice_app.pk, NOW + timedelta(hours=1))
    (expected,) = [mk for mk in marks_of(page, NOW + timedelta(hours=1)) if mk.kind == "expect"]
    local = expected.at.astimezone(ZoneInfo(page.facts.tz))
    assert (local.date(), local.hour, local.minute) == (date(2026, 12, 18), 16, 30)
