"""Separate processes against one database: the real `afterview worker` program,
started, raced and killed the way it runs in production.

A `World` is an AFTERVIEW_HOME with its own database — a SQLite file there, or
a fresh PostgreSQL database cloned from a migrated template — so any number of
worker processes share it. The bench uses the same harness.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from datetime import datetime
from pathlib import Path
from tests.processes import afterview_argv

from afterview import keys

ROOT = Path(__file__).resolve().parents[2]


def _base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "AFTERVIEW_NOW", "DJANGO_SETTINGS_MODULE")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    return env


def _pg_admin(url: str):
    import psycopg

    base = url.rsplit("/", 1)[0]
    return psycopg.connect(f"{base}/postgres", autocommit=True)


class Template:
    """A migrated, empty database to clone worlds from (migrating costs seconds, cloning little)."""

    def __init__(self, postgres_url: str | None):
        self.postgres_url = postgres_url
        self.home = Path(tempfile.mkdtemp(prefix="afterview-world-template-"))
        self.name = f"afterview_tpl_{uuid.uuid4().hex[:10]}"
        env = _base_env()
        env["AFTERVIEW_HOME"] = str(self.home)
        # As a deployment does: the keys are provided, never made by its processes.
        keys.create(self.home)
        if postgres_url:
            with _pg_admin(postgres_url) as admin:
                admin.execute(f'CREATE DATABASE "{self.name}"')
            env["DATABASE_URL"] = f"{postgres_url.rsplit('/', 1)[0]}/{self.name}"
        code = "from afterview.cli._boot import setup_django; setup_django()"
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise RuntimeError(f"migrating the template failed:\n{done.stderr}")

    def clone(self, home: Path) -> str | None:
        """Give `home` a database of its own; returns its DATABASE_URL (None: SQLite in home)."""
        home.mkdir(parents=True, exist_ok=True)
        for name in (keys.SECRET_FILE, keys.MAIL_FILE):
            shutil.copy2(self.home / name, home / name)
        if not self.postgres_url:
            shutil.copyfile(self.home / "afterview.sqlite3", home / "afterview.sqlite3")
            return None
        name = f"afterview_world_{uuid.uuid4().hex[:10]}"
        with _pg_admin(self.postgres_url) as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        return f"{self.postgres_url.rsplit('/', 1)[0]}/{name}"

    def drop(self, url: str | None) -> None:
        if url and self.postgres_url:
            name = url.rsplit("/", 1)[1]
            with _pg_admin(self.postgres_url) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self.postgres_url:
            with _pg_admin(self.postgres_url) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        shutil.rmtree(self.home, ignore_errors=True)


class World:
    """One AFTERVIEW_HOME and database, and the processes that run against it."""

    def __init__(self, template: Template, home: Path, now: datetime):
        self.template = template
        self.home = home
        self.url = template.clone(home)
        self.now = now
        self.processes: list[subprocess.Popen] = []

    def env(self, now: datetime | None = None) -> dict[str, str]:
        env = _base_env()
        env["AFTERVIEW_HOME"] = str(self.home)
        env["AFTERVIEW_NOW"] = (now or self.now).isoformat()
        if self.url:
            env["DATABASE_URL"] = self.url
        return env

    def afterview(self, *args: str, now: datetime | None = None, input: str | None = None, timeout: float = 120):
        return subprocess.run(
            afterview_argv(*args),
            env=self.env(now),
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
        )

    def worker(self, *args: str, now: datetime | None = None) -> subprocess.Popen:
        process = subprocess.Popen(
            afterview_argv("worker", *args),
            env=self.env(now),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.processes.append(process)
        return process

    def seed(self, count: int, smtp_port: int, imap: dict | None = None) -> None:
        """`count` thank-you notes due now, each to its own organization."""
        args = ["--count", str(count), "--smtp-port", str(smtp_port)]
        if imap:
            args += ["--imap", json.dumps(imap)]
        done = subprocess.run(
            [sys.executable, "-m", "tests.outreach.seed", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise RuntimeError(f"seeding failed:\n{done.stderr}")

    def outbox(self) -> list[dict]:
        done = self.afterview("outbox", "--json")
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        return json.loads(done.stdout)

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        self.template.drop(self.url)
