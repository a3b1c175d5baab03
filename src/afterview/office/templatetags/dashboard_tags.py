"""The dashboard's formats for templates; they live in office/dashboard_present.py."""

from django import template

from afterview.core.timing import time_text
from afterview.office import dashboard_present

register = template.Library()
register.filter("percent", dashboard_present.percent)
register.filter("hours", dashboard_present.hours)


@register.filter
def utc_time(value):
    return time_text(value, "UTC") + " UTC" if value else ""


@register.filter
def outcome(row, kind):
    return row.outcomes.get(kind, 0)
