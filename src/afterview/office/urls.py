"""The office's pages, under /office/. Each part of the office keeps its own URL module."""

from django.urls import include, path

app_name = "office"

urlpatterns: list = [
    path("", include("afterview.office.admin_urls")),
    path("", include("afterview.office.adviser_urls")),
    path("", include("afterview.office.dashboard_urls")),
    path("", include("afterview.office.accounts_urls")),
]
