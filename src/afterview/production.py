"""Settings for an office deployment: DJANGO_SETTINGS_MODULE=afterview.production.

Everything of `afterview.settings` (the laptop's, unchanged), and on top:
PostgreSQL from DATABASE_URL (required), the public host names, running behind
a reverse proxy that terminates TLS, secure cookies, office mail through the
office's SMTP relay, and JSON log lines with a request id. The environment is
read first, by `deploy_env.read()`: a missing or malformed variable stops the
process with one line that names it (docs/deployment.md lists them all).
"""

from afterview import deploy_env as _deploy_env
from afterview import logs as _logs

_deployment = _deploy_env.read()

from afterview.settings import *  # noqa: E402,F403
from afterview.settings import MIDDLEWARE as _MIDDLEWARE  # noqa: E402

DATABASES = {"default": _deployment.database}

ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *_deployment.allowed_hosts]
CSRF_TRUSTED_ORIGINS = _deployment.csrf_trusted_origins
if _deployment.trust_proxy:
    # The proxy says whether the browser used https; granian listens only where
    # the proxy alone can reach it (docs/deployment.md).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# The request id first, so every later middleware's log lines carry it.
MIDDLEWARE = ["afterview.logs.RequestIdMiddleware", *_MIDDLEWARE]
LOGGING = _logs.config(_deployment.log_level)
#: seconds between the worker's counts of the dashboard's figures (office/snapshots.py)
AFTERVIEW_DASHBOARD_REFRESH = _deployment.dashboard_refresh

#: office mail (afterview.office_mail) goes through the relay only when one is configured
AFTERVIEW_OFFICE_MAIL = _deployment.mail is not None
if _deployment.mail is not None:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _deployment.mail.host
    EMAIL_PORT = _deployment.mail.port
    EMAIL_HOST_USER = _deployment.mail.user
    EMAIL_HOST_PASSWORD = _deployment.mail.password
    EMAIL_USE_TLS = _deployment.mail.use_tls
    EMAIL_USE_SSL = _deployment.mail.use_ssl
    EMAIL_TIMEOUT = 30
    DEFAULT_FROM_EMAIL = SERVER_EMAIL = _deployment.mail.sender
