"""The deployment's files, read as a container runtime and systemd would read them
(no runtime runs here): compose.yaml's services, health checks, order, secrets and
volumes; the Caddyfile; the Dockerfile; the systemd units."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import pytest
import yaml

from afterview import deploy_env

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def test_it_brings_up_postgres_migrate_web_worker_and_caddy(compose):
    assert set(compose["services"]) == {"db", "migrate", "web", "worker", "caddy"}
    assert compose["services"]["db"]["image"].startswith("postgres:")
    assert compose["services"]["caddy"]["image"].startswith("caddy:")
    for name in ("migrate", "web", "worker"):
        assert compose["services"][name]["build"] == "."


def test_the_services_start_in_order(compose):
    services = compose["services"]
    assert services["migrate"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    for name in ("web", "worker"):
        assert services[name]["depends_on"] == {"migrate": {"condition": "service_completed_successfully"}}
    assert services["caddy"]["depends_on"] == {"web": {"condition": "service_healthy"}}
    assert services["migrate"]["restart"] == "no"


def test_every_long_running_service_has_a_health_check(compose):
    services = compose["services"]
    for name in ("db", "web", "worker"):
        assert services[name]["healthcheck"]["test"], name
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert "/healthz/web" in " ".join(services["web"]["healthcheck"]["test"])
    assert services["worker"]["healthcheck"]["test"] == ["CMD", "afterview", "health"]


def test_the_commands_are_afterview_commands_that_exist(compose):
    from tests.processes import command_path, command_tree

    services = compose["services"]
    assert services["migrate"]["command"] == ["afterview", "migrate"]
    web = services["web"]["command"]
    assert web[:2] == ["afterview", "web"] and "--workers" in web and int(web[web.index("--workers") + 1]) > 1
    assert services["worker"]["command"][:2] == ["afterview", "worker"]
    for name in ("migrate", "web", "worker"):
        assert command_path(services[name]["command"][1:]) in command_tree()


def test_every_afterview_process_gets_production_settings_and_secrets_from_files(compose):
    secrets = compose["secrets"]
    assert {name: spec["file"] for name, spec in secrets.items()} == {
        "db_password": "./secrets/db_password",
        "secret_key": "./secrets/secret.key",
        "mail_key": "./secrets/mail.key",
    }
    known = {v.name for v in deploy_env.VARIABLES} | set(deploy_env.REQUIRED) | {
        "AFTERVIEW_HOME", "AFTERVIEW_SECRET_KEY_FILE", "AFTERVIEW_MAIL_KEY_FILE",
    }  # fmt: skip
    for name in ("migrate", "web", "worker"):
        service = compose["services"][name]
        env = service["environment"]
        assert set(env) <= known, set(env) - known
        assert env["DJANGO_SETTINGS_MODULE"] == "afterview.production"
        assert env["DATABASE_URL"] == "postgres://afterview@db:5432/afterview"  # no password in it
        assert env["AFTERVIEW_SECRET_KEY_FILE"] == "/run/secrets/secret_key"
        assert env["AFTERVIEW_MAIL_KEY_FILE"] == "/run/secrets/mail_key"
        assert env["AFTERVIEW_DATABASE_PASSWORD_FILE"] == "/run/secrets/db_password"
        assert "AFTERVIEW_SECRET_KEY" not in env
        assert set(service["secrets"]) == set(secrets)
        assert "home:/var/lib/afterview" in service["volumes"]
    db = compose["services"]["db"]
    assert db["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/db_password"
    assert "pgdata:/var/lib/postgresql/data" in db["volumes"]
    assert set(compose["volumes"]) == {"pgdata", "home", "caddy_data", "caddy_config"}


def test_the_public_host_must_be_given(compose):
    for name in ("web", "caddy"):
        env = compose["services"][name]["environment"]
        assert env["AFTERVIEW_ALLOWED_HOSTS" if name == "web" else "AFTERVIEW_HOST"].startswith("${AFTERVIEW_HOST:?")


def test_only_caddy_is_published(compose):
    published = {name for name, service in compose["services"].items() if "ports" in service}
    assert published == {"caddy"}
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in compose["services"]["caddy"]["volumes"]


def caddy_blocks(text: str) -> dict[str, str]:
    """Top-level site blocks of a Caddyfile: address -> body (braces balanced)."""
    blocks, depth, name, body = {}, 0, None, []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if depth == 0 and line.endswith("{"):
            name, body = line[:-1].strip(), []
        elif depth > 0:
            body.append(line)
        depth += line.count("{") - line.count("}")
        assert depth >= 0, raw
        if depth == 0 and name is not None:
            blocks[name] = "\n".join(body[:-1])
            name = None
    assert depth == 0
    return blocks


@pytest.mark.parametrize("path, upstream", [("deploy/Caddyfile", "name web"), ("deploy/systemd/Caddyfile", "reverse_proxy 127.0.0.1:8000")])
def test_caddy_proxies_to_the_web_with_a_request_id_and_buffered_bodies(path, upstream):
    blocks = caddy_blocks((ROOT / path).read_text(encoding="utf-8"))
    [(site, body)] = blocks.items()
    assert site in ("{$AFTERVIEW_HOST}", "careers.example.edu")
    assert upstream in body
    assert "header_up X-Request-ID {http.request.uuid}" in body
    assert re.search(r"request_buffers \d+MiB", body)
    assert "Strict-Transport-Security" in body


def test_the_image_runs_as_its_own_user_with_production_settings():
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.1[1-9]", text, re.M)
    assert "DJANGO_SETTINGS_MODULE=afterview.production" in text
    assert "pip install '.[postgres]'" in text
    assert re.search(r"^USER afterview$", text, re.M)
    assert '"afterview", "web"' in text
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert "secrets" in ignored and ".venv" in ignored


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "deploy" / "systemd" / name, encoding="utf-8")
    return parser


@pytest.mark.parametrize("name", ["afterview-migrate.service", "afterview-web.service", "afterview-worker@.service"])
def test_the_systemd_units_run_afterview_as_its_user_with_credentials(name):
    from tests.processes import command_path, command_tree

    service = unit(name)["Service"]
    assert service["User"] == "afterview"
    assert service["EnvironmentFile"] == "/etc/afterview/afterview.env"
    command = service["ExecStart"].split()
    assert command[0].endswith("/bin/afterview")
    assert command_path(command[1:]) in command_tree()
    assert "%d/secret.key" in service["Environment"] and "%d/mail.key" in service["Environment"]
    if name != "afterview-migrate.service":
        assert unit(name)["Unit"]["Requires"] == "afterview-migrate.service"
        assert service["Restart"] == "on-failure"


def test_the_environment_file_selects_production_settings():
    lines = dict(
        line.split("=", 1)
        for line in (ROOT / "deploy" / "systemd" / "afterview.env").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert lines["DJANGO_SETTINGS_MODULE"] == "afterview.production"
    deploy_env.read(lines)  # a valid deployment as it stands
