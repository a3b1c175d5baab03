"""CSV import and export against the real database: presets, derived stages,
all-or-nothing, idempotent re-import, formula guards, history replay."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.spreadsheet import DateOrder
from tests.conftest import NOW

DATA = Path(__file__).resolve().parent.parent / "data" / "csv"


def _import(candidate, raw: bytes, *, preset=None, maps=(), order=DateOrder.REFUSE, dry_run=False):
    from afterview.records import spreadsheet

    table = spreadsheet.read_file(raw)
    mapping = spreadsheet.choose_mapping(table, preset=preset, maps=list(maps))
    plan = spreadsheet.plan_import(candidate, table, mapping, order=order)
    if dry_run:
        plan.raise_errors()
        return plan
    return spreadsheet.apply_import(candidate, plan, now=NOW)


def _stages(candidate):
    from afterview.records.summary import application_summaries

    return {(r["company"], r["role"]): r["stage"] for r in application_summaries(candidate, NOW)}


def test_it_imports_a_huntr_export(alice):
    result = _import(alice, (DATA / "huntr.csv").read_bytes(), preset="huntr")
    assert (result.created, result.skipped) == (4, 0)
    assert _stages(alice) == {
        ("Calloway & Pryce LLP", "Summer Associate"): "rejected",
        ("Northbridge Consulting", "Analyst, Strategy & Operations"): "follow-up-due",
        ("Harlow Legal Aid", "Legal Fellow"): "no-interview",
        ("Meridian Institute", "Policy Associate"): "offer",
    }
    from afterview.records.models import Application

    app = Application.objects.get(role="Summer Associate")
    assert app.link == "https://jobs.cp.example/summer-associate"
    assert app.location == "Chicago, IL"
    assert app.notes == "Law 2026"


def test_it_imports_a_teal_export(alice):
    result = _import(alice, (DATA / "teal.csv").read_bytes(), preset="teal")
    assert result.created == 4
    from afterview.records.models import Application, Touch

    researcher = Application.objects.get(role="UX Researcher")
    # "Interviewing" without a date stays a note; no invented interview.
    assert "Status: Interviewing (no interview date given)" in researcher.notes
    assert researcher.interviews.count() == 0
    assert researcher.applied_on == date(2026, 10, 6)
    assert set(Touch.objects.values_list("kind", flat=True)) == {"rejection", "withdrawn"}
    assert _stages(alice)[("Corvid Studio", "Service Designer")] == "withdrawn"


def test_it_imports_a_simplify_export_once_the_date_order_is_given(alice):
    raw = (DATA / "simplify.csv").read_bytes()
    with pytest.raises(InvalidInput, match=r"line 2, column \"Date Applied\": '11/03/2026' reads as"):
        _import(alice, raw, preset="simplify")
    result = _import(alice, raw, preset="simplify", order=DateOrder.MONTH_FIRST)
    assert result.created == 3
    from afterview.records.models import Application

    assert Application.objects.get(role="Data Analyst").applied_on == date(2026, 10, 28)
    assert _stages(alice)[("Halcyon Games", "Gameplay Programmer")] == "offer"


def test_it_imports_a_reactive_resume_export(alice):
    result = _import(alice, (DATA / "reactive-resume.csv").read_bytes(), preset="reactive-resume")
    assert result.created == 3
    from afterview.records.models import Application

    ra = Application.objects.get(role="Research Assistant")
    assert ra.hiring_contact.name == "Ngozi Okafor"
    assert ra.hiring_contact.title == "Recruiter, recruiter"
    assert ra.link == "https://okaforlee.example/ra"
    interview = ra.interviews.get()
    # 12:00–13:00 in the candidate's zone, with no interviewers.
    assert interview.starts_at == datetime(2026, 11, 19, 18, 0, tzinfo=UTC)
    assert interview.ends_at == datetime(2026, 11, 19, 19, 0, tzinfo=UTC)
    assert interview.panel.count() == 0
    assert _stages(alice)[("Stillwater Analytics", "Junior Data Scientist")] == "rejected"


def test_a_second_import_adds_nothing_and_says_how_many_it_skipped(alice):
    raw = (DATA / "handmade.csv").read_bytes()
    assert _import(alice, raw).created == 2
    again = _import(alice, raw)
    assert (again.created, again.skipped) == (0, 2)
    from afterview.records.models import Application, Contact, Interview, Organization

    assert (Application.objects.count(), Organization.objects.count(), Contact.objects.count(), Interview.objects.count()) == (2, 2, 1, 1)


def test_rows_match_on_company_and_role_ignoring_case_and_spacing_and_on_the_applied_date(alice):
    _import(alice, b"Company,Role,Applied\nAcme  Corp,Analyst,2026-11-01\n")
    plan = _import(
        alice,
        b"Company,Role,Applied\nacme corp,  ANALYST ,2026-11-01\nAcme Corp,Analyst,2026-11-20\nAcme Corp,Analyst,\n",
        dry_run=True,
    )
    assert [r.duplicate for r in plan.rows] == [True, False, True]


def test_a_row_matches_an_application_logged_by_hand(alice, alice_app):
    plan = _import(alice, b"Company,Role\nCalloway & Pryce LLP,summer associate\n", dry_run=True)
    assert plan.rows[0].duplicate


def test_it_is_all_or_nothing_and_names_the_line_and_column(alice):
    raw = b"Company,Role,Date Applied\nAcme,Analyst,2026-11-01\nBeta,Associate,31/02/2026\n"
    with pytest.raises(InvalidInput) as caught:
        _import(alice, raw)
    assert str(caught.value) == "line 3, column \"Date Applied\": '31/02/2026' is not a date"
    from afterview.records.models import Application, Organization

    assert Application.objects.count() == Organization.objects.count() == 0


def test_every_error_is_counted(alice):
    raw = b"Company,Role,Email\n,Analyst,\nAcme,,\nBeta,Associate,not-an-address\n"
    with pytest.raises(InvalidInput, match=r'^line 2, column "Company": the company is empty; every row needs one \(and 2 more errors\)$'):
        _import(alice, raw)


def test_without_a_company_column_it_says_how_to_map_one(alice):
    with pytest.raises(InvalidInput, match='no column is mapped to company; say which with --map company="Column name"'):
        _import(alice, b"Outfit,Role\nAcme,Analyst\n")
    assert _import(alice, b"Outfit,Role\nAcme,Analyst\n", maps=["company=Outfit"]).created == 1


def test_a_last_contact_date_is_a_note_never_a_touch(alice):
    _import(alice, b"Company,Role,Last contact\nAcme,Analyst,2026-12-02\n")
    from afterview.records.models import Application, Touch

    assert Touch.objects.count() == 0
    assert Application.objects.get().notes == "Last contact: 2026-12-02"


def test_a_status_that_decides_nothing_is_kept_as_a_note(alice):
    _import(alice, b"Company,Role,Status\nAcme,Analyst,Applied\n")
    from afterview.records.models import Application

    assert Application.objects.get().notes == "Status: Applied"


def test_an_imported_interview_without_interviewers_plans_next_steps_with_the_hiring_contact(alice):
    _import(alice, (DATA / "handmade.csv").read_bytes())
    from afterview.core.playbook import explain, next_actions
    from afterview.records.models import Application
    from afterview.records.services import application_facts

    app = Application.objects.get(role="Summer Associate")
    facts = application_facts(alice, app.pk)
    assert facts.interviews[0].interviewer_keys == ()
    actions = next_actions(facts, NOW)
    assert [a.kind for a in actions][:1] == ["ask-next-steps"]
    assert actions[0].person == "Dana Whitfield"
    assert all(a.kind != "thank-you" for a in actions)
    assert any("interview" in entry.text for entry in explain(facts, NOW).timeline)


def test_the_json_backup_keeps_what_a_row_brought(alice, db):
    _import(alice, (DATA / "huntr.csv").read_bytes(), preset="huntr")
    from afterview.records.exchange import export_document, import_document

    document = export_document(alice)
    first = document["applications"][0]
    assert (first["link"], first["location"], first["notes"]) == ("https://jobs.cp.example/summer-associate", "Chicago, IL", "Law 2026")
    import_document(alice, document, replace=True)
    assert export_document(alice) == document


def test_an_older_backup_without_the_new_keys_still_imports(alice_app, alice):
    from afterview.records.exchange import export_document, import_document

    document = export_document(alice)
    for app in document["applications"]:
        for key in ("link", "location", "applied_on", "notes"):
            del app[key]
    assert import_document(alice, document, replace=True) == 1


# -- export -------------------------------------------------------------------------------------------


def _rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_export_guards_every_formula_cell(alice):
    _import(alice, (DATA / "formulas.csv").read_bytes())
    from afterview.records.spreadsheet import export_files

    files = export_files(alice, NOW)
    apps = _rows(files["applications.csv"])
    assert [a["company"] for a in apps] == ["'=HYPERLINK(\"http://evil.example\",\"Click\")", "'@SUM(A1)"]
    assert [a["hiring_contact"] for a in apps] == ["'+Plus Person", "'-Minus Person"]
    assert [a["notes"] for a in apps] == ["'-starts with a dash", "'@mention"]
    contacts = _rows(files["contacts.csv"])
    assert {c["name"] for c in contacts} == {"'+Plus Person", "'-Minus Person"}
    for data in files.values():
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_an_exported_file_imports_back_as_the_same_names(alice, bob):
    _import(alice, (DATA / "formulas.csv").read_bytes())
    from afterview.records.models import Organization
    from afterview.records.spreadsheet import export_files

    exported = export_files(alice, NOW)["applications.csv"]
    assert _import(bob, exported).created == 2
    assert set(Organization.objects.for_owner(bob).values_list("name", flat=True)) == {
        '=HYPERLINK("http://evil.example","Click")',
        "@SUM(A1)",
    }


def test_history_replays_the_stage_each_event_led_to(alice, alice_app):
    from afterview.records.services import add_touch
    from afterview.records.spreadsheet import export_files

    add_touch(alice, alice_app.pk, "thank-you-sent", at=datetime(2026, 12, 3, 20, 0, tzinfo=UTC), person="Theo Lindqvist")
    add_touch(alice, alice_app.pk, "thank-you-sent", at=datetime(2026, 12, 3, 20, 5, tzinfo=UTC), person="Miriam Castellanos")
    add_touch(alice, alice_app.pk, "reply", at=datetime(2026, 12, 4, 14, 0, tzinfo=UTC), person="Dana Whitfield")
    add_touch(alice, alice_app.pk, "offer", at=datetime(2026, 12, 4, 14, 30, tzinfo=UTC))
    history = _rows(export_files(alice, NOW)["history.csv"])
    assert [(h["event"], h["person"], h["stage_after"]) for h in history] == [
        ("interview", "Miriam Castellanos, Theo Lindqvist", "thank-you-due"),
        ("thank-you-sent", "Theo Lindqvist", "thank-you-due"),
        ("thank-you-sent", "Miriam Castellanos", "next-steps-due"),
        ("reply", "Dana Whitfield", "heard-back"),
        ("offer", "", "offer"),
    ]
    assert history[0]["at"] == "2026-12-03T10:00-06:00"


def test_applications_csv_has_the_stage_and_next_step(alice, alice_app):
    from afterview.records.spreadsheet import export_files

    (row,) = _rows(export_files(alice, NOW)["applications.csv"])
    assert row["stage"] == "thank-you-due"
    assert row["next_step"].startswith(("thank-you", "ask-next-steps"))
    assert row["hiring_contact"] == "Dana Whitfield"
    assert row["hiring_phone"] == "'+13125550100"


def test_the_record_lists_each_application_with_its_dates_and_contacts(alice):
    _import(alice, (DATA / "huntr.csv").read_bytes(), preset="huntr")
    _import(alice, (DATA / "handmade.csv").read_bytes())
    from afterview.records.spreadsheet import application_record

    entries = application_record(alice)
    assert len(entries) == 6
    summer = next(e for e in entries if e["company"] == "Calloway & Pryce LLP" and e["interviews"])
    assert [c.name for c in summer["contacts"]] == ["Dana Whitfield"]
    rejected = next(e for e in entries if e["role"] == "Summer Associate" and e["decision"])
    assert rejected["decision"].kind == "rejection"


_CELL = st.text(max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL, _CELL, _CELL), min_size=1, max_size=3))
def test_any_cells_import_or_give_one_line_errors(alice, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Company", "Role", "Date Applied", "Status", "Email", "Notes"])
    writer.writerows(rows)
    try:
        result = _import(alice, out.getvalue().encode("utf-8"))
    except InvalidInput as e:
        assert str(e).startswith(("line ", "the file", "no column"))
        return
    assert result.created + result.skipped <= len(rows)
