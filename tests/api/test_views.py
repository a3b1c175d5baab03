"""The API's behaviour: tokens, scoping, validation, problem details, ETags, paging, rate limits."""

from __future__ import annotations

import pytest

from tests.conftest import NOW

JSON = "application/json"


def test_it_lists_the_agenda_with_each_steps_rule_and_reason(alice_app, alice_api):
    response = alice_api.get("/api/v1/agenda")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] >= 1
    step = body["items"][0]
    assert step["application"] == alice_app.pk and step["rule"] and step["reason"]


def test_it_gives_an_application_and_its_parts(alice_app, alice_api):
    base = f"/api/v1/applications/{alice_app.pk}"
    assert alice_api.get(base).json()["company"] == "Calloway & Pryce LLP"
    names = {p["name"] for p in alice_api.get(base + "/contacts").json()["items"]}
    assert names == {"Dana Whitfield", "Miriam Castellanos", "Theo Lindqvist"}
    assert alice_api.get(base + "/interviews").json()["count"] == 1
    why = alice_api.get(base + "/why").json()
    assert why["plan"] and all(step["rule"] and step["reason"] for step in why["plan"])


def test_it_logs_a_touch_through_the_same_service(alice_app, alice_api):
    from afterview.records.models import Touch

    response = alice_api.post(
        f"/api/v1/applications/{alice_app.pk}/touches",
        {"kind": "reply", "person": "Dana Whitfield", "note": "They will decide by Friday"},
        content_type=JSON,
    )
    assert response.status_code == 201, response.content
    assert response.json()["person"] == "Dana Whitfield"
    assert Touch.objects.filter(application=alice_app, kind="reply").count() == 1


@pytest.mark.parametrize(
    ("path", "body", "words"),
    [
        ("touches", {"kind": "reply", "at": "tomorrow"}, "is not a date and time"),
        ("touches", {"kind": "reply", "person": "Nobody Known"}, "nobody called"),
        ("touches", {"kind": "reply", "note": "a\x00b"}, "NUL"),
        ("updates", {"text": "   "}, "the update is empty"),
        ("expectations", {"on": "12/10/2026"}, "is not a date"),
    ],
)
def test_a_bad_write_says_what_is_wrong_and_writes_nothing(alice_app, alice_api, path, body, words):
    from afterview.records.models import Expectation, Touch, Update

    before = Touch.objects.count(), Update.objects.count(), Expectation.objects.count()
    response = alice_api.post(f"/api/v1/applications/{alice_app.pk}/{path}", body, content_type=JSON)
    assert 400 <= response.status_code < 500
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == response.status_code and words in problem["detail"]
    assert (Touch.objects.count(), Update.objects.count(), Expectation.objects.count()) == before


def test_an_unreadable_body_is_a_problem_too(alice_app, alice_api):
    response = alice_api.post(f"/api/v1/applications/{alice_app.pk}/touches", {"kind": "hug"}, content_type=JSON)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert "kind" in response.json()["detail"]


def test_an_interview_is_validated_like_the_cli(alice, alice_api):
    from afterview.records.models import Application

    good = {
        "company": "Northbridge",
        "role": "Analyst",
        "at": "2026-12-03 10:00",
        "until": "2026-12-03 11:00",
        "tz": "America/Chicago",
        "interviewers": ["Priya Raghunathan <priya@nb.example>"],
    }
    assert alice_api.post("/api/v1/interviews", {**good, "tz": "Mars/Olympus"}, content_type=JSON).status_code == 400
    bad_until = alice_api.post("/api/v1/interviews", {**good, "until": "2026-12-03 09:00"}, content_type=JSON)
    assert "must end after it starts" in bad_until.json()["detail"]
    assert not Application.objects.exists()
    made = alice_api.post("/api/v1/interviews", good, content_type=JSON)
    assert made.status_code == 201 and made.json()["company"] == "Northbridge"
    assert made.json()["warnings"] == []
    fixed = alice_api.post("/api/v1/interviews", {**good, "role": "Associate", "tz": "EST"}, content_type=JSON)
    assert fixed.status_code == 201
    assert fixed.json()["warnings"] == [
        "EST is a fixed offset from UTC with no daylight saving time; for New York time use America/New_York"
    ]


def test_check_finds_what_check_app_finds(alice_app, alice_api):
    note = "Dear Miriam,\n\nThank you for talking with me about your pro bono tenant work at Calloway & Pryce.\n\nBest,\nAlice"
    response = alice_api.post("/api/v1/check", {"text": note, "application": alice_app.pk}, content_type=JSON)
    assert response.status_code == 200
    body = response.json()
    assert body["to"] == "Miriam Castellanos"
    assert isinstance(body["findings"], list) and "ok" in body


def test_another_candidates_ids_are_not_found(alice_app, bob, token_of):
    from django.test import Client

    as_bob = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(bob)}")
    for path in ("", "/why", "/touches", "/contacts"):
        assert as_bob.get(f"/api/v1/applications/{alice_app.pk}{path}").status_code == 404
    assert (
        as_bob.post(f"/api/v1/applications/{alice_app.pk}/updates", {"text": "news"}, content_type=JSON).status_code
        == 404
    )
    assert as_bob.post("/api/v1/check", {"text": "Hi", "application": alice_app.pk}, content_type=JSON).status_code == 404
    assert as_bob.get("/api/v1/agenda").json()["count"] == 0


def test_a_revoked_token_is_refused(alice, alice_app, token_of):
    from django.test import Client

    from afterview.api.tokens import revoke_token

    secret = token_of(alice, name="old")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert client.get("/api/v1/agenda").status_code == 200
    revoke_token(alice, "old", now=NOW)
    response = client.get("/api/v1/agenda")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert Client().get("/api/v1/agenda").status_code == 401


def test_a_read_only_token_reads_and_checks_but_cannot_write(alice, alice_app, token_of):
    from django.test import Client

    from afterview.records.models import Update

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice, read_only=True)}")
    assert client.get("/api/v1/agenda").status_code == 200
    assert client.post("/api/v1/check", {"text": "Hello there"}, content_type=JSON).status_code == 200
    response = client.post(f"/api/v1/applications/{alice_app.pk}/updates", {"text": "news"}, content_type=JSON)
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert not Update.objects.exists()


def test_only_a_digest_is_stored_and_the_last_use_is_recorded(alice, token_of):
    from django.test import Client

    from afterview.api.models import ApiToken
    from afterview.api.tokens import digest_of

    secret = token_of(alice)
    token = ApiToken.objects.get()
    assert secret not in {token.digest, token.name, token.prefix} and token.digest == digest_of(secret)
    assert token.last_used_at is None
    Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/v1/agenda")
    token.refresh_from_db()
    assert token.last_used_at == NOW


def test_token_requests_need_no_csrf_but_session_writes_do(alice, alice_app, alice_api):
    from django.test import Client

    from afterview.records.models import Update

    assert alice_api.post(f"/api/v1/applications/{alice_app.pk}/updates", {"text": "token"}, content_type=JSON).status_code == 201
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    assert browser.get("/api/v1/agenda").status_code == 200
    refused = browser.post(f"/api/v1/applications/{alice_app.pk}/updates", {"text": "session"}, content_type=JSON)
    assert refused.status_code == 403
    browser.get("/")  # the web app sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    allowed = browser.post(
        f"/api/v1/applications/{alice_app.pk}/updates", {"text": "session"}, content_type=JSON, HTTP_X_CSRFTOKEN=token
    )
    assert allowed.status_code == 201
    assert sorted(Update.objects.values_list("text", flat=True)) == ["session", "token"]


def test_a_read_answers_304_to_its_own_etag(alice_app, alice_api):
    first = alice_api.get("/api/v1/applications")
    tag = first["ETag"]
    assert tag
    again = alice_api.get("/api/v1/applications", HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 304 and again["ETag"] == tag
    alice_api.post(f"/api/v1/applications/{alice_app.pk}/touches", {"kind": "offer"}, content_type=JSON)
    assert alice_api.get("/api/v1/applications", HTTP_IF_NONE_MATCH=tag).status_code == 200


def test_lists_come_in_pages(alice, alice_api, interview_input):
    from afterview.records.services import add_interview

    for n in range(3):
        add_interview(alice, interview_input(company=f"Firm {n}"), now=NOW)
    first = alice_api.get("/api/v1/applications?limit=2").json()
    assert (first["count"], len(first["items"]), first["next_offset"]) == (3, 2, 2)
    rest = alice_api.get("/api/v1/applications?limit=2&offset=2").json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    assert alice_api.get("/api/v1/applications?limit=0").status_code == 422


def test_the_rate_limit_is_per_token_and_kept_in_the_database(alice, alice_app, token_of, monkeypatch):
    from django.test import Client

    from afterview.api import tokens

    monkeypatch.setattr(tokens, "RATE_PER_MINUTE", 3)
    busy = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice, name='busy')}")
    calm = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice, name='calm')}")
    assert [busy.get("/api/v1/agenda").status_code for _ in range(4)] == [200, 200, 200, 429]
    refused = busy.get("/api/v1/agenda")
    assert refused["Content-Type"] == "application/problem+json" and int(refused["Retry-After"]) > 0
    assert calm.get("/api/v1/agenda").status_code == 200
    assert tokens.RateWindow.objects.filter(token__name="busy").get().count == 5


def test_the_docs_page_loads_nothing_from_elsewhere(client, db):
    import re

    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    assert "default-src 'self'" in page["Content-Security-Policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.content.decode())
    assert sources and all(s.startswith("/") for s in sources)
    for src in sources:
        if src.startswith("/static/"):
            served = client.get(src)
            assert served.status_code == 200
            assert b"".join(served.streaming_content)
            served.close()
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/agenda" in schema["paths"] and "/api/v1/check" in schema["paths"]


def test_settings_creates_shows_once_and_revokes_tokens(alice, client):
    from afterview.api.models import ApiToken

    client.force_login(alice)
    assert 'href="/settings/tokens/"' in client.get("/settings/").content.decode()
    made = client.post("/settings/tokens/", {"name": "sheet", "create": "1"})
    assert made.status_code == 200
    token = ApiToken.objects.get()
    page = made.content.decode()
    assert "av_" in page and token.digest not in page
    assert "av_" not in client.get("/settings/tokens/").content.decode().replace(token.prefix, "")
    client.post("/settings/tokens/", {"revoke": str(token.pk)})
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_a_reply_is_read_as_afterview_reply_reads_it_and_recorded_only_when_asked(alice, alice_app, alice_api, token_of):
    from django.test import Client

    from afterview.records.models import Touch

    reply = "Thank you for your patience. We expect to reach a decision by Friday, December 11.\n\nBest,\nDana"
    body = {"text": reply, "application": alice_app.pk}
    response = alice_api.post("/api/v1/replies", body, content_type=JSON)
    assert response.status_code == 200, response.content
    read = response.json()
    assert (read["kind"], read["expect_by"], read["application"]) == ("timeline", "2026-12-11", alice_app.pk)
    assert "December 11" in read["evidence"] and read["recorded"] == [] and "from" in read
    assert not Touch.objects.filter(application=alice_app, kind="reply").exists()

    read_only = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(alice, read_only=True, name='ro')}")
    assert read_only.post("/api/v1/replies", body, content_type=JSON).status_code == 200
    refused = read_only.post("/api/v1/replies", {**body, "record": True}, content_type=JSON)
    assert refused.status_code == 403 and not Touch.objects.filter(application=alice_app, kind="reply").exists()

    recorded = alice_api.post("/api/v1/replies", {**body, "record": True}, content_type=JSON)
    assert recorded.status_code == 200 and recorded.json()["recorded"]
    # the reply touch carries the stated date, as `afterview reply --yes` records it
    assert Touch.objects.get(application=alice_app, kind="reply").expect_on.isoformat() == "2026-12-11"


def test_a_reply_for_another_candidates_application_is_not_found(alice_app, bob, token_of):
    from django.test import Client

    as_bob = Client(HTTP_AUTHORIZATION=f"Bearer {token_of(bob)}")
    body = {"text": "We will decide by Friday, December 11.", "application": alice_app.pk, "record": True}
    assert as_bob.post("/api/v1/replies", body, content_type=JSON).status_code == 404


def test_a_lone_surrogate_in_a_write_is_a_problem_not_a_crash(alice_app, alice_api):
    """JSON can spell a lone surrogate ("\\ud800"); no database stores one."""
    from afterview.records.models import Update

    body = '{"text": "news \\ud800"}'
    response = alice_api.post(f"/api/v1/applications/{alice_app.pk}/updates", body, content_type=JSON)
    assert response.status_code in (400, 422) and response["Content-Type"] == "application/problem+json"
    assert not Update.objects.exists()
