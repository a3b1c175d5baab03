"""The dashboard's URLs, mounted by office/urls.py under /office/."""

from django.urls import path

from afterview.office import dashboard_views as views

urlpatterns = [
    path("dashboard/", views.dashboard_page, name="dashboard"),
    path("dashboard/<slug:table>.csv", views.dashboard_csv, name="dashboard_csv"),
    path("dashboard/nudge/<int:member_id>/", views.nudge_student, name="nudge"),
    path("dashboard/deactivate/", views.deactivate_student, name="deactivate"),
]
