from django.contrib import admin
from django.urls import include, path

# SimpleAdminConfig leaves discovery to the web app, so commands start faster.
admin.autodiscover()

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("afterview.web.urls")),
]
