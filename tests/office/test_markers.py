"""A student who gave *counts* only: a unique marker in every note's subject and
body, contact name, organization name, interview highlight, touch note, update,
request and reply; then, as their adviser, every page under /office/ (walked from
the resolver, so pages added later are fetched too), every page, export and CSV the
adviser can reach, and every API response with the adviser's token. The marker
appears nowhere. Then with *details* it does appear on the detail page (so the test
can fail), and the opening is in the audit log."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.office import privacy_world
from tests.office.privacy_world import MARKER, NOW, fill, signed_in
from tests.office.test_isolation import NOT_IDS, params, walk

world = privacy_world.world  # the fixture

_PARAM_VALUES_LIMIT = 40


@pytest.fixture
def counted(world, interview_input, monkeypatch):
    from afterview.api import tokens
    from afterview.web import plans

    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    monkeypatch.setattr(tokens, "RATE_PER_MINUTE", 10**6)
    plans.clear()
    fill(world.alice, interview_input)
    fill(world.bob, interview_input)  # bob shares counts too
    return world


def _alice_ids(world) -> list[int]:
    """Her user id and the first id of each table of hers: what an id in an office URL may be."""
    from afterview.office.leaving import user_tables

    found = {world.alice.pk}
    for table in user_tables():
        pk = table.model._default_manager.filter(**{table.field: world.alice}).values_list("pk", flat=True).first()
        if isinstance(pk, int):
            found.add(pk)
    return sorted(found)


def _urls(route: str, ids: list[int]) -> list[str]:
    """The route with every combination of ids (and the plain fillers) in its parameters."""
    import itertools
    import re

    names = params(route)
    choices = [[NOT_IDS[n]] if n in NOT_IDS else ids for n in names]
    urls = []
    for combo in itertools.islice(itertools.product(*choices), _PARAM_VALUES_LIMIT):
        values = dict(zip(names, combo))
        urls.append("/" + re.sub(r"<(?:[^>:]+:)?([^>]+)>", lambda m: str(values[m[1]]), route))
    return urls


def _text(response) -> str:
    if response.streaming:
        raw = b"".join(response.streaming_content)
        _close_file(response)
    else:
        raw = response.content
    if raw[:2] == b"PK":  # a zip (of CSVs): read every file in it
        archive = zipfile.ZipFile(io.BytesIO(raw))
        raw = b"".join(archive.read(name) for name in archive.namelist())
    return raw.decode("utf-8", "replace")


def test_an_adviser_sees_no_employer_contact_or_note_with_counts_then_details_show_them(counted):
    from django.test import Client

    from afterview.api.tokens import create_token
    from afterview.office.models import AuditEntry

    world = counted
    ids = _alice_ids(world)
    carla = signed_in(world.carla)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {create_token(world.carla, 'adviser script', read_only=True, now=NOW).secret}")
    fetched = {"office": 0, "pages": 0, "api": 0}
    seen = []
    for route, _ in walk():
        if route.startswith(("admin/", "static/", "healthz")):
            continue
        client = api if route.startswith("api/v1/") else carla
        for url in _urls(route, ids):
            response = client.get(url)
            text = _text(response)
            if MARKER in text:
                seen.append(f"{url} ({response.status_code})")
            key = "office" if route.startswith("office/") else "api" if client is api else "pages"
            fetched[key] += 1
    assert not seen, f"the marker shows on: {', '.join(seen)}"
    assert fetched["office"] >= 3 and fetched["pages"] >= 30 and fetched["api"] >= 15, fetched
    listed = carla.get("/office/students/").content.decode()
    assert "Alice Moreau" in listed and ("late with a thank-you" in listed or "on track" in listed)
    assert not AuditEntry.objects.exists()

    from afterview.office.consent import set_consent

    set_consent(world.alice, "details", now=NOW)
    page = carla.get(f"/office/students/{world.alice.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    for planted in (f"{MARKER} Pryce LLP", f"Miriam {MARKER}", f"Thank you {MARKER}", f"touch note {MARKER}", f"her tenant work {MARKER}"):
        assert planted in text, planted
    entry = AuditEntry.objects.get()
    assert (entry.student, entry.adviser_name) == (world.alice, "Carla Adviser")
    # bob still gave counts only: still nothing of his
    assert carla.get(f"/office/students/{world.bob.pk}/").status_code == 404


def _close_file(response) -> None:
    """Close a served file without `response.close()`, whose request_finished signal
    would close the test's database connection."""
    stream = getattr(response, "file_to_stream", None)
    if stream is not None:
        stream.close()
