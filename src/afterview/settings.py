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
    # An office's sign-in (docs/office.md); their tables reference users, so every
    # process that may delete a user loads them (not WEB_ONLY_APPS).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "afterview.office.accounts.SocialAccountConfig",  # allauth.socialaccount, its providers loaded on first use
    "allauth.socialaccount.providers.openid_connect",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "afterview.web.session_user.AuthenticationMiddleware",  # Django's, the user loaded with the session
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "afterview.office.accounts.OfficeOnlyAccounts",
    "allauth.account.middleware.AccountMiddleware",
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
                "afterview.office.accounts.page_nav",  # allauth's pages wear the house's header
                "afterview.office.nav.office_nav",  # advisers' and admins' header links
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
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True
STATIC_URL = "static/"
#: MiB of students' facts and plans each web process keeps between requests (web/plans.py)
AFTERVIEW_KEPT_FACTS_MB = env.kept_facts_mb()
#: seconds between `afterview worker`'s counts of the cohort dashboard's figures; a page
#: shows stored figures at most twice that old, 0: every page counts its own
#: (office/snapshots.py; an office deployment sets it with AFTERVIEW_DASHBOARD_REFRESH)
AFTERVIEW_DASHBOARD_REFRESH = 60

# -- signing in (docs/office.md) --------------------------------------------------------
# On a laptop the one-time link of web/signin.py signs the local candidate in. An
# office install (an Office row) signs people in with django-allauth: e-mail and
# password, optional TOTP, the office's OpenID Connect provider; sign-up only by
# invitation (office/adapter.py).
LOGIN_URL = "web:login"  # redirects to allauth's page in office mode
LOGIN_REDIRECT_URL = "web:agenda"  # advisers and admins go on to the office's home
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # checks older hashes, then upgrades them
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_ADAPTER = "afterview.office.adapter.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "afterview.office.adapter.SocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"  # holds the e-mail; never shown
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "afterview: "
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
PASSWORD_RESET_TIMEOUT = 2 * 3600  # a reset link works once, within two hours
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_SESSION_REMEMBER = True  # every session lasts its 14 days (no "remember me" box)
ACCOUNT_PRESERVE_USERNAME_CASING = False
# Throttling (allauth's own limits, kept in the cache below): five failed passwords
# for one address in five minutes, or ten a minute from one address, and it waits.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
}
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True  # an SSO login with a verified e-mail finds its account
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_AUTO_SIGNUP = True  # only ever open with an invitation (office/adapter.py)
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"  # the provider's verified e-mail is required instead
SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"OAUTH_PKCE_ENABLED": True}}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "afterview"
# The rate limits' counters must be shared by every web process (a local-memory cache
# is one per process): Django's database cache, in a table the office migrations make.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "afterview_cache",
    }
}
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
