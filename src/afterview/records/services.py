"""What the command line and the web app do with records. Every function takes
the candidate first and only ever sees that candidate's rows."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from afterview.core import facts as f
from afterview.core.errors import InvalidInput, NotFound
from afterview.core.parse import NamedAddress, in_planned_years, parse_free_text
from afterview.records import models as m
from afterview.records.facts import applications_with_everything, every_facts, some_facts
from afterview.records.steptimes import written

LOCAL_USERNAME = "local"


# -- the candidate ---------------------------------------------------------------


def _os_full_name() -> str:
    """The full name the computer's account gives, if it is one (not the login name, "root")."""
    try:
        import pwd

        account = pwd.getpwuid(os.getuid())
        gecos = account.pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        return ""
    return "" if gecos.casefold() in (account.pw_name.casefold(), "root", "") else gecos


def suggested_name() -> str:
    """A name to offer on the first-run page: the account's full name, or nothing."""
    return _os_full_name()


@transaction.atomic
def init_local_candidate(*, name: str | None = None, email: str | None = None, tz: str | None = None):
    """Create the local candidate, or update the given details; returns (user, created)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(username=LOCAL_USERNAME)
    if created:
        user.set_unusable_password()
        user.save()
    profile, _ = m.Profile.objects.get_or_create(user=user, defaults={"is_local": True})
    if created and name is None:
        name = _os_full_name()
    if name is not None:
        profile.display_name = name
    if email is not None:
        profile.email = email
    if tz is not None:
        profile.tz = tz
    profile.is_local = True
    profile.save()
    return user, created


def local_candidate():
    """The candidate this machine's `afterview` acts for (created on first use)."""
    profile = m.Profile.objects.select_related("user").filter(is_local=True).first()
    if profile is not None:
        return profile.user
    # No name yet: the first-run page (or `afterview init`) asks for it.
    user, _ = init_local_candidate(name="")
    return user


def profile_of(candidate) -> m.Profile:
    profile, _ = m.Profile.objects.get_or_create(user=candidate)
    return profile


def candidate_name(candidate) -> str:
    profile = profile_of(candidate)
    return profile.display_name or candidate.get_full_name() or ""


# -- applications ------------------------------------------------------------------


def get_application(candidate, app_id: int) -> m.Application:
    try:
        return m.Application.objects.for_owner(candidate).select_related("organization").get(pk=int(app_id))
    except (m.Application.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no application {app_id}; `afterview list` shows yours") from e


def application_facts(candidate, app_id: int) -> f.ApplicationFacts:
    """One application's facts, read as `all_facts` reads every one (one statement)."""
    try:
        pk = int(app_id)
    except (ValueError, TypeError) as e:
        raise NotFound(f"no application {app_id}; `afterview list` shows yours") from e
    found = some_facts(candidate, [pk], candidate_name(candidate)) if 0 < pk < 2**63 else []
    if not found:
        raise NotFound(f"no application {app_id}; `afterview list` shows yours")
    return found[0]


def all_facts(candidate) -> list[f.ApplicationFacts]:
    """Facts of every application the candidate has, in id order, in a constant number of queries."""
    return every_facts(candidate, candidate_name(candidate))


def find_contact(candidate, app: m.Application, name: str) -> m.Contact:
    """The organization's contact called `name`: the exact name first (case and spacing
    ignored), else the only one whose name contains it (`afterview.core.steps.one_named`)."""
    from afterview.core.steps import one_named

    contacts = list(m.Contact.objects.for_owner(candidate).filter(organization=app.organization_id))
    return one_named(contacts, name, app.organization.name)


# -- interviews --------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewInput:
    """A validated interview as `afterview interview add` or the form gives it."""

    company: str
    role: str
    starts_at: datetime
    ends_at: datetime
    tz: str
    interviewers: tuple[NamedAddress, ...]
    hiring_contact: NamedAddress | None = None
    hiring_phone: str = ""
    expect_on: date | None = None
    #: interviewer name -> highlight of that conversation
    highlights: dict[str, str] = field(default_factory=dict)
    #: person name -> how notes greet them ("Ms. Castellanos")
    salutations: dict[str, str] = field(default_factory=dict)
    #: greet this organization's people formally
    formal: bool | None = None
    country: str = "US"
    application_id: int | None = None

    def __post_init__(self):
        if self.ends_at <= self.starts_at:
            raise InvalidInput("the interview must end after it starts; check --until")
        if not self.interviewers and self.hiring_contact is None:
            raise InvalidInput("name at least one interviewer (--interviewer 'Name <address>')")
        names = {p.name.casefold() for p in self.interviewers}
        if self.hiring_contact:
            names.add(self.hiring_contact.name.casefold())
        for person in self.highlights:
            if person.casefold() not in names:
                raise InvalidInput(
                    f"the highlight names {person!r}, who is not an interviewer; use 'Interviewer Name=what stood out'"
                )
        for person in self.salutations:
            if person.casefold() not in names:
                raise InvalidInput(
                    f"the salutation names {person!r}, who is not in this interview; use 'Full Name=Ms. Surname'"
                )
        if self.expect_on is not None:
            check_expected_after_interview(self.expect_on, self.starts_at, self.tz)


# -- dates that cannot be right ---------------------------------------------------------


def check_expected_after_interview(expect_on: date, starts_at: datetime, tz: str) -> None:
    """A decision cannot be expected before the interview it decides on."""
    from zoneinfo import ZoneInfo

    try:
        interview_on = starts_at.astimezone(ZoneInfo(tz)).date()
    except OverflowError:  # a time planted past the calendar's ends says nothing
        return
    if expect_on < interview_on:
        raise InvalidInput(
            f"a decision expected by {expect_on:%a %Y-%m-%d} would come before the interview "
            f"on {interview_on:%a %Y-%m-%d}; check the date"
        )


def check_expected_after_interviews(app: m.Application, expect_on: date) -> None:
    """The same, against the application's latest interview (when it has one)."""
    latest = m.Interview.objects.filter(application=app).order_by("-starts_at").first()
    if latest is not None:
        check_expected_after_interview(expect_on, latest.starts_at, latest.tz)


def application_began_on(app: m.Application, tz: str) -> tuple[date, str]:
    """The first day of an application in zone `tz`, and what says so: the day applied,
    its first interview, or the day it was logged, whichever is earliest."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz)
    known = [(app.created_at.astimezone(zone).date() if in_planned_years(app.created_at) else date.min, "the day it was logged")]
    first = m.Interview.objects.filter(application=app).order_by("starts_at").first()
    if first is not None and in_planned_years(first.starts_at):
        known.append((first.starts_at.astimezone(zone).date(), "its first interview"))
    if app.applied_on is not None:
        known.append((app.applied_on, "the day you applied"))
    return min(known)


def check_touch_after_start(app: m.Application, at: datetime, tz: str) -> None:
    """A touch cannot come before its application began."""
    from zoneinfo import ZoneInfo

    began, why = application_began_on(app, tz)
    if not in_planned_years(at):
        return  # the parsers refuse such a date; one planted in the rows is not judged here
    on = at.astimezone(ZoneInfo(tz)).date()
    if on < began:
        raise InvalidInput(
            f"that touch is dated {on:%a %Y-%m-%d}, before application {app.pk} began "
            f"({began:%a %Y-%m-%d}, {why}); check --at, or record the day you applied "
            f"(`afterview edit application {app.pk} --applied-on YYYY-MM-DD`)"
        )


def _contact_for(candidate, org: m.Organization, person: NamedAddress, known: list[m.Contact]) -> m.Contact:
    for contact in known:
        if person.email and contact.email and contact.email.casefold() == person.email.casefold():
            break
        if contact.name.casefold() == person.name.casefold():
            break
    else:
        contact = m.Contact.objects.create(
            owner=candidate, organization=org, name=person.name, email=person.email
        )
        known.append(contact)
        return contact
    if person.email and contact.email != person.email:
        contact.email = person.email
        contact.save(update_fields=["email"])
    return contact


def _organization_for(candidate, name: str, *, country: str, tz: str, now: datetime) -> m.Organization:
    wanted = name.casefold()
    for org in m.Organization.objects.for_owner(candidate):
        if org.name.casefold() == wanted or wanted in (a.casefold() for a in org.aliases):
            return org
    return m.Organization.objects.create(owner=candidate, name=name, country=country, tz=tz, created_at=now)


@transaction.atomic
def add_interview(candidate, data: InterviewInput, *, now: datetime) -> m.Application:
    """Record one interview round, creating or reusing the organization, application and contacts."""
    if data.application_id is not None:
        app = get_application(candidate, data.application_id)
        org = app.organization
        if org.name.casefold() != data.company.casefold() and data.company.casefold() not in (
            a.casefold() for a in org.aliases
        ):
            raise InvalidInput(
                f"application {app.pk} is with {org.name}, not {data.company}; leave out --application for a new one"
            )
    else:
        org = _organization_for(candidate, data.company, country=data.country, tz=data.tz, now=now)
        app = (
            m.Application.objects.for_owner(candidate)
            .filter(organization=org, role__iexact=data.role)
            .order_by("-id")
            .first()
        )
        if app is None:
            app = m.Application.objects.create(owner=candidate, organization=org, role=data.role, created_at=now)

    if data.formal is not None and org.formal_greetings != data.formal:
        org.formal_greetings = data.formal
        org.save(update_fields=["formal_greetings"])
    known = list(m.Contact.objects.for_owner(candidate).filter(organization=org))
    if data.hiring_contact is not None:
        hiring = _contact_for(candidate, org, data.hiring_contact, known)
        if data.hiring_phone and hiring.phone != data.hiring_phone:
            hiring.phone = data.hiring_phone
            hiring.save(update_fields=["phone"])
        if app.hiring_contact_id != hiring.pk:
            app.hiring_contact = hiring
            app.save(update_fields=["hiring_contact"])
    elif data.hiring_phone:
        raise InvalidInput("--hiring-phone needs --hiring-contact 'Name <address>'")

    greetings = {name.casefold(): text for name, text in data.salutations.items()}
    for contact in known:
        wanted = greetings.get(contact.name.casefold())
        if wanted is not None and contact.salutation != wanted:
            contact.salutation = wanted
            contact.save(update_fields=["salutation"])
    interview = m.Interview.objects.create(
        owner=candidate,
        application=app,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        tz=data.tz,
        expect_on=data.expect_on,
    )
    highlights = {name.casefold(): text for name, text in data.highlights.items()}
    seen = set()
    for person in data.interviewers:
        contact = _contact_for(candidate, org, person, known)
        if contact.pk in seen:
            continue
        seen.add(contact.pk)
        wanted = greetings.get(person.name.casefold())
        if wanted is not None and contact.salutation != wanted:
            contact.salutation = wanted
            contact.save(update_fields=["salutation"])
        m.Interviewer.objects.create(
            owner=candidate,
            interview=interview,
            contact=contact,
            highlight=highlights.get(person.name.casefold(), ""),
        )
    written(candidate, [app.pk], now)
    return app


# -- the log -------------------------------------------------------------------------


@transaction.atomic
def add_touch(
    candidate,
    app_id: int,
    kind: str,
    *,
    at: datetime,
    person: str | None = None,
    note: str = "",
    expect_on: date | None = None,
) -> m.Touch:
    try:
        kind = m.TouchKind(kind)
    except ValueError as e:
        raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(m.TouchKind.values)}") from e
    note = parse_free_text(note, "the touch's note")
    app = get_application(candidate, app_id)
    check_touch_after_start(app, at, profile_of(candidate).tz)
    if expect_on is not None:
        check_expected_after_interviews(app, expect_on)
    contact = find_contact(candidate, app, person) if person else None
    if contact is None and kind == m.TouchKind.THANK_YOU_SENT:
        panel = thank_you_choices(app, at)
        if len(panel) > 1:
            raise NeedsPerson(
                f"say whom the thank-you was for (--person NAME): the interview had "
                f"{len(panel)} interviewers, {', '.join(panel)}",
                tuple(panel),
            )
    touch = m.Touch.objects.create(
        owner=candidate, application=app, kind=kind, at=at, contact=contact, note=note, expect_on=expect_on
    )
    if kind in CARRIES_UPDATES:
        # A follow-up or a call carried the pending updates (the draft and the call
        # script both include them): they are no longer news to offer.
        m.Update.objects.for_owner(candidate).filter(application=app, sent_at=None, added_at__lte=at).update(sent_at=at)
    written(candidate, [app.pk], None)
    return touch


class NeedsPerson(InvalidInput):
    """A thank-you logged for nobody in particular when several people interviewed;
    `choices` holds their names (a terminal asks which one)."""

    def __init__(self, message: str, choices: tuple[str, ...]):
        super().__init__(message)
        self.choices = choices


def thank_you_choices(app: m.Application, at: datetime) -> list[str]:
    """The interviewers a thank-you logged at `at` could be for: the panel of the latest
    interview that had begun by then (else of the first)."""
    interviews = m.Interview.objects.filter(application=app)
    interview = interviews.filter(starts_at__lte=at).order_by("-starts_at").first() or interviews.order_by("starts_at").first()
    if interview is None:
        return []
    return [seat.contact.name for seat in m.Interviewer.objects.filter(interview=interview).select_related("contact")]


#: Touches that tell the organization the pending updates.
CARRIES_UPDATES = frozenset({m.TouchKind.FOLLOW_UP_SENT, m.TouchKind.CALL})


@transaction.atomic
def set_salutation(candidate, app_id: int, person: str, salutation: str) -> m.Contact:
    """How notes to `person` of this application's organization greet them ("" : by first name)."""
    from afterview.core.parse import parse_salutation

    app = get_application(candidate, app_id)
    contact = find_contact(candidate, app, person)
    contact.salutation = parse_salutation(salutation) if salutation.strip() else ""
    contact.save(update_fields=["salutation"])
    return contact


@transaction.atomic
def set_greetings(candidate, app_id: int, salutations: dict[str, str], *, formal: bool) -> m.Organization:
    """The greeting form of an application page: each contact's salutation (by contact
    key; "" greets by first name) and whether the organization is greeted formally."""
    from afterview.core.parse import parse_salutation

    org = get_application(candidate, app_id).organization
    contacts = {str(c.pk): c for c in m.Contact.objects.for_owner(candidate).filter(organization=org)}
    for key, text in salutations.items():
        contact = contacts.get(str(key))
        if contact is None:
            raise NotFound(f"no contact {key} at {org.name}")
        wanted = parse_salutation(text) if text.strip() else ""
        if contact.salutation != wanted:
            contact.salutation = wanted
            contact.save(update_fields=["salutation"])
    if org.formal_greetings != formal:
        org.formal_greetings = formal
        org.save(update_fields=["formal_greetings"])
    return org


@transaction.atomic
def set_formal_greetings(candidate, app_id: int, formal: bool) -> m.Organization:
    """Greet the organization's people formally (by salutation, else full name) or by first name."""
    org = get_application(candidate, app_id).organization
    org.formal_greetings = formal
    org.save(update_fields=["formal_greetings"])
    return org


@transaction.atomic
def set_expectation(candidate, app_id: int, on: date, *, at: datetime) -> m.Expectation:
    app = get_application(candidate, app_id)
    check_expected_after_interviews(app, on)
    expectation = m.Expectation.objects.create(owner=candidate, application=app, on=on, learned_at=at)
    written(candidate, [app.pk], None)
    return expectation


@transaction.atomic
def add_update(candidate, app_id: int, text: str, *, at: datetime) -> m.Update:
    text = parse_update_text(text)
    app = get_application(candidate, app_id)
    update = m.Update.objects.create(owner=candidate, application=app, text=text, added_at=at)
    written(candidate, [app.pk], None)
    return update


def parse_update_text(text: str) -> str:
    """An update's text: trimmed, not empty, under 2000 characters."""
    text = parse_free_text(text.strip(), "the update")
    if not text:
        raise InvalidInput("the update is empty; say what is new, e.g. 'Fall transcript: 3.9 GPA'")
    if len(text) > 2000:
        raise InvalidInput(f"the update is {len(text)} characters long; keep it under 2000")
    return text


def application_detail(candidate, app_id: int) -> m.Application:
    """One application with everything it owns loaded, for `show` and the web page."""
    try:
        return applications_with_everything(candidate).prefetch_related("messages__contact").get(pk=int(app_id))
    except (m.Application.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no application {app_id}; `afterview list` shows yours") from e
