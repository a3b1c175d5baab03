"""What the API takes and gives, as the OpenAPI document describes it."""

from __future__ import annotations

from typing import Literal

from ninja import Field, Schema

from afterview.core.steps import KINDS
from afterview.core.facts import TouchKind

TouchKindName = Literal[tuple(kind.value for kind in TouchKind)]  # type: ignore[valid-type]
NoteKind = Literal[KINDS]  # type: ignore[valid-type]

# Ids are database keys: a bigger number than a key can hold is simply not found.
Id = Field(..., ge=1, le=2**63 - 1)


class Problem(Schema):
    """An error as RFC 9457 problem details (served as application/problem+json)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict] | None = None


class Person(Schema):
    id: int
    name: str
    title: str
    email: str
    phone: str
    highlight: str | None = None


class ApplicationRow(Schema):
    id: int
    company: str
    role: str
    stage: str
    last_interview_at: str | None
    next: str | None
    next_due: str | None


class InterviewOut(Schema):
    id: int
    starts_at: str | None
    ends_at: str | None
    tz: str
    expect_on: str | None
    interviewers: list[Person | None]


class ExpectationOut(Schema):
    id: int
    on: str
    learned_at: str | None


class TouchOut(Schema):
    id: int
    kind: str
    at: str | None
    person: str | None
    note: str
    expect_on: str | None


class UpdateOut(Schema):
    id: int
    text: str
    added_at: str | None
    sent_at: str | None


class MessageOut(Schema):
    id: int
    kind: str
    to: str
    status: str
    scheduled_at: str | None
    sent_at: str | None


class ApplicationOut(Schema):
    id: int
    company: str
    role: str
    country: str
    tz: str
    stage: str
    link: str
    location: str
    applied_on: str | None
    notes: str
    hiring_contact: Person | None
    interviews: list[InterviewOut]
    expectations: list[ExpectationOut]
    touches: list[TouchOut]
    updates: list[UpdateOut]
    messages: list[MessageOut]


class Step(Schema):
    """One step of the agenda, with the rule that asks for it and why."""

    application: int
    company: str
    role: str
    action: str
    person: str | None
    due: str | None
    earliest: str | None
    latest: str | None
    rule: str
    reason: str
    blocked_until: str | None


class Page(Schema):
    count: int
    limit: int
    offset: int
    next_offset: int | None


class ApplicationPage(Page):
    items: list[ApplicationRow]


class StepPage(Page):
    items: list[Step]


class InterviewPage(Page):
    items: list[InterviewOut]


class TouchPage(Page):
    items: list[TouchOut]


class UpdatePage(Page):
    items: list[UpdateOut]


class MessagePage(Page):
    items: list[MessageOut]


class ContactPage(Page):
    items: list[Person]


class TimelineEntry(Schema):
    at: str | None
    text: str


class PlanStep(Schema):
    action: str
    person: str | None = None
    due: str | None = None
    earliest: str | None = None
    latest: str | None = None
    rule: str
    reason: str
    changes: str | None = None
    blocked_until: str | None = None
    updates: list[str] = []
    script: str | None = None


class Why(Schema):
    application: int
    company: str
    role: str
    stage: str
    timeline: list[TimelineEntry]
    plan: list[dict]
    notes: list[str]


# -- what the API takes: strings, read by the same validators as the CLI ------------


class InterviewIn(Schema):
    company: str = Field(..., max_length=1000, examples=["Calloway & Pryce LLP"])
    role: str = Field(..., max_length=1000, examples=["Summer Associate"])
    at: str = Field(..., max_length=100, description="Start, 'YYYY-MM-DD HH:MM' in tz", examples=["2026-12-03 10:00"])
    until: str = Field(..., max_length=100, description="End, 'YYYY-MM-DD HH:MM' in tz", examples=["2026-12-03 11:00"])
    tz: str = Field(..., max_length=100, examples=["America/Chicago"])
    interviewers: list[str] = Field(default=[], max_length=50, description="'Name <address>' each")
    hiring_contact: str | None = Field(default=None, max_length=1000)
    hiring_phone: str | None = Field(default=None, max_length=100)
    expect_by: str | None = Field(default=None, max_length=100, description="YYYY-MM-DD")
    highlights: dict[str, str] = Field(default={}, description="interviewer name -> what stood out")
    country: str = Field(default="US", max_length=100)
    application: int | None = Field(default=None, ge=1, le=2**63 - 1)


class Created(Schema):
    id: int
    company: str
    role: str
    #: what was accepted but is likely a mistake (a zone such as EST, without daylight saving time)
    warnings: list[str] = []


class TouchIn(Schema):
    kind: TouchKindName  # type: ignore[valid-type]
    person: str | None = Field(default=None, max_length=1000, description="a contact's name")
    at: str | None = Field(default=None, max_length=100, description="'YYYY-MM-DD HH:MM' in your zone; default now")
    note: str = Field(default="", max_length=10000)
    expect_by: str | None = Field(default=None, max_length=100, description="a new decision date, YYYY-MM-DD")


class TouchCreated(TouchOut):
    id: int
    application: int
    advice: list[str]


class UpdateIn(Schema):
    text: str = Field(..., max_length=10000, examples=["Fall transcript: 3.9 GPA"])


class UpdateCreated(UpdateOut):
    id: int
    application: int


class ExpectationIn(Schema):
    on: str = Field(..., max_length=100, description="YYYY-MM-DD", examples=["2026-12-10"])


class ExpectationCreated(ExpectationOut):
    id: int
    application: int


class CheckIn(Schema):
    text: str = Field(..., max_length=100_000, description="the note")
    application: int | None = Field(default=None, ge=1, le=2**63 - 1)
    to: str | None = Field(default=None, max_length=1000, description="who the note is for (a name)")
    kind: NoteKind | None = None  # type: ignore[valid-type]


class FindingOut(Schema):
    code: str
    severity: str
    message: str
    start: int
    end: int
    suggestions: list[str] = []


class CheckOut(Schema):
    ok: bool
    words: int
    to: str | None
    findings: list[dict]


class ReplyIn(Schema):
    text: str = Field(..., max_length=2_000_000, description="the reply: a whole .eml message, or its pasted text")
    application: int | None = Field(default=None, ge=1, le=2**63 - 1, description="the application it answers (default: found from the sender and thread)")
    record: bool = Field(default=False, description="record what was understood (needs a token that may write)")


class ReplyOut(Schema):
    kind: str
    expect_by: str | None
    returns_on: str | None
    sender: str | None = Field(..., alias="from")
    application: int | None
    evidence: str
    proposed: list[dict]
    warnings: list[str]
    recorded: list[str]


# -- corrections (issue 12): every field optional, as `afterview edit` takes them -------------

_Text = lambda description="", **kw: Field(default=None, max_length=1000, description=description, **kw)  # noqa: E731


class ApplicationPatch(Schema):
    company: str | None = _Text()
    role: str | None = _Text()
    applied_on: str | None = _Text("YYYY-MM-DD; 'none' clears it")
    hiring_contact: str | None = _Text("'Name <address>': a known or new contact becomes the hiring contact")
    hiring_phone: str | None = _Text("the hiring contact's phone number")


class InterviewPatch(Schema):
    at: str | None = _Text("new start, 'YYYY-MM-DD HH:MM' in its zone (the length stays)")
    until: str | None = _Text("new end, 'YYYY-MM-DD HH:MM' in its zone")
    tz: str | None = _Text("its zone; alone, keeps the clock times and reads them in it")
    expect_by: str | None = _Text("the decision date they gave, YYYY-MM-DD; 'none': not stated")
    add_interviewers: list[str] = Field(default=[], max_length=50, description="'Name <address>', or a known contact's name")
    remove_interviewers: list[str] = Field(default=[], max_length=50, description="interviewers' names")
    highlights: dict[str, str] = Field(default={}, description="interviewer name -> what stood out ('' clears it)")


class ContactPatch(Schema):
    name: str | None = _Text()
    email: str | None = _Text("'' clears it")
    phone: str | None = _Text("'' clears it")
    tz: str | None = _Text("'' : the organization's")
    hiring: bool | None = Field(default=None, description="make them (true) or stop them being (false) the hiring contact")
    application: int | None = Field(default=None, ge=1, le=2**63 - 1, description="with hiring: of this application only")


class TouchPatch(Schema):
    kind: TouchKindName | None = None  # type: ignore[valid-type]
    at: str | None = _Text("'YYYY-MM-DD HH:MM' in your zone")
    person: str | None = _Text("a contact's name; '' : nobody in particular")
    note: str | None = Field(default=None, max_length=10000)
    expect_by: str | None = _Text("YYYY-MM-DD; 'none' clears it")


class ChangeOut(Schema):
    """An edit or delete, which POST /undo can undo until `undo_until`."""

    id: int
    summary: str
    made_at: str
    undo_until: str
    application: int | None
