"""Signing in to an office (issue 21, "Sign-in"): joining by invitation, passwords
with Argon2, throttling, single-use resets, sessions rotated on login, single sign-on
with a real loopback OpenID Connect provider, and the laptop's one-time link as it was.

Personas: ada is invited as a student, the provider knows her; mallory was never invited.
"""

from __future__ import annotations

import re
import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core import mail
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from tests.conftest import NOW
from tests.office.oidc_server import OidcServer

PASSWORD = "plum-harbour-lantern-42"
ADA = "ada@uni.example"


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


@pytest.fixture(autouse=True)
def fresh_cache(db):
    # The rate limits' counters live in the database cache, which outlives a test's rows.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def the_office(db):
    from afterview.office.models import Cohort, Office

    office = Office.objects.create(name="Example University Career Office", created_at=NOW)
    Cohort.objects.create(name="Law 2027", created_at=NOW)
    return office


@pytest.fixture
def invite(the_office):
    """A factory: an open invitation, and the token its link carries."""
    from afterview.office.invitations import new_token
    from afterview.office.models import Cohort, Invitation, Role

    def make(email=ADA, *, role=Role.STUDENT, name="Ada Okafor", expires_in=timedelta(days=7)):
        token, digest = new_token()
        cohort = Cohort.objects.get(name="Law 2027")
        invitation = Invitation.objects.create(
            email=email, name=name, role=role, cohort=cohort, digest=digest, created_at=NOW, expires_at=NOW + expires_in
        )
        return token, invitation

    return make


@pytest.fixture
def ada(invite):
    from afterview.office.join import accept

    token, _ = invite()
    return accept(token, name="Ada Okafor", password=PASSWORD, now=NOW)


@pytest.fixture
def provider(the_office):
    from afterview.office.accounts import configure_sso

    with OidcServer(client_id="afterview-test", client_secret="provider-secret") as server:
        server.person = {"sub": "ada-1", "email": ADA, "email_verified": True, "name": "Ada Okafor"}
        configure_sso(name="Example University", issuer=server.issuer, client_id="afterview-test", client_secret="provider-secret")
        yield server


def sso_round_trip(client: Client, start_path: str = "/accounts/oidc/office/login/"):
    """Sign in through the provider the way a browser does: our POST, the provider's
    redirect back (it approves at once), and our callback. The callback's response."""
    start = client.post(start_path, {"process": "login"})
    assert start.status_code == 302, start.content[:300]
    approved = requests.get(start["Location"], allow_redirects=False, timeout=10)
    assert approved.status_code == 302, approved.text
    back = urlsplit(approved.headers["Location"])
    return client.get(back.path, {k: v[0] for k, v in parse_qs(back.query).items()})


def login(client: Client, email=ADA, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


# -- joining by invitation ---------------------------------------------------------------


def test_it_makes_the_invited_account_with_a_verified_address_member_and_profile(invite):
    from allauth.account.models import EmailAddress

    from afterview.office.join import accept
    from afterview.office.models import Invitation, Role
    from afterview.records.models import Profile

    token, invitation = invite()
    user = accept(token, name="  Ada   Okafor ", password=PASSWORD, now=NOW)
    assert user.username == user.email == ADA
    assert user.check_password(PASSWORD)
    address = EmailAddress.objects.get(user=user)
    assert (address.email, address.verified, address.primary) == (ADA, True, True)
    assert user.member.role == Role.STUDENT and user.member.cohort.name == "Law 2027"
    profile = Profile.objects.get(user=user)
    assert (profile.display_name, profile.email, profile.is_local) == ("Ada Okafor", ADA, False)
    invitation = Invitation.objects.get(pk=invitation.pk)
    assert invitation.accepted_at == NOW and invitation.user == user


def test_a_link_joins_once(invite):
    from afterview.office.join import accept

    token, _ = invite()
    accept(token, name="Ada Okafor", password=PASSWORD, now=NOW)
    with pytest.raises(InvalidInput, match="no longer works"):
        accept(token, name="Someone Else", password=PASSWORD, now=NOW)


@pytest.mark.parametrize(
    "name, password, message",
    [
        ("", PASSWORD, "your name is empty"),
        ("Ada", "short", "too short"),
        ("Ada", "password123", "too common"),
    ],
)
def test_it_refuses_an_unusable_name_or_password_in_one_line(invite, name, password, message):
    from django.contrib.auth import get_user_model

    from afterview.office.join import accept

    token, _ = invite()
    with pytest.raises(InvalidInput, match=message) as refused:
        accept(token, name=name, password=password, now=NOW)
    assert "\n" not in str(refused.value)
    assert not get_user_model().objects.filter(username=ADA).exists()


def test_an_expired_or_revoked_link_makes_nothing(invite):
    from afterview.office.join import accept
    from afterview.office.models import Invitation

    expired, _ = invite(expires_in=timedelta(seconds=-1))
    with pytest.raises(InvalidInput, match="no longer works"):
        accept(expired, name="Ada", password=PASSWORD, now=NOW)
    revoked, invitation = invite("bea@uni.example")
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=NOW)
    with pytest.raises(InvalidInput, match="no longer works"):
        accept(revoked, name="Bea", password=PASSWORD, now=NOW)


@pytest.mark.django_db(transaction=True)
def test_two_requests_racing_with_one_link_make_one_account(invite):
    from django.contrib.auth import get_user_model
    from django.db import connection

    from afterview.office.join import accept

    token, _ = invite()
    barrier = threading.Barrier(4)
    outcomes = []

    def join_once(n):
        try:
            barrier.wait()
            accept(token, name=f"Racer {n}", password=PASSWORD, now=NOW)
            outcomes.append("joined")
        except InvalidInput:
            outcomes.append("refused")
        except Exception as e:  # SQLite may say it is busy: that too is not a second account
            outcomes.append(type(e).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=join_once, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("joined") <= 1, outcomes
    if not outcomes.count("joined"):  # every racer met a busy SQLite: the link still works, once
        accept(token, name="Racer 5", password=PASSWORD, now=NOW)
    assert get_user_model().objects.filter(username=ADA).count() == 1


def test_the_join_page_shows_the_fixed_address_and_signs_the_new_student_in(invite, client):
    token, _ = invite()
    page = client.get(f"/office/join/{token}")
    assert page.status_code == 200
    html = page.content.decode()
    assert ADA in html and 'name="email"' not in html  # the address is shown, not asked
    joined = client.post(f"/office/join/{token}", {"name": "Ada Okafor", "password": PASSWORD, "password_again": PASSWORD})
    assert joined.status_code == 302
    agenda = client.get("/")
    assert agenda.status_code == 200  # a student uses afterview as before
    assert "Ada Okafor" in agenda.content.decode()
    assert client.get(f"/office/join/{token}").status_code == 404  # used


def test_the_join_page_says_what_is_wrong(invite, client):
    token, _ = invite()
    page = client.post(f"/office/join/{token}", {"name": "Ada", "password": PASSWORD, "password_again": PASSWORD + "x"})
    assert page.status_code == 400
    assert "The two passwords differ" in page.content.decode()


def test_an_uninvited_person_cannot_sign_up(the_office, client):
    from django.contrib.auth import get_user_model

    assert client.get("/accounts/signup/").status_code == 403
    posted = client.post("/accounts/signup/", {"email": "mallory@else.example", "password1": PASSWORD, "password2": PASSWORD})
    assert posted.status_code == 403
    assert "Joining is by invitation" in posted.content.decode()
    assert not get_user_model().objects.filter(email="mallory@else.example").exists()


# -- signing in with a password ------------------------------------------------------------


def test_slash_login_is_allauths_sign_in_page_in_office_mode(the_office, client):
    first = client.get("/login/?next=/applications/")
    assert first.status_code == 302 and first["Location"] == "/accounts/login/?next=%2Fapplications%2F"
    page = client.get(first["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Forgot your password?" in html and "/accounts/password/reset/" in html
    assert "afterview" in html and 'class="top"' in html  # the house's header
    assert "Sign in with" not in html  # no provider configured


def test_a_student_signs_in_by_email_and_lands_on_their_agenda(ada, client):
    signed_in = login(client)
    assert signed_in.status_code == 302
    assert client.get("/").status_code == 200


def test_an_adviser_lands_on_the_office_home(invite, client):
    from afterview.office.join import accept
    from afterview.office.models import Role

    token, _ = invite("prof@uni.example", role=Role.ADVISER, name="Grace Hopper")
    accept(token, name="Grace Hopper", password=PASSWORD, now=NOW)
    login(client, "prof@uni.example")
    landed = client.get("/", follow=True)
    assert landed.redirect_chain[-1][0] == "/office/"
    assert "Signed in as Grace Hopper (prof@uni.example), adviser." in landed.content.decode()


def test_the_password_is_stored_as_an_argon2_hash(invite, settings):
    from afterview import settings as production
    from afterview.office.join import accept

    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    token, _ = invite()
    user = accept(token, name="Ada", password=PASSWORD, now=NOW)
    assert user.password.startswith("argon2$argon2id$")
    assert PASSWORD not in user.password


def test_the_session_key_changes_when_someone_signs_in(ada, client):
    from afterview.web.models import Session
    from afterview.web.sessions import digest

    session = client.session
    session["planted"] = "by an attacker"
    session.save()
    planted = session.session_key
    client.cookies["sessionid"] = planted
    assert login(client).status_code == 302
    now_key = client.cookies["sessionid"].value
    assert now_key != planted
    assert not Session.objects.filter(session_key=digest(planted)).exists()
    assert Session.objects.filter(session_key=digest(now_key), user_id=ada.pk).exists()


def test_sign_in_is_throttled_after_five_failures(ada, client):
    for _ in range(5):
        failed = login(client, password="wrong-password-000")
        assert failed.status_code == 200 and "_auth_user_id" not in client.session
    throttled = login(client)  # the right password, too late
    assert "_auth_user_id" not in client.session
    assert throttled.status_code in (200, 429)
    assert "Too many failed login attempts" in throttled.content.decode()
    # Another address from elsewhere is not held back by ada's failures.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert login(other, "nobody@uni.example", "x").status_code == 200


def test_an_address_not_yet_verified_cannot_sign_in(invite, client):
    from allauth.account.models import EmailAddress

    from afterview.office.join import accept

    token, _ = invite()
    user = accept(token, name="Ada", password=PASSWORD, now=NOW)
    EmailAddress.objects.filter(user=user).update(verified=False)
    response = login(client)
    assert "_auth_user_id" not in client.session
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    assert len(mail.outbox) == 1  # allauth sent the confirmation


def test_a_reset_link_works_once(ada, client):
    asked = client.post("/accounts/password/reset/", {"email": ADA})
    assert asked.status_code == 302
    (message,) = mail.outbox
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", message.body).group(1)
    opened = client.get(link)
    assert opened.status_code == 302  # to the form, the key kept in the session
    form_url = opened["Location"]
    changed = client.post(form_url, {"password1": "a-brand-new-phrase-7", "password2": "a-brand-new-phrase-7"})
    assert changed.status_code == 302
    ada.refresh_from_db()
    assert ada.check_password("a-brand-new-phrase-7")
    again = Client().get(link, follow=True)
    assert "Bad Token" in again.content.decode() or "invalid" in again.content.decode().lower()
    second = Client()
    second.get(link)
    second.post(form_url, {"password1": "attacker-phrase-99x", "password2": "attacker-phrase-99x"})
    ada.refresh_from_db()
    assert ada.check_password("a-brand-new-phrase-7")


@pytest.mark.parametrize(
    "path, data",
    [
        ("/accounts/login/", {"login": ADA, "password": PASSWORD}),
        ("/accounts/password/reset/", {"email": ADA}),
    ],
)
def test_csrf_is_enforced_on_sign_in_and_reset(ada, path, data):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(path, data).status_code == 403
    assert "_auth_user_id" not in strict.session
    assert mail.outbox == []


def test_csrf_is_enforced_on_the_join_page(invite):
    from django.contrib.auth import get_user_model

    token, _ = invite()
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"/office/join/{token}", {"name": "Ada", "password": PASSWORD, "password_again": PASSWORD}).status_code == 403
    assert not get_user_model().objects.filter(username=ADA).exists()


def test_totp_is_asked_for_once_a_student_turns_it_on(ada, client):
    from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value, yield_hotp_counters_from_time

    secret = generate_totp_secret()
    TOTP.activate(ada, secret)
    started = login(client)
    assert started.status_code == 302 and started["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    finished = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert finished.status_code == 302
    assert client.session["_auth_user_id"] == str(ada.pk)


# -- single sign-on ------------------------------------------------------------------------


def test_the_provider_signs_an_invited_student_up_once(provider, invite, client):
    from django.contrib.auth import get_user_model

    from afterview.office.models import Invitation

    _, invitation = invite()
    page = client.get("/accounts/login/").content.decode()
    assert "Sign in with Example University" in page
    done = sso_round_trip(client)
    assert done.status_code == 302, done.content[:500]
    user = get_user_model().objects.get(email=ADA)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.member.cohort.name == "Law 2027" and user.profile.display_name == "Ada Okafor"
    assert not user.has_usable_password()
    assert Invitation.objects.get(pk=invitation.pk).accepted_at == NOW
    assert "/token" in provider.requests and "/userinfo" in provider.requests
    # The next time, the same person is found by their provider account.
    again = Client()
    assert sso_round_trip(again).status_code == 302
    assert again.session["_auth_user_id"] == str(user.pk)
    assert get_user_model().objects.filter(email=ADA).count() == 1


def test_the_provider_finds_an_account_made_with_a_password(provider, ada, client):
    done = sso_round_trip(client)
    assert done.status_code == 302
    assert client.session["_auth_user_id"] == str(ada.pk)


def test_the_provider_cannot_sign_up_an_uninvited_address(provider, client):
    from django.contrib.auth import get_user_model

    provider.person = {"sub": "m-1", "email": "mallory@uni.example", "email_verified": True, "name": "Mallory"}
    refused = sso_round_trip(client)
    assert refused.status_code == 403
    assert "no account here and no open invitation" in refused.content.decode()
    assert not get_user_model().objects.filter(email="mallory@uni.example").exists()
    assert "_auth_user_id" not in client.session


def test_an_unverified_address_from_the_provider_is_refused(provider, invite, client):
    from django.contrib.auth import get_user_model

    invite()
    provider.person = {**provider.person, "email_verified": False}
    refused = sso_round_trip(client)
    assert refused.status_code == 403
    assert not get_user_model().objects.filter(email=ADA).exists()


def test_the_id_token_is_signed_with_the_published_key(provider):
    from joserfc import jwt
    from joserfc.jwk import KeySet

    token = provider.id_token(provider.person, nonce="n")
    keys = KeySet.import_key_set(requests.get(provider.issuer + "/jwks", timeout=5).json())
    decoded = jwt.decode(token, keys, algorithms=["RS256"])
    assert decoded.header["alg"] == "RS256" and decoded.claims["email"] == ADA


def test_the_sso_page_is_for_office_admins(the_office, invite, client):
    from afterview.office.accounts import sso
    from afterview.office.join import accept
    from afterview.office.models import Role

    token, _ = invite("admin@uni.example", role=Role.ADMIN, name="Office Admin")
    accept(token, name="Office Admin", password=PASSWORD, now=NOW)
    student_token, _ = invite()
    accept(student_token, name="Ada", password=PASSWORD, now=NOW)
    login(client)
    assert client.get("/office/sso/").status_code == 404
    admin = Client()
    login(admin, "admin@uni.example")
    assert "Off:" in admin.get("/office/sso/").content.decode()
    with OidcServer() as server:
        saved = admin.post("/office/sso/", {"name": "Example University", "issuer": server.issuer + "/", "client_id": "c1", "client_secret": "s1"})
        assert saved.status_code == 302
    assert sso().issuer == server.issuer and sso().client_id == "c1"
    wrong = admin.post("/office/sso/", {"name": "X", "issuer": "http://login.example.edu", "client_id": "c", "client_secret": "s"})
    assert wrong.status_code == 400 and "must use https" in wrong.content.decode()
    assert admin.post("/office/sso/", {"off": "1"}).status_code == 302
    assert sso() is None


@given(st.text(max_size=120))
def test_an_issuer_is_a_url_or_one_line_of_invalid_input(text):
    from afterview.office.accounts import parse_issuer

    try:
        value = parse_issuer(text)
    except InvalidInput as e:
        assert "\n" not in str(e)
    else:
        assert value.startswith(("https://", "http://")) and not value.endswith("/")


@pytest.mark.parametrize(
    "text, issuer",
    [
        ("https://login.example.edu/", "https://login.example.edu"),
        ("https://login.example.edu/realms/s/.well-known/openid-configuration", "https://login.example.edu/realms/s"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ],
)
def test_an_issuer_is_cut_to_its_address(text, issuer):
    from afterview.office.accounts import parse_issuer

    assert parse_issuer(text) == issuer


# -- the laptop, unchanged -------------------------------------------------------------------


def test_a_laptop_has_no_accounts_pages(db, client):
    assert client.get("/accounts/login/").status_code == 404
    assert client.get("/accounts/signup/").status_code == 404
    page = client.get("/login/")
    assert page.status_code == 200 and "afterview link" in page.content.decode()


def test_an_office_makes_no_local_candidate_for_a_link(the_office):
    from afterview.records.models import Profile
    from afterview.web.server import fresh_link

    assert fresh_link("http://127.0.0.1:8000") == "http://127.0.0.1:8000/login/"
    assert not Profile.objects.filter(is_local=True).exists()


def test_an_office_keeps_the_link_for_a_local_candidate_it_already_had(the_office, alice, client):
    from afterview.web.server import fresh_link

    link = fresh_link("http://testserver")
    assert "/signin/" in link
    assert client.get(link.removeprefix("http://testserver")).status_code == 302
    assert client.get("/").status_code == 200


def test_a_student_finds_their_password_and_two_factor_in_settings(ada, client):
    login(client)
    page = client.get("/settings/").content.decode()
    assert "/accounts/2fa/" in page and "/accounts/password/change/" in page


def test_a_laptops_settings_have_no_account_section(as_laptop):
    assert "Two-factor" not in as_laptop.get("/settings/").content.decode()


@pytest.fixture
def as_laptop(alice, client):
    client.force_login(alice)
    return client


def test_a_reset_mail_that_cannot_leave_is_no_error_page(ada, client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    asked = client.post("/accounts/password/reset/", {"email": ADA})
    assert asked.status_code == 302


def test_allauths_sign_up_is_open_only_to_a_request_carrying_an_open_invitation(invite, rf):
    from django.contrib.sessions.backends.base import SessionBase

    from afterview.office.adapter import JOIN_INVITATION, AccountAdapter
    from afterview.office.models import Invitation

    _, invitation = invite()
    request = rf.get("/")
    request.session = SessionBase()
    assert not AccountAdapter(request).is_open_for_signup(request)
    request.session[JOIN_INVITATION] = invitation.pk
    assert AccountAdapter(request).is_open_for_signup(request)
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=NOW)
    assert not AccountAdapter(request).is_open_for_signup(request)


def test_the_join_page_keeps_no_token_in_the_session(invite, client):
    from afterview.web.models import Session
    from afterview.web.sessions import SessionStore

    token, _ = invite()
    client.get(f"/office/join/{token}")
    (row,) = Session.objects.all()
    data = SessionStore().decode(row.session_data)
    assert data and token not in repr(data)


@given(st.text(max_size=300))
def test_a_name_is_cleaned_or_one_line_of_invalid_input(text):
    from afterview.office.join import clean_name

    try:
        name = clean_name(text)
    except InvalidInput as e:
        assert "\n" not in str(e)
    else:
        assert name == name.strip() and 0 < len(name) <= 200


def test_allauths_other_pages_wear_the_house_layout(ada, client):
    assert 'class="top"' in client.get("/accounts/password/reset/").content.decode()
    login(client)
    for path in ("/accounts/2fa/", "/accounts/password/change/"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert 'class="top"' in page.content.decode() and 'href="/settings/"' in page.content.decode(), path
