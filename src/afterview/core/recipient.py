"""Who a note is for: a person of the application by (part of) their name, or the
person a note's greeting names. Pure; the CLI and the API both read notes this way."""

from __future__ import annotations

import re

from afterview.core.errors import InvalidInput, NotFound

__all__ = ["addressee", "kind_for", "person_named"]


def person_named(facts, name: str):
    """The one person of the application whose name contains `name` (any case).

    Raises NotFound when nobody matches, InvalidInput when several do.
    """
    wanted = name.casefold()
    matches = [p for p in facts.people if wanted in p.name.casefold()]
    if not matches:
        known = ", ".join(p.name for p in facts.people) or "nobody yet"
        raise NotFound(f"nobody called {name!r} at {facts.company}; known: {known}")
    if len(matches) > 1:
        raise InvalidInput(f"{name!r} could mean {', '.join(p.name for p in matches)}; give the full name")
    return matches[0]


_GREETING = re.compile(r"^\s*(?:dear|hi|hello|good (?:morning|afternoon|evening))\s+([^,\n:]{1,80})[,:!\n]", re.I | re.M)


def addressee(text: str, facts):
    """The person of the application the note greets ("Dear Ms. Castellanos," or
    "Dear Miriam,"), or None when the greeting names nobody on record, or several."""
    match = _GREETING.search(text[:500])
    if match is None:
        return None
    words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))}
    found = []
    for person in facts.people:
        names = {w.casefold() for w in person.name.split()} | {w.casefold() for w in person.salutation.split()}
        if words & names:
            found.append(person)
    return found[0] if len(found) == 1 else None


def kind_for(facts, person_key: str | None) -> str:
    """The kind of a note whose kind was not said: a thank-you to an interviewer, a
    follow-up to the hiring contact (or to nobody known)."""
    return "thank-you" if person_key and person_key != facts.hiring_contact_key else "follow-up"
