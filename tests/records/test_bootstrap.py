from afterview.records import bootstrap
from tests.processes import afterview_argv


def test_it_knows_the_migrations_of_every_afterview_app():
    apps = {app for app, _ in bootstrap._migration_names()}
    assert apps == {"records", "outreach", "web", "reminders", "api", "office"}


def test_a_home_made_before_a_new_migration_gets_it(tmp_path):
    import os
    import sqlite3
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["AFTERVIEW_HOME"] = str(tmp_path)
    subprocess.run(afterview_argv("init"), env=env, check=True, capture_output=True)
    db = sqlite3.connect(tmp_path / "afterview.sqlite3")
    db.execute("DELETE FROM django_migrations WHERE app = 'web'")
    db.execute("DROP TABLE web_snooze")
    db.execute("DROP TABLE web_signintoken")
    db.execute("DROP TABLE web_session")
    db.commit()
    subprocess.run(afterview_argv("list"), env=env, check=True, capture_output=True)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "web_snooze" in tables


def _schema(home) -> tuple[set, set, set]:
    """The tables, content types and permissions of the home's database."""
    import sqlite3

    db = sqlite3.connect(home / "afterview.sqlite3")
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        types = set(db.execute("SELECT app_label, model FROM django_content_type"))
        permissions = {row[0] for row in db.execute("SELECT codename FROM auth_permission")}
    finally:
        db.close()
    return tables, types, permissions


def _home_env(home) -> dict:
    import os

    from afterview import keys

    keys.create(home)
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "AFTERVIEW_NOW")}
    env["AFTERVIEW_HOME"] = str(home)
    return env


def test_a_home_has_the_same_tables_whichever_program_made_it(tmp_path):
    """Commands leave the web-only apps out (the admin has tables), but the one that
    creates a home migrates with every app, as the web server's processes do."""
    import subprocess
    import sys

    by_server = tmp_path / "server"
    every_app = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'afterview.settings'; import django; django.setup(); "
        "from django.core.management import call_command; call_command('migrate', verbosity=0)"
    )
    made = subprocess.run([sys.executable, "-c", every_app], env=_home_env(by_server), capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    expected = _schema(by_server)
    assert "django_admin_log" in expected[0]
    for command in (["list"], ["interview", "add", "--company", "Acme", "--role", "Analyst", "--at", "2026-12-03 10:00",
                                "--until", "2026-12-03 11:00", "--tz", "UTC", "--interviewer", "Ann Lee <ann@acme.example>"]):  # fmt: skip
        home = tmp_path / command[0]
        made = subprocess.run(afterview_argv(*command), env=_home_env(home), capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
        assert _schema(home) == expected, command


def test_a_command_on_a_made_home_loads_no_web_only_app(tmp_path):
    import subprocess
    import sys

    env = _home_env(tmp_path)
    subprocess.run(afterview_argv("list"), env=env, check=True, capture_output=True)
    code = (
        "import sys; from afterview.cli._boot import setup_django; setup_django(); "
        "from django.apps import apps; print(sorted(a.name for a in apps.get_app_configs())); "
        # (allauth's account adapter, loaded with its models, imports the messages API: 1 ms, no app)
        "print(sorted(m for m in sys.modules if m.startswith(('django.contrib.admin', 'django.contrib.messages.middleware', 'django.contrib.messages.storage.cookie', 'django.contrib.messages.storage.session', 'django_htmx'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True)
    apps, modules = done.stdout.splitlines()
    assert "django.contrib.admin" not in apps and "django.contrib.messages" not in apps and "afterview.records" in apps, apps
    assert modules == "[]", modules
