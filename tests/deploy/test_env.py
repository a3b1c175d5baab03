"""The deployment's environment: every bad value is one line naming the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview import deploy_env
from afterview.core.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2]
PG = "postgres://afterview@db.internal:5432/afterview"
GOOD = {"DATABASE_URL": PG, "AFTERVIEW_ALLOWED_HOSTS": "careers.example.edu"}


def test_it_reads_a_minimal_deployment():
    found = deploy_env.read(GOOD)
    assert found.database["ENGINE"] == "django.db.backends.postgresql"
    assert (found.database["HOST"], found.database["PORT"], found.database["NAME"]) == ("db.internal", 5432, "afterview")
    assert found.database["CONN_MAX_AGE"] == 60 and found.database["CONN_HEALTH_CHECKS"] is True
    assert found.allowed_hosts == ["careers.example.edu"]
    assert found.csrf_trusted_origins == ["https://careers.example.edu"]
    assert found.trust_proxy is True
    assert found.log_level == "INFO"
    assert found.mail is None


def test_it_reads_passwords_from_files(tmp_path):
    (tmp_path / "db").write_text("s3cret\n")
    (tmp_path / "smtp").write_text("relay-pass\n")
    found = deploy_env.read(
        {
            **GOOD,
            "AFTERVIEW_DATABASE_PASSWORD_FILE": str(tmp_path / "db"),
            "AFTERVIEW_SMTP_URL": "smtp+starttls://afterview%40example.edu@relay.example.edu",
            "AFTERVIEW_SMTP_PASSWORD_FILE": str(tmp_path / "smtp"),
            "AFTERVIEW_MAIL_FROM": "Career Office <careers@example.edu>",
            "AFTERVIEW_ALLOWED_HOSTS": "careers.example.edu, .example.edu",
            "AFTERVIEW_TRUST_PROXY": "no",
            "AFTERVIEW_DB_CONN_MAX_AGE": "0",
            "AFTERVIEW_LOG_LEVEL": "warning",
        }
    )
    assert found.database["PASSWORD"] == "s3cret"
    assert found.database["CONN_MAX_AGE"] == 0 and found.database["CONN_HEALTH_CHECKS"] is False
    assert found.csrf_trusted_origins == ["https://careers.example.edu", "https://*.example.edu"]
    assert found.trust_proxy is False
    assert found.log_level == "WARNING"
    mail = found.mail
    assert (mail.host, mail.port, mail.user, mail.password) == ("relay.example.edu", 587, "afterview@example.edu", "relay-pass")
    assert (mail.use_tls, mail.use_ssl, mail.sender) == (True, False, "Career Office <careers@example.edu>")


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"DATABASE_URL": ""}, "DATABASE_URL is not set; the deployment needs PostgreSQL"),
        ({"DATABASE_URL": "sqlite:///tmp/x.sqlite3"}, "DATABASE_URL (sqlite://…) is not a PostgreSQL URL"),
        ({"DATABASE_URL": "postgres://afterview@db.internal:5432/"}, "is not a PostgreSQL URL with a host and a database"),
        ({"DATABASE_URL": "postgres://afterview@db.internal:99999/x"}, "DATABASE_URL has a bad port"),
        ({"AFTERVIEW_ALLOWED_HOSTS": " , "}, "AFTERVIEW_ALLOWED_HOSTS is not set"),
        ({"AFTERVIEW_ALLOWED_HOSTS": "https://careers.example.edu"}, "AFTERVIEW_ALLOWED_HOSTS has 'https://careers.example.edu'"),
        ({"AFTERVIEW_ALLOWED_HOSTS": "careers.example.edu:443"}, "without https:// or a port"),
        ({"AFTERVIEW_CSRF_TRUSTED_ORIGINS": "careers.example.edu"}, "AFTERVIEW_CSRF_TRUSTED_ORIGINS has 'careers.example.edu'"),
        ({"AFTERVIEW_TRUST_PROXY": "maybe"}, "AFTERVIEW_TRUST_PROXY='maybe' is neither yes nor no"),
        ({"AFTERVIEW_DB_CONN_MAX_AGE": "-1"}, "AFTERVIEW_DB_CONN_MAX_AGE='-1' is not a whole number of seconds"),
        ({"AFTERVIEW_LOG_LEVEL": "chatty"}, "AFTERVIEW_LOG_LEVEL='CHATTY' is not a level"),
        ({"AFTERVIEW_DATABASE_PASSWORD_FILE": "/nonexistent/db"}, "AFTERVIEW_DATABASE_PASSWORD_FILE='/nonexistent/db' cannot be read"),
        ({"DATABASE_URL": "postgres://a:pw@db/x", "AFTERVIEW_DATABASE_PASSWORD_FILE": __file__}, "keep one of them"),
        ({"AFTERVIEW_SMTP_URL": "http://relay.example.edu"}, "AFTERVIEW_SMTP_URL is not an SMTP URL"),
        ({"AFTERVIEW_SMTP_URL": "smtp://relay.example.edu"}, "AFTERVIEW_MAIL_FROM is not set"),
        ({"AFTERVIEW_SMTP_URL": "smtp://relay.example.edu", "AFTERVIEW_MAIL_FROM": "Careers"}, "AFTERVIEW_MAIL_FROM='Careers' has no e-mail address"),
        ({"AFTERVIEW_SMTP_PASSWORD_FILE": __file__}, "AFTERVIEW_SMTP_PASSWORD_FILE is set but AFTERVIEW_SMTP_URL is not"),
    ],
)
def test_a_bad_variable_is_one_line_that_says_how_to_fix_it(changes, message):
    with pytest.raises(InvalidInput) as caught:
        deploy_env.read({**GOOD, **changes})
    text = str(caught.value)
    assert message in text
    assert "\n" not in text


def test_a_password_in_the_database_url_is_never_shown():
    with pytest.raises(InvalidInput) as caught:
        deploy_env.read({**GOOD, "DATABASE_URL": "mysql://afterview:hunter2@db/x"})
    assert "hunter2" not in str(caught.value)


NAMES = [v.name for v in deploy_env.VARIABLES if v.name != "DJANGO_SETTINGS_MODULE"] + list(deploy_env.REQUIRED)


@given(st.dictionaries(st.sampled_from(NAMES), st.text(max_size=40)))
def test_any_environment_gives_a_deployment_or_invalid_input(changes):
    changes.pop("AFTERVIEW_DATABASE_PASSWORD_FILE", None)  # a path: the file system is not fuzzed
    changes.pop("AFTERVIEW_SMTP_PASSWORD_FILE", None)
    try:
        found = deploy_env.read({**GOOD, **changes})
    except InvalidInput as e:
        assert "\n" not in str(e)
    else:
        assert found.allowed_hosts


def test_every_deployment_variable_is_documented():
    text = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for name in [v.name for v in deploy_env.VARIABLES] + list(deploy_env.REQUIRED):
        assert f"`{name}`" in text, f"{name} is missing from docs/deployment.md"
