"""The Django project. Every value comes from `afterview.env`; nothing is created here."""

from __future__ import annotations

import dj_database_url

from afterview import env, keys

HOME = env.home()

# Read, never made here: without both keys the process refuses to start (keys.py).
SECRET_KEY = keys.secret_key()
keys.mail_key()

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"] + env.allowed_hosts()

#: Apps only the web server uses (pages, their messages and files, the admin): a
#: command that reads or writes records leaves them out (cli/_boot.py), as importing
#: them costs it more than its own work. Only the admin has tables, and a command
#: that migrates keeps every app, so a home has the same tables whoever made it.
WEB_ONLY_APPS = [
    "django.contrib.admin.apps.SimpleAdminConfig",  # admin modules load with the URLs
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
]

INSTALLED_APPS = [
    WEB_ONLY_APPS[0],
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    *WEB_ONLY_APPS[1:],
    "afterview.records",
    "afterview.outreach",
    "afterview.web",
    "afterview.reminders",
    "afterview.api",
    "afterview.office",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "afterview.urls"
WSGI_APPLICATION = "afterview.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_url = env.database_url()
if _url:
    DATABASES = {"default": dj_database_url.parse(_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(HOME / "afterview.sqlite3"),
            "OPTIONS": {
                # WAL lets the web server read while the worker writes; IMMEDIATE
                # takes the write lock up front so two writers queue instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": env.db_timeout(),
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_PASSWORD_VALIDATORS = []
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True
STATIC_URL = "static/"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:agenda"
# Only a digest of each session key is stored; a session ends 14 days after its last use.
SESSION_ENGINE = "afterview.web.sessions"
SESSION_COOKIE_AGE = 14 * 24 * 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
