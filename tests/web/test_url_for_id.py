"""The agenda's addresses put together around an id are the ones `reverse` gives."""

from __future__ import annotations

import pytest
from django.urls import reverse, set_script_prefix

from afterview.web.services import url_for_id


@pytest.mark.parametrize("name", ["web:application", "web:draft", "web:message"])
@pytest.mark.parametrize("pk", [0, 7, 1251, 2**40])
def test_it_gives_what_reverse_gives(name, pk):
    assert url_for_id(name, pk) == reverse(name, args=(pk,))


def test_it_follows_the_script_prefix():
    try:
        set_script_prefix("/careers/")
        assert url_for_id("web:application", 12) == reverse("web:application", args=(12,)) == "/careers/applications/12/"
    finally:
        set_script_prefix("/")
    assert url_for_id("web:application", 12) == "/applications/12/"
