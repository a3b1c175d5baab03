"""Tests generated from /api/v1/openapi.json by schemathesis, against the WSGI app in-process:
every operation, valid and invalid inputs, no server error and no answer that breaks the schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.conftest import NOW


from afterview.wsgi import application  # noqa: E402 (pytest-django has configured Django by now)

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def connections_kept():
    """Keep the test's database connection across requests, as Django's test client does
    (schemathesis calls the WSGI app itself, and the app closes connections at request end)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(alice_app, token_of, alice):
    from afterview.records.services import add_update

    add_update(alice, alice_app.pk, "Fall transcript: 3.9 GPA", at=NOW)
    return {"Authorization": f"Bearer {token_of(alice)}"}


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_to_its_schema(case, bearer, monkeypatch):
    from afterview.api import tokens

    monkeypatch.setattr(tokens, "RATE_PER_MINUTE", 10_000)
    case.call_and_validate(
        headers=bearer, checks=[not_a_server_error, response_schema_conformance, status_code_conformance]
    )
