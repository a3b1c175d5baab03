"""Reading spreadsheets: encodings, delimiters, dates, headers, statuses, formula guards."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.facts import TouchKind
from afterview.core.spreadsheet import (
    PRESETS,
    DateOrder,
    Field,
    Outcome,
    classify_status,
    decode,
    guard_cell,
    guess_mapping,
    mapping_from_choices,
    parse_map_options,
    parse_sheet_date,
    preset_mapping,
    read_sheet,
    unguard_cell,
)

TEXT = "Company,Role\nZürich Bänk,Analyst\n"


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, as Excel's "Unicode text" writes
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-no-bom", "utf-16-be-no-bom", "windows-1252"],
)
def test_it_reads_every_encoding_people_save_in(raw):
    assert decode(raw) == TEXT


def test_it_reads_windows_1252_punctuation():
    assert decode("O’Brien – “Analyst” €".encode("cp1252")) == "O’Brien – “Analyst” €"


def test_it_refuses_bytes_that_are_no_text_it_knows():
    with pytest.raises(InvalidInput, match="neither UTF-8, UTF-16 nor Windows-1252"):
        decode(b"Company\n\x81\x8d\x8f")


# -- delimiters, quoting, line numbers --------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_it_sniffs_the_delimiter(delimiter):
    text = delimiter.join(["Company", "Role", "Applied"]) + "\n" + delimiter.join(["Acme, Inc.", "Analyst", "2026-12-01"]) + "\n"
    if delimiter == ",":
        text = text.replace("Acme, Inc.", '"Acme, Inc."')
    table = read_sheet(text)
    assert table.delimiter == delimiter
    assert table.rows[0][1] == ("Acme, Inc.", "Analyst", "2026-12-01")


def test_a_quoted_newline_stays_in_its_cell_and_line_numbers_count_file_lines():
    table = read_sheet('Company,Notes\nAcme,"one\ntwo\nthree"\nBeta,x\n')
    assert table.rows == ((2, ("Acme", "one\ntwo\nthree")), (5, ("Beta", "x")))


def test_it_honours_excels_sep_line_and_skips_blank_rows():
    table = read_sheet("sep=;\r\nCompany;Role;;\r\n;;;\r\nAcme;Analyst;;\r\n")
    assert table.delimiter == ";"
    assert table.headers == ("Company", "Role")
    assert table.rows == ((4, ("Acme", "Analyst")),)


def test_it_refuses_a_row_wider_than_the_header():
    with pytest.raises(InvalidInput, match="line 3: the row has 3 cells"):
        read_sheet("Company,Role\nA,B\nC,D,E\n")


def test_it_refuses_a_nul_character_with_its_line():
    with pytest.raises(InvalidInput, match="line 3: the file contains a NUL character"):
        read_sheet("Company,Notes\nA,x\nB,y\x00z\n")


def test_it_refuses_a_column_named_twice():
    with pytest.raises(InvalidInput, match='"Role" appears twice'):
        read_sheet("Company,Role,Role\nA,B,C\n")


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-12-18", date(2026, 12, 18)),
        ("2026-12-18T10:00:00Z", date(2026, 12, 18)),
        ("2026-02-26 19:17:05", date(2026, 2, 26)),
        ("2026/12/18", date(2026, 12, 18)),
        ("Dec 18, 2026", date(2026, 12, 18)),
        ("December 18, 2026", date(2026, 12, 18)),
        ("Fri, Dec 18, 2026", date(2026, 12, 18)),
        ("18 Dec 2026", date(2026, 12, 18)),
        ("18-Dec-2026", date(2026, 12, 18)),
        ("18th December 2026", date(2026, 12, 18)),
        ("12/18/2026", date(2026, 12, 18)),  # only month-first is a date
        ("18/12/2026", date(2026, 12, 18)),  # only day-first is a date
        ("18.12.2026", date(2026, 12, 18)),
        ("18/12/26", date(2026, 12, 18)),
        ("04/04/2026", date(2026, 4, 4)),  # both readings agree
        ("46374", date(2026, 12, 18)),  # an Excel day number
    ],
)
def test_it_reads_dates_as_spreadsheets_write_them(text, expected):
    assert parse_sheet_date(text) == expected


def test_a_date_that_reads_both_ways_is_refused_unless_the_order_is_given():
    with pytest.raises(InvalidInput, match=r"'03/04/2026' reads as 04 Mar 2026 or 03 Apr 2026; say which with --day-first or --month-first"):
        parse_sheet_date("03/04/2026")
    assert parse_sheet_date("03/04/2026", DateOrder.DAY_FIRST) == date(2026, 4, 3)
    assert parse_sheet_date("03/04/2026", DateOrder.MONTH_FIRST) == date(2026, 3, 4)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-02-31", "Feb 30, 2026", "soon", "13/13/2026", "Smarch 3, 2026"])
def test_it_refuses_what_is_no_date(text):
    with pytest.raises(InvalidInput, match="is not a date"):
        parse_sheet_date(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(list(DateOrder)))
def test_date_parsing_gives_a_date_or_invalid_input(text, order):
    try:
        assert isinstance(parse_sheet_date(text, order), date)
    except InvalidInput:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_reading_any_bytes_gives_a_sheet_or_invalid_input(raw):
    try:
        table = read_sheet(decode(raw))
    except InvalidInput:
        return
    assert all(len(cells) == len(table.headers) for _, cells in table.rows)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet='ab,;\t"\n =', max_size=6), min_size=1, max_size=4), min_size=1, max_size=5))
def test_reading_any_csv_like_text_gives_a_sheet_or_invalid_input(grid):
    text = "\n".join(",".join(row) for row in grid)
    try:
        read_sheet(text)
    except InvalidInput:
        pass


# -- headers ------------------------------------------------------------------------------------


def test_it_guesses_columns_from_common_headers():
    headers = ["Employer", "Job Title", "Date Applied", "Status", "Recruiter", "Recruiter e-mail", "Last Contact", "Comments", "Notes", "Colour"]
    assert guess_mapping(headers) == {
        Field.COMPANY: ("Employer",),
        Field.ROLE: ("Job Title",),
        Field.APPLIED: ("Date Applied",),
        Field.STATUS: ("Status",),
        Field.CONTACT_NAME: ("Recruiter",),
        Field.CONTACT_EMAIL: ("Recruiter e-mail",),
        Field.LAST_CONTACT: ("Last Contact",),
        Field.NOTES: ("Comments", "Notes"),
    }


def test_map_options_name_a_field_and_a_column():
    assert parse_map_options(["company=employer", "role=Job Title"], ["Employer", "Job Title"]) == {
        Field.COMPANY: ("Employer",),
        Field.ROLE: ("Job Title",),
    }
    with pytest.raises(InvalidInput, match='the file has no column "Firm"'):
        parse_map_options(["company=Firm"], ["Employer"])
    with pytest.raises(InvalidInput, match="unknown field 'boss'"):
        parse_map_options(["boss=Employer"], ["Employer"])
    with pytest.raises(InvalidInput, match="needs the form field=Column"):
        parse_map_options(["Employer"], ["Employer"])


def test_a_preset_names_its_trackers_columns():
    headers = ["id", "title", "url", "listName", "companyName", "lastMovedAt", "boardName", "location"]
    mapping = preset_mapping("huntr", headers)
    assert mapping[Field.COMPANY] == ("companyName",)
    assert mapping[Field.STATUS] == ("listName",)
    with pytest.raises(InvalidInput, match='not a Teal export: it has no column "Company"'):
        preset_mapping("teal", headers)
    assert set(PRESETS) >= {"huntr", "teal", "simplify", "reactive-resume"}


def test_drop_down_choices_become_a_mapping():
    assert mapping_from_choices(["A", "B", "C"], ["company", "", "notes"]) == {Field.COMPANY: ("A",), Field.NOTES: ("C",)}
    with pytest.raises(InvalidInput, match='company is chosen for both "A" and "B"'):
        mapping_from_choices(["A", "B"], ["company", "company"])


# -- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, outcome, kind",
    [
        ("Rejected", Outcome.DECISION, TouchKind.REJECTION),
        ("Not Selected", Outcome.DECISION, TouchKind.REJECTION),
        ("not-selected", Outcome.DECISION, TouchKind.REJECTION),
        ("❌ Rejected", Outcome.DECISION, TouchKind.REJECTION),
        ("Offer", Outcome.DECISION, TouchKind.OFFER),
        ("Accepted", Outcome.DECISION, TouchKind.ACCEPTED),
        ("Offer accepted", Outcome.DECISION, TouchKind.ACCEPTED),
        ("Declined offer", Outcome.DECISION, TouchKind.DECLINED),
        ("Declined", Outcome.DECISION, TouchKind.WITHDRAWN),
        ("I Withdrew", Outcome.DECISION, TouchKind.WITHDRAWN),
        ("No Response 🔇", Outcome.DECISION, TouchKind.WITHDRAWN),
        ("Interviewing", Outcome.INTERVIEW, None),
        ("Phone screen", Outcome.INTERVIEW, None),
        ("2nd interview", Outcome.INTERVIEW, None),
        ("Applied", Outcome.NOTE, None),
        ("Wishlist", Outcome.NOTE, None),
        ("Waiting to hear", Outcome.NOTE, None),
        ("", Outcome.NOTE, None),
    ],
)
def test_a_status_is_a_decision_an_interview_or_a_note(text, outcome, kind):
    status = classify_status(text)
    assert (status.outcome, status.kind) == (outcome, kind)


# -- formula guard ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+Plus", "-Minus", "@SUM(A1)", "\tTab", "\rCR"])
def test_formula_like_cells_are_prefixed_and_read_back(text):
    guarded = guard_cell(text)
    assert guarded == "'" + text
    assert unguard_cell(guarded) == text


def test_plain_cells_are_left_alone_and_excel_text_wrapping_is_undone():
    assert guard_cell("Acme") == "Acme"
    assert unguard_cell("'Apostrophe's") == "'Apostrophe's"
    assert unguard_cell('="00123"') == "00123"
