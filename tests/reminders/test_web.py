"""The Settings page's reminders card."""

from __future__ import annotations

import pytest

from tests.web.conftest import as_alice, as_bob  # noqa: F401


@pytest.fixture
def settings_url():
    from django.urls import reverse

    return reverse("web:settings"), reverse("web:reminders")


def test_settings_add_a_channel_shown_masked_and_send_it_a_test(as_alice, alice, json_sink, settings_url):
    page, action = settings_url
    done = as_alice.post(action, {"add_channel": "1", "url": "ntfys://alice:topsecret@ntfy.example/alice-topic"})
    assert done.status_code == 302
    html = as_alice.get(page).content.decode()
    assert "ntfys://alice:****@ntfy.example/alice-topic" in html
    assert "topsecret" not in html
    as_alice.post(action, {"add_channel": "1", "url": json_sink.url})
    from afterview.reminders.models import Channel

    second = Channel.objects.for_owner(alice).last()
    as_alice.post(action, {"test_channel": str(second.pk)})
    assert json_sink.titles() == ["afterview: test"]
    assert "Reminders go to 2 channels" in as_alice.get(page).content.decode()


def test_settings_save_quiet_hours_and_the_digest_or_say_what_is_wrong(as_alice, alice, settings_url):
    from afterview.reminders.services import preferences

    page, action = settings_url
    as_alice.post(action, {"save_reminders": "1", "quiet": "22:00-07:30", "digest": "weekly", "digest_hour": "9"})
    prefs = preferences(alice)
    assert (str(prefs.quiet_from), str(prefs.quiet_until), prefs.digest, prefs.digest_hour) == ("22:00:00", "07:30:00", "weekly", 9)
    follow = as_alice.post(action, {"save_reminders": "1", "quiet": "late", "digest": "daily", "digest_hour": "9"}, follow=True)
    assert "quiet hours look like 21:00-08:00" in follow.content.decode()
    assert preferences(alice).digest == "weekly"


def test_bob_cannot_remove_alices_channel(as_bob, alice, alice_phone, settings_url):
    from afterview.reminders.models import Channel

    as_bob.post(settings_url[1], {"remove_channel": str(alice_phone.pk)})
    assert Channel.objects.filter(pk=alice_phone.pk).exists()
