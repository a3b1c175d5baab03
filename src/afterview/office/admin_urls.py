"""The office admin's pages, under /office/admin/."""

from django.urls import path

from afterview.office import admin_views as v

urlpatterns = [
    path("admin/", v.cohorts, name="admin_home"),
    path("admin/cohorts/", v.cohorts, name="admin_cohorts"),
    path("admin/invite/", v.invite_one, name="admin_invite"),
    path("admin/invite/csv/", v.invite_csv, name="admin_invite_csv"),
    path("admin/invitations/", v.invitations, name="admin_invitations"),
    path("admin/invitations/<int:invitation_id>/resend/", v.resend, name="admin_resend"),
    path("admin/invitations/<int:invitation_id>/revoke/", v.revoke, name="admin_revoke"),
    path("admin/defaults/", v.defaults, name="admin_defaults"),
]
