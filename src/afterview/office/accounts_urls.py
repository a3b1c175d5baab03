"""The office's sign-in pages: its home, joining by invitation, single sign-on."""

from django.urls import path

from afterview.office import accounts_views, join_views

urlpatterns = [
    path("", accounts_views.home, name="home"),
    path("join/<str:token>", join_views.join_page, name="join"),
    path("sso/", accounts_views.sso_page, name="sso"),
]
