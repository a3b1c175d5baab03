"""Fixtures of the web tests: a pinned clock, signed-in clients for alice and bob,
and a fresh plan cache for every test."""

from __future__ import annotations

import pytest

from tests.conftest import NOW


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    return NOW


@pytest.fixture(autouse=True)
def fresh_plans():
    from afterview.web import notes, plans

    plans.clear()
    notes.forget_contexts()
    yield
    plans.clear()
    notes.forget_contexts()


@pytest.fixture
def as_alice(alice, client):
    client.force_login(alice)
    return client


@pytest.fixture
def as_bob(bob):
    from django.test import Client

    client = Client()
    client.force_login(bob)
    return client
