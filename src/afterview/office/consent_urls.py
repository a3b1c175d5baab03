"""The student's privacy pages, beside Settings and the data page (mounted at the site's root)."""

from django.urls import path

from afterview.office import consent_views

app_name = "privacy"

urlpatterns = [
    path("settings/consent", consent_views.consent, name="consent"),
    path("settings/audit/", consent_views.audit, name="audit"),
    path("settings/leave", consent_views.leave, name="leave"),
    path("data/export.zip", consent_views.export_zip, name="export_zip"),
]
