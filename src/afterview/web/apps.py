from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "afterview.web"
    verbose_name = "Web"
