"""The note editor's helpers: marks in place, suggestions applied only where they still fit."""

from __future__ import annotations

import json

import pytest

from afterview.core.check import Finding, Report
from afterview.core.errors import InvalidInput, Refused
from afterview.web import notes


def _report(text: str, *spans) -> Report:
    return Report(
        tuple(Finding("spelling", severity, s, e, text[s:e], "misspelled", ("Thank",)) for s, e, severity in spans),
        len(text.split()),
    )


def test_findings_are_marked_where_they_sit_and_the_rest_is_escaped():
    text = "Thnak you & <b>welcome</b>\n"
    html = notes.highlighted(text, _report(text, (0, 5, "error")))
    assert html.startswith('<mark class="error" data-finding="0">Thnak</mark>')
    assert "&amp; &lt;b&gt;welcome&lt;/b&gt;" in html
    # A trailing newline is kept open so the backdrop is as tall as the textarea.
    assert html.endswith("\n\n ")


def test_whole_note_findings_and_overlaps_mark_nothing():
    text = "Short note"
    report = Report(
        (Finding("too-short", "warning", 0, 0, "", "too short"), Finding("spelling", "error", 0, 5, "Short", "x")),
        2,
    )
    html = notes.highlighted(text, report)
    assert html.count("<mark") == 1
    assert [m.in_text for m in notes.marked(report)] == [False, True]


def test_a_suggestion_applies_where_the_words_still_are():
    text = "Thnak you"
    value = notes.marked(_report(text, (0, 5, "error")))[0].fixes[0][1]
    fixed, caret = notes.apply_fix(text, value)
    assert (fixed, caret) == ("Thank you", 5)


@pytest.mark.parametrize(
    "value",
    [
        json.dumps({"s": 0, "e": 5, "from": "Thnak", "to": "Thank"}),  # the words moved
        json.dumps({"s": 50, "e": 55, "from": "Thnak", "to": "Thank"}),  # past the end
        "not json",
        json.dumps({"s": "a"}),
    ],
)
def test_a_suggestion_that_no_longer_fits_is_refused(value):
    with pytest.raises(InvalidInput):
        notes.apply_fix("Hello, Thnak you", value)


def test_an_oversized_note_is_refused_before_checking():
    from afterview.core.check import CheckContext

    with pytest.raises(InvalidInput, match="far shorter"):
        notes.check("word " * 5000, CheckContext())


@pytest.mark.django_db
def test_a_sent_note_can_no_longer_be_edited(alice, alice_app):
    from afterview.records import models as m
    from tests.conftest import NOW

    miriam = m.Contact.objects.get(name="Miriam Castellanos")
    note = notes.start_draft(alice, alice_app.pk, "thank-you", str(miriam.pk), now=NOW)
    note.status = m.MessageStatus.SENT
    note.save()
    with pytest.raises(Refused, match="can no longer be edited"):
        notes.save_draft(alice, note, subject="x", body="y")
