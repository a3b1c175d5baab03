"""Reading the spreadsheets people keep: bytes to rows, headers to fields, cells to
values. Pure: no Django, no database; `records.spreadsheet` stores what this reads.

Every error is an `InvalidInput` whose message names the line of the file and the
column (`line 14, column "Date Applied": '31/02/2026' is not a date`).
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from afterview.core.errors import InvalidInput
from afterview.core.facts import TouchKind

__all__ = [
    "FIELDS",
    "PRESETS",
    "DateOrder",
    "Field",
    "Outcome",
    "Sheet",
    "classify_status",
    "decode",
    "guard_cell",
    "guess_mapping",
    "parse_sheet_date",
    "read_sheet",
    "unguard_cell",
]

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000


# -- the fields a row can carry ------------------------------------------------------------


class Field(enum.StrEnum):
    """What a column can hold; `--map FIELD=Column` names these."""

    COMPANY = "company"
    ROLE = "role"
    LINK = "link"
    LOCATION = "location"
    STATUS = "status"
    #: a second status column that says how a closed application ended (Reactive Resume's "Closed Reason")
    OUTCOME = "outcome"
    APPLIED = "applied"
    INTERVIEWED = "interviewed"
    #: when the status was reached (the date of a decision)
    STATUS_DATE = "status-date"
    LAST_CONTACT = "last-contact"
    CONTACT_NAME = "contact-name"
    CONTACT_EMAIL = "contact-email"
    CONTACT_PHONE = "contact-phone"
    NOTES = "notes"


FIELDS = tuple(Field)

#: Fields that may take several columns (their texts are joined).
MULTI = frozenset({Field.NOTES})

#: Fields that hold a date.
DATES = frozenset({Field.APPLIED, Field.INTERVIEWED, Field.STATUS_DATE, Field.LAST_CONTACT})

#: Header words -> field, compared after `_key` (case, spacing and punctuation ignored).
_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.COMPANY: ("company", "company name", "companyname", "employer", "organization", "organisation", "firm", "org"),
    Field.ROLE: ("role", "title", "job title", "position", "job position", "job", "job name", "position title"),
    Field.LINK: ("link", "url", "job url", "job link", "posting", "job posting", "posting url", "application link", "website"),
    Field.LOCATION: ("location", "city", "place", "job location"),
    Field.STATUS: ("status", "stage", "list", "listname", "list name", "state", "application status", "current status"),
    Field.OUTCOME: ("closed reason", "outcome", "result"),
    Field.APPLIED: ("applied", "date applied", "applied on", "applied date", "application date", "applied at", "date of application", "appliedat"),
    Field.INTERVIEWED: ("interview", "interview date", "interviewed", "interviewed on", "date interviewed", "interview on"),
    Field.STATUS_DATE: ("stage date", "status date", "decision date", "date of decision"),
    Field.LAST_CONTACT: ("last contact", "last contacted", "last contact date", "date of last contact", "last touch", "follow up", "followed up", "last follow up"),
    Field.CONTACT_NAME: ("contact", "contact name", "contacts", "recruiter", "recruiter name", "hiring manager", "hiring contact"),
    Field.CONTACT_EMAIL: ("email", "e mail", "contact email", "recruiter email", "contact e mail", "recruiter e mail", "email address"),
    Field.CONTACT_PHONE: ("phone", "telephone", "contact phone", "recruiter phone", "phone number"),
    Field.NOTES: ("notes", "note", "comments", "comment", "remarks", "description"),
}


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


_BY_HEADER = {_key(word): name for name, words in _HEADERS.items() for word in words}


# -- presets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    """Another tracker's export: its columns and the words its statuses use."""

    name: str
    title: str
    #: field -> the tracker's column names (the first one present is used; NOTES takes all)
    columns: Mapping[Field, tuple[str, ...]]
    #: where the format was confirmed, or that it is a best reading
    source: str
    confirmed: bool


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "huntr",
            "Huntr",
            {
                Field.COMPANY: ("companyName",),
                Field.ROLE: ("title",),
                Field.LINK: ("url",),
                Field.LOCATION: ("location",),
                Field.STATUS: ("listName",),
                Field.STATUS_DATE: ("lastMovedAt",),
                Field.NOTES: ("boardName",),
            },
            "the sample Huntr exports in keenlychuang/huntr-to-notion (data/sample_data/*.csv)",
            True,
        ),
        Preset(
            "reactive-resume",
            "Reactive Resume",
            {
                Field.COMPANY: ("Company",),
                Field.ROLE: ("Role",),
                Field.STATUS: ("Stage",),
                Field.OUTCOME: ("Closed Reason",),
                Field.STATUS_DATE: ("Stage Date",),
                Field.APPLIED: ("Application Date",),
                Field.LOCATION: ("Location",),
                Field.LINK: ("URL",),
                Field.CONTACT_NAME: ("Contacts",),
                Field.NOTES: ("Notes", "Timeline"),
            },
            "exportApplicationsCsv in apps/web/src/features/applications/csv.ts of reactive-resume/reactive-resume (MIT)",
            True,
        ),
        Preset(
            "teal",
            "Teal",
            {
                Field.COMPANY: ("Company",),
                Field.ROLE: ("Job Position", "Job Title"),
                Field.LOCATION: ("Location",),
                Field.STATUS: ("Status",),
                Field.APPLIED: ("Date Applied",),
                Field.LINK: ("Job URL", "URL"),
                # Teal's follow-up date is one the candidate planned: kept as a note.
                Field.NOTES: ("Notes", "Follow Up", "Excitement"),
            },
            "a best reading of Teal's job tracker (its columns and stages as its app shows them); no public sample found",
            False,
        ),
        Preset(
            "simplify",
            "Simplify",
            {
                Field.COMPANY: ("Company", "Company Name"),
                Field.ROLE: ("Job Title", "Title", "Position"),
                Field.LOCATION: ("Location",),
                Field.STATUS: ("Status",),
                Field.APPLIED: ("Date Applied", "Applied Date"),
                Field.LINK: ("Job URL", "URL", "Link"),
                Field.NOTES: ("Notes",),
            },
            "a best reading of Simplify's tracker (its columns and statuses as its app shows them); no public sample found",
            False,
        ),
    )
}


# -- bytes to text to rows ---------------------------------------------------------------------


def decode(raw: bytes) -> str:
    """The text of a file in UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252."""
    if len(raw) > MAX_BYTES:
        raise InvalidInput(f"the file is {len(raw) // (1024 * 1024)} MB; a spreadsheet of applications is far smaller")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InvalidInput("the file says it is UTF-16 but is not; save it again as CSV UTF-8") from e
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:200]:
        # UTF-16 without a BOM: every other byte of ASCII text is zero.
        even, odd = raw[0:200:2].count(0), raw[1:200:2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as e:
            raise InvalidInput("the file is not text; export the sheet as CSV") from e
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as e:
        raise InvalidInput("the file is neither UTF-8, UTF-16 nor Windows-1252 text; save it again as CSV UTF-8") from e


@dataclass(frozen=True)
class Sheet:
    """A file's header and its rows, each with the line of the file it starts on."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    delimiter: str
    header_line: int = 1

    def column(self, name: str) -> int:
        return self.headers.index(name)


_DELIMITERS = ",;\t"


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    first = text.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found in _DELIMITERS and found and first.count(found) > 0:
        return found
    # The sniffer gives up on short or irregular files; the header line decides then.
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_sheet(text: str) -> Sheet:
    """Rows of CSV text: delimiter sniffed (comma, semicolon, tab), quoted newlines kept,
    Excel's `sep=;` line honoured, blank rows and trailing blank columns dropped."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        # No database stores it in text, and no spreadsheet writes it in a CSV file.
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InvalidInput(f"line {line}: the file contains a NUL character; export the sheet as CSV text")
    header_line = 1
    delimiter = None
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r'"?sep=(.)"?\r?', first.strip(" "), flags=re.IGNORECASE)
    if hint:
        delimiter, text, header_line = hint.group(1), rest, 2
    if delimiter is None:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = []
    start = 1
    try:
        for cells in reader:
            line = start + header_line - 1
            start = reader.line_num + 1
            cleaned = tuple(c.replace("\u00a0", " ") for c in cells)
            if not any(c.strip() for c in cleaned):
                continue
            records.append((line, cleaned))
            if len(records) > MAX_ROWS + 1:
                raise InvalidInput(f"the file has more than {MAX_ROWS} rows; split it")
    except csv.Error as e:
        raise InvalidInput(f"line {reader.line_num + header_line - 1}: the file is not valid CSV ({e})") from e
    if not records:
        raise InvalidInput("the file is empty; it needs a header row and one row per application")
    header_at, header = records[0]
    headers = [h.strip() for h in header]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise InvalidInput(f"line {header_at}: the header row is empty")
    seen = set()
    for name in headers:
        if name and name in seen:
            raise InvalidInput(f'line {header_at}: the column "{name}" appears twice; rename one')
        seen.add(name)
    width = len(headers)
    rows = []
    for line, cells in records[1:]:
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            raise InvalidInput(f"line {line}: the row has {len(cells)} cells but the header only {width} columns")
        rows.append((line, tuple(cells[:width]) + ("",) * (width - len(cells))))
    return Sheet(tuple(headers), tuple(rows), delimiter, header_at)


# -- which column holds what ------------------------------------------------------------------


def guess_mapping(headers: Sequence[str]) -> dict[Field, tuple[str, ...]]:
    """Fields guessed from the header names; a field takes the first column it matches
    (notes take every column that reads as notes)."""
    mapping: dict[Field, tuple[str, ...]] = {}
    for header in headers:
        name = _BY_HEADER.get(_key(header))
        if name is None:
            continue
        if name in MULTI:
            mapping[name] = mapping.get(name, ()) + (header,)
        elif name not in mapping:
            mapping[name] = (header,)
    return mapping


def preset_mapping(preset: str, headers: Sequence[str]) -> dict[Field, tuple[str, ...]]:
    """The columns a preset reads, as found in these headers."""
    try:
        spec = PRESETS[preset]
    except KeyError as e:
        raise InvalidInput(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}") from e
    present = set(headers)
    mapping: dict[Field, tuple[str, ...]] = {}
    for name, columns in spec.columns.items():
        found = tuple(c for c in columns if c in present)
        if found:
            mapping[name] = found if name in MULTI else found[:1]
    for required in (Field.COMPANY, Field.ROLE):
        if required not in mapping:
            wanted = " or ".join(f'"{c}"' for c in spec.columns[required])
            raise InvalidInput(f"this is not a {spec.title} export: it has no column {wanted}")
    return mapping


def parse_map_options(options: Iterable[str], headers: Sequence[str]) -> dict[Field, tuple[str, ...]]:
    """`--map field=Column` options -> a mapping; the column must be in the header."""
    mapping: dict[Field, tuple[str, ...]] = {}
    by_key = {h.casefold().strip(): h for h in headers}
    for option in options:
        name, sep, column = option.partition("=")
        if not sep:
            raise InvalidInput(f"--map {option!r} needs the form field=Column, e.g. company=Employer")
        try:
            target = Field(name.strip().lower())
        except ValueError as e:
            raise InvalidInput(f"--map {option!r}: unknown field {name.strip()!r}; use one of {', '.join(FIELDS)}") from e
        header = by_key.get(column.strip().casefold())
        if header is None:
            raise InvalidInput(f'--map {option!r}: the file has no column "{column.strip()}"; it has {", ".join(headers)}')
        if target in MULTI:
            mapping[target] = mapping.get(target, ()) + (header,)
        elif target in mapping:
            raise InvalidInput(f"--map gives {target} twice; one column per field (only notes take several)")
        else:
            mapping[target] = (header,)
    return mapping


def check_mapping(mapping: Mapping[Field, Sequence[str]]) -> None:
    missing = [str(f) for f in (Field.COMPANY, Field.ROLE) if not mapping.get(f)]
    if missing:
        raise InvalidInput(
            f"no column is mapped to {' and '.join(missing)}; say which with --map {missing[0]}=\"Column name\""
        )


# -- cells -----------------------------------------------------------------------------------

#: What a spreadsheet would run as a formula: the first character of the cell.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a `'` in front."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def unguard_cell(value: str) -> str:
    """A cell as the person typed it: Excel's `="text"` and our own `'` guard undone."""
    match = re.fullmatch(r'="(.*)"', value, flags=re.DOTALL)
    if match:
        value = match.group(1).replace('""', '"')
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        value = value[1:]
    return value


class DateOrder(enum.StrEnum):
    """How to read a slashed date that reads both ways."""

    REFUSE = "refuse"
    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_SLASHED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[T ,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?")
_YMD_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_MONTH_FIRST_WORDS = re.compile(r"(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST_WORDS = re.compile(r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})")
#: Excel's day numbers (a date cell saved as a number): 1954-10 to 2119-01.
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_EXCEL_EPOCH = date(1899, 12, 30)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_sheet_date(value: str, order: DateOrder = DateOrder.REFUSE) -> date:
    """A date as spreadsheets write it: ISO (with or without a time), `Dec 18, 2026`,
    `18 December 2026`, slashed or dotted (`03/04/2026`), or an Excel day number.

    A slashed date that is valid both ways is refused unless `order` says which
    comes first; one valid only one way is read that way.
    """
    text = " ".join(value.strip().split())
    low = text.casefold()
    bad = f"{value.strip()!r} is not a date"
    if match := _ISO.fullmatch(text):
        result = _make(*(int(g) for g in match.groups()))
        if result is None:
            raise InvalidInput(bad)
        return result
    if match := _YMD_SLASHED.fullmatch(text):
        result = _make(*(int(g) for g in match.groups()))
        if result is None:
            raise InvalidInput(bad)
        return result
    if match := _SLASHED.fullmatch(text):
        a, b, y = (int(g) for g in match.groups())
        year = y + 2000 if len(match.group(3)) == 2 else y
        month_first = _make(year, a, b)
        day_first = _make(year, b, a)
        if month_first and day_first and month_first != day_first:
            if order is DateOrder.DAY_FIRST:
                return day_first
            if order is DateOrder.MONTH_FIRST:
                return month_first
            raise InvalidInput(
                f"{value.strip()!r} reads as {month_first:%d %b %Y} or {day_first:%d %b %Y}; "
                "say which with --day-first or --month-first"
            )
        result = month_first or day_first
        if result is None:
            raise InvalidInput(bad)
        return result
    for pattern, month_group, day_group in ((_MONTH_FIRST_WORDS, 1, 2), (_DAY_FIRST_WORDS, 2, 1)):
        if match := pattern.fullmatch(low):
            month = _MONTHS.get(match.group(month_group))
            result = _make(int(match.group(3)), month, int(match.group(day_group))) if month else None
            if result is None:
                raise InvalidInput(bad)
            return result
    if match := _SERIAL.fullmatch(text):
        number = int(match.group(1))
        if 20_000 <= number <= 80_000:
            return _EXCEL_EPOCH + timedelta(days=number)
    raise InvalidInput(f"{bad}; write it as 2026-12-18, Dec 18, 2026 or 18/12/2026")


# -- statuses -----------------------------------------------------------------------------------


class Outcome(enum.StrEnum):
    """What a status means for afterview: a decision, an interview, or only a note."""

    DECISION = "decision"
    INTERVIEW = "interview"
    NOTE = "note"


@dataclass(frozen=True)
class Status:
    outcome: Outcome
    #: the decision's touch, for DECISION
    kind: TouchKind | None = None
    words: str = field(default="")


_DECISION_WORDS: dict[TouchKind, tuple[str, ...]] = {
    TouchKind.OFFER: (
        "offer", "offered", "offers", "offer received", "negotiating", "negotiation",
    ),
    TouchKind.ACCEPTED: ("offer accepted", "accepted", "accepted offer", "hired"),
    TouchKind.DECLINED: ("declined offer", "offer declined", "turned down offer"),
    TouchKind.REJECTION: (
        "rejected", "rejection", "reject", "not selected", "not-selected", "declined by employer",
        "no offer", "turned down", "unsuccessful", "denied", "not moving forward",
    ),
    TouchKind.WITHDRAWN: (
        "withdrawn", "withdrew", "i withdrew", "withdraw", "withdrew application", "declined",
        "accepted other", "accepted-other", "no response", "no-response", "ghosted",
        "closed", "archived", "closed out",
    ),
}
_DECISIONS = {_key(w): kind for kind, words in _DECISION_WORDS.items() for w in words}
_INTERVIEW = re.compile(r"\b(interview\w*|screen\w*|onsite|on site|final round|phone screen|technical)\b")


def classify_status(text: str) -> Status:
    """What a status cell says: `Rejected` is a decision, `Interviewing` an interview,
    `Applied` (or anything else) only a note. Emoji and case are ignored."""
    words = _key(text)
    if not words:
        return Status(Outcome.NOTE, None, "")
    kind = _DECISIONS.get(words)
    if kind is not None:
        return Status(Outcome.DECISION, kind, words)
    if _INTERVIEW.search(words):
        return Status(Outcome.INTERVIEW, None, words)
    return Status(Outcome.NOTE, None, words)


def mapping_from_choices(headers: Sequence[str], choices: Sequence[str]) -> dict[Field, tuple[str, ...]]:
    """One chosen field per column (blank: ignored), as the web preview's drop-downs give them."""
    mapping: dict[Field, tuple[str, ...]] = {}
    for header, choice in zip(headers, choices, strict=False):
        if not choice:
            continue
        try:
            target = Field(choice)
        except ValueError as e:
            raise InvalidInput(f'column "{header}": unknown field {choice!r}') from e
        if target in mapping and target not in MULTI:
            raise InvalidInput(f'{target} is chosen for both "{mapping[target][0]}" and "{header}"; pick one (only notes take several)')
        mapping[target] = mapping.get(target, ()) + (header,)
    return mapping
