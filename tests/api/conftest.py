"""Fixtures of the API tests: a pinned clock and tokens for alice and bob."""

from __future__ import annotations

import pytest

from tests.conftest import NOW


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())
    from afterview.web import plans

    plans.clear()
    return NOW


@pytest.fixture
def token_of(db):
    from afterview.api.tokens import create_token

    def make(user, *, read_only=False, name="script"):
        return create_token(user, name, read_only=read_only, now=NOW).secret

    return make


@pytest.fixture
def alice_api(alice, token_of):
    from django.test import Client

    return Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice)}")
