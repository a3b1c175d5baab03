"""The facts the playbook reads: frozen, plain values built by `records` from rows.

Every datetime here is an aware UTC datetime (`*_at`); every date is a plain
`datetime.date` (`*_on`). Keys are strings so that core never depends on how
rows are numbered.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "ApplicationFacts",
    "Expectation",
    "InterviewFacts",
    "Person",
    "RequestFacts",
    "TouchFacts",
    "TouchKind",
    "UpdateFacts",
    "DECISIONS",
    "OFFER_ANSWERS",
    "UNSOLICITED",
]


class TouchKind(enum.StrEnum):
    """Every exchange with the organization, either way."""

    THANK_YOU_SENT = "thank-you-sent"
    FOLLOW_UP_SENT = "follow-up-sent"
    NEXT_STEPS_SENT = "next-steps-sent"
    REPLY = "reply"
    CALL = "call"
    VOICEMAIL = "voicemail"
    OFFER = "offer"
    REJECTION = "rejection"
    WITHDRAWN = "withdrawn"
    #: the candidate accepted their offer (an offer is implied if none was logged)
    ACCEPTED = "accepted"
    #: the candidate turned their offer down
    DECLINED = "declined"
    #: sent them what they asked for (a transcript, references)
    REQUEST_ANSWERED = "request-answered"


#: Touches that end an application's plan.
DECISIONS = frozenset(
    {TouchKind.OFFER, TouchKind.REJECTION, TouchKind.WITHDRAWN, TouchKind.ACCEPTED, TouchKind.DECLINED}
)

#: The candidate's answer to an offer: final, and each implies the offer came.
OFFER_ANSWERS = frozenset({TouchKind.ACCEPTED, TouchKind.DECLINED})

#: Contacts the candidate starts without being asked: the ones min-gap spaces out.
UNSOLICITED = frozenset(
    {
        TouchKind.THANK_YOU_SENT,
        TouchKind.FOLLOW_UP_SENT,
        TouchKind.NEXT_STEPS_SENT,
        TouchKind.CALL,
        TouchKind.VOICEMAIL,
    }
)


@dataclass(frozen=True, slots=True)
class Person:
    """A contact at the organization."""

    key: str
    name: str
    email: str | None = None
    phone: str | None = None
    tz: str = "UTC"
    title: str = ""
    #: how the candidate greets them: "Ms. Castellanos", "Dr. Okafor" or "Miriam"; blank: not set
    salutation: str = ""
    #: the day an automatic reply said they are back (None: not away, or not said)
    away_until: date | None = None
    #: when their e-mail address bounced (None: it has not); flagged until it is changed
    bounced_at: datetime | None = None
    #: the bounce's reason, in words
    bounce_reason: str = ""


@dataclass(frozen=True, slots=True)
class InterviewFacts:
    """One round: when it ran, who interviewed, and the timeline they stated."""

    key: str
    starts_at: datetime
    ends_at: datetime
    interviewer_keys: tuple[str, ...] = ()
    #: person key -> the highlight of that conversation
    highlights: tuple[tuple[str, str], ...] = ()
    #: the decision-expected date stated at the interview; None: not stated
    expect_on: date | None = None
    #: the IANA zone the interview was given in (an invite's); "": the organization's
    tz: str = ""

    def highlight_for(self, person_key: str) -> str | None:
        for key, text in self.highlights:
            if key == person_key:
                return text
        return None


@dataclass(frozen=True, slots=True)
class TouchFacts:
    """One logged exchange. `expect_on` is a new date a reply gave, if any."""

    kind: TouchKind
    at: datetime
    person_key: str | None = None
    expect_on: date | None = None
    note: str = ""
    #: the touch's own name (its row id); "" when it has none
    key: str = ""


@dataclass(frozen=True, slots=True)
class Expectation:
    """A timeline learned after the interview (`afterview expect APP DATE`)."""

    on: date
    learned_at: datetime


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """Something they asked for in a reply ("the transcript"); `done_at` is None while owed."""

    key: str
    text: str
    asked_at: datetime
    person_key: str | None = None
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class UpdateFacts:
    """Something new worth telling them; `sent_at` is None while pending."""

    key: str
    text: str
    added_at: datetime
    sent_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ApplicationFacts:
    """Everything the playbook needs to know about one application."""

    key: str
    company: str
    role: str
    people: tuple[Person, ...] = ()
    hiring_contact_key: str | None = None
    interviews: tuple[InterviewFacts, ...] = ()
    touches: tuple[TouchFacts, ...] = ()
    updates: tuple[UpdateFacts, ...] = ()
    expectations: tuple[Expectation, ...] = ()
    #: ISO 3166 country code whose public holidays are not business days
    country: str = "US"
    #: the organization's IANA time zone (the fallback for people without one)
    tz: str = "UTC"
    #: the candidate's name, for sign-offs
    candidate: str = ""
    #: the organization's e-mail domains
    domains: tuple[str, ...] = field(default=())
    #: greet its people formally (full name when no salutation is set) rather than by first name
    formal: bool = False
    #: what they asked for in replies the candidate confirmed
    requests: tuple[RequestFacts, ...] = ()

    def person(self, key: str | None) -> Person | None:
        for person in self.people:
            if person.key == key:
                return person
        return None

    def zone_of(self, person_key: str | None) -> str:
        """The IANA zone a note to this person is read in: theirs, else the
        organization's, else UTC. Every send window and "their time" uses it."""
        person = self.person(person_key)
        if person is not None and person.tz:
            return person.tz
        return self.tz or "UTC"
