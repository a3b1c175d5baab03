from django.urls import path

from afterview.web import views

app_name = "web"
urlpatterns = [
    path("", views.agenda, name="agenda"),
    path("login/", views.login, name="login"),
]
