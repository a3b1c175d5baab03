from django.apps import AppConfig


class OfficeConfig(AppConfig):
    name = "afterview.office"
    label = "office"
    verbose_name = "career office"
    default_auto_field = "django.db.models.BigAutoField"
