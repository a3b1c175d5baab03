"""`afterview import-csv` and `afterview export-csv` as real processes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "csv"
NOW = {"AFTERVIEW_NOW": "2026-12-04T09:00:00-06:00"}


def _out(result) -> str:
    return result.stdout.decode()


def _err(result) -> str:
    return result.stderr.decode()


def test_it_imports_a_huntr_export_once(afterview_process):
    first = afterview_process("import-csv", str(DATA / "huntr.csv"), "--preset", "huntr", env=NOW)
    assert first.returncode == 0, _err(first)
    assert "Imported 4 applications" in _out(first)
    assert "skipped 0 already here" in _out(first)
    again = afterview_process("import-csv", str(DATA / "huntr.csv"), "--preset", "huntr", env=NOW)
    assert again.returncode == 0, _err(again)
    assert "Imported 0 applications" in _out(again) and "skipped 4 already here" in _out(again)
    listed = json.loads(_out(afterview_process("list", "--json", env=NOW)))
    assert len(listed) == 4
    assert {r["stage"] for r in listed} >= {"rejected", "offer", "no-interview"}


def test_it_imports_a_teal_export_and_a_hand_made_sheet(afterview_process):
    teal = afterview_process("import-csv", str(DATA / "teal.csv"), "--preset", "teal", env=NOW)
    assert teal.returncode == 0, _err(teal)
    handmade = afterview_process("import-csv", str(DATA / "handmade.csv"), env=NOW)
    assert handmade.returncode == 0, _err(handmade)
    out = _out(handmade)
    assert "Columns (guessed from the headers):" in out
    assert "company        <- 'Employer'" in out
    assert "contact-email  <- 'Recruiter e-mail'" in out
    shown = json.loads(_out(afterview_process("show", "5", "--json", env=NOW)))
    assert shown["company"] == "Calloway & Pryce LLP"
    assert shown["hiring_contact"]["phone"] == "+13125550100"
    assert shown["interviews"][0]["interviewers"] == []
    # The plan of an interview without interviewers explains itself.
    why = afterview_process("why", "5", env=NOW)
    assert why.returncode == 0, _err(why)
    assert "Dana Whitfield" in _out(why)
    shown_text = _out(afterview_process("show", "5", env=NOW))
    assert "Applied: 2026-12-01" in shown_text
    assert "Notes:\n  Met at the fair" in shown_text


def test_dry_run_shows_what_would_be_created_and_writes_nothing(afterview_process, tmp_path):
    sheet = tmp_path / "mine.csv"
    sheet.write_text("Firm;Position;Applied\nAcme;Analyst;2026-11-02\n", encoding="utf-8")
    result = afterview_process("import-csv", str(sheet), "--map", "company=Firm", "--dry-run", env=NOW)
    assert result.returncode == 0, _err(result)
    assert "Columns (your --map):" in _out(result)
    assert "line 2: Analyst at Acme — application" in _out(result)
    assert "1 new, 0 already here (skipped)." in _out(result)
    assert json.loads(_out(afterview_process("list", "--json", env=NOW))) == []


def test_a_bad_cell_names_its_line_and_column_and_nothing_is_written(afterview_process, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes("Company,Role,Date Applied,Notes\nAcme,Analyst,2026-11-02,\nBeta,Associate,03/04/2026,\"Two\nlines\"\nGamma,PM,31/02/2026,\n".encode("cp1252"))
    result = afterview_process("import-csv", str(sheet), env=NOW)
    assert result.returncode == 2
    assert _err(result).strip() == (
        "afterview: line 3, column \"Date Applied\": '03/04/2026' reads as 04 Mar 2026 or 03 Apr 2026; "
        "say which with --day-first or --month-first (and 1 more error)"
    )
    assert "Traceback" not in _err(result)
    assert json.loads(_out(afterview_process("list", "--json", env=NOW))) == []
    fixed = afterview_process("import-csv", str(sheet), "--day-first", env=NOW)
    assert fixed.returncode == 2
    assert "line 5, column \"Date Applied\": '31/02/2026' is not a date" in _err(fixed)


def test_a_utf16_tab_separated_sheet_imports(afterview_process, tmp_path):
    sheet = tmp_path / "excel.txt"
    sheet.write_bytes("Company\tRole\tNotes\r\nZürich Bänk\tAnalyst\t\"a\r\nb\"\r\n".encode("utf-16"))
    result = afterview_process("import-csv", str(sheet), env=NOW)
    assert result.returncode == 0, _err(result)
    shown = json.loads(_out(afterview_process("show", "1", "--json", env=NOW)))
    assert shown["company"] == "Zürich Bänk"


def test_export_csv_writes_three_guarded_files_with_a_bom(afterview_process, tmp_path):
    assert afterview_process("import-csv", str(DATA / "formulas.csv"), env=NOW).returncode == 0
    out_dir = tmp_path / "out"
    result = afterview_process("export-csv", str(out_dir), env=NOW)
    assert result.returncode == 0, _err(result)
    assert sorted(p.name for p in out_dir.iterdir()) == ["applications.csv", "contacts.csv", "history.csv"]
    raw = (out_dir / "applications.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["company"].startswith("'=")
    assert rows[1]["company"] == "'@SUM(A1)"


def test_unknown_preset_and_both_date_orders_are_refused(afterview_process):
    bad = afterview_process("import-csv", str(DATA / "teal.csv"), "--preset", "lever", env=NOW)
    assert bad.returncode == 2
    assert "unknown preset 'lever'; use one of huntr, reactive-resume, teal, simplify" in _err(bad)
    both = afterview_process("import-csv", str(DATA / "teal.csv"), "--day-first", "--month-first", env=NOW)
    assert both.returncode == 2
    assert "give --day-first or --month-first, not both" in _err(both)
