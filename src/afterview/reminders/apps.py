from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "afterview.reminders"
    verbose_name = "Reminders"
