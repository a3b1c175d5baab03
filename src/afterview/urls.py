from django.contrib import admin
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import include, path

from afterview import health
from afterview.api.pages import tokens_page
from afterview.office import join_views

# SimpleAdminConfig leaves discovery to the web app, so commands start faster.
admin.autodiscover()

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),  # no sign-in, no private data (health.py)
    path("healthz/web", health.healthz_web, name="healthz-web"),
    path("admin/", admin.site.urls),
    # A local app serves its own few files; `insecure` lets the finders do it with DEBUG off.
    path("static/<path:path>", serve_static, {"insecure": True}),
    path("api/v1/", include("afterview.api.urls")),
    path("settings/tokens/", tokens_page, name="api-tokens"),
    path("office/", include("afterview.office.urls")),
    path("", include("afterview.office.consent_urls")),  # a student's consent, audit log, leaving
    # allauth's pages (an office install only: office/accounts.py); its sign-up is the invitation link
    path("accounts/signup/", join_views.signup, name="account_signup"),
    path("accounts/", include("allauth.urls")),
    path("", include("afterview.web.urls")),
]
