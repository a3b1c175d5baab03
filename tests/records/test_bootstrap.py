from afterview.records import bootstrap
from tests.processes import afterview_argv


def test_it_knows_the_migrations_of_every_afterview_app():
    apps = {app for app, _ in bootstrap._migration_names()}
    assert apps == {"records", "outreach", "web", "reminders", "api"}


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
