"""Settings for the test suite: a throwaway home, and PostgreSQL when
AFTERVIEW_TEST_DATABASE_URL is set (CI runs the suite both ways)."""

import os
import tempfile

os.environ["AFTERVIEW_HOME"] = tempfile.mkdtemp(prefix="afterview-test-home-")
os.environ.pop("DATABASE_URL", None)
os.environ.pop("AFTERVIEW_NOW", None)
# The suite's clocks are pinned, so a note sent "now" leaves at once here; the undo
# window itself is tested with its default (tests/outreach/test_send_first.py).
os.environ["AFTERVIEW_UNDO_SECONDS"] = "0"

from afterview import keys  # noqa: E402

keys.create(keys.env.home())  # the suite's home, made as `afterview init` makes one

from afterview.settings import *  # noqa: E402,F403

_url = os.environ.get("AFTERVIEW_TEST_DATABASE_URL", "").strip()
if _url:
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(_url)}  # noqa: F405

ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]  # noqa: F405 (Django's test client's host)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
