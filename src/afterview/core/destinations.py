"""Outcomes as NACE first-destination categories, only where an outcome tells.

NACE (the National Association of Colleges and Employers) reports where graduates
are six months on: employed full-time, employed part-time, continuing education,
military, volunteering or service, still seeking, not seeking, unknown. An
application's outcome says at most one of these, and only when the candidate
accepted an offer: they are employed. Whether full- or part-time is not recorded,
so the category is "employed" and an office that needs the split asks the student.
Every other outcome (an offer not yet answered, a rejection, a withdrawal, a declined
offer) says nothing of where the student went, and maps to None: unknown, never a
guess.
"""

from __future__ import annotations

from afterview.core.facts import TouchKind

__all__ = ["EMPLOYED", "NACE_CATEGORY", "nace_category"]

EMPLOYED = "employed"

#: The outcomes that tell a first destination, and the category each tells.
NACE_CATEGORY = {TouchKind.ACCEPTED: EMPLOYED}


def nace_category(outcome: str | None) -> str | None:
    """The NACE first-destination category an outcome tells (None: it tells none).

    >>> nace_category("accepted")
    'employed'
    >>> nace_category("offer") is None
    True
    """
    try:
        return NACE_CATEGORY.get(TouchKind(outcome)) if outcome else None
    except ValueError:
        return None
