from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "afterview.api"
    label = "api"
    verbose_name = "API"
