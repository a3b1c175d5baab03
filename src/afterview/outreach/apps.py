from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "afterview.outreach"
    verbose_name = "Outreach"
