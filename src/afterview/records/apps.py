from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "afterview.records"
    verbose_name = "Records"
