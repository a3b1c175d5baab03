"""The laptop's settings with an office relay on a loopback port (TEST_RELAY_PORT),
for real `afterview office` processes that send invitations into an aiosmtpd sink."""

import os

from afterview.settings import *  # noqa: F403

AFTERVIEW_OFFICE_MAIL = True
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_RELAY_PORT"])
DEFAULT_FROM_EMAIL = "Career Office <careers@example.edu>"
