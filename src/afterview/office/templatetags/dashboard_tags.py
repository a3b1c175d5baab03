"""The dashboard's formats for templates; they live in office/dashboard_present.py."""

from django import template

from afterview.office import dashboard_present

register = template.Library()
register.filter("percent", dashboard_present.percent)
register.filter("hours", dashboard_present.hours)
register.filter("utc_time", dashboard_present.utc_time)


@register.filter
def outcome(row, kind):
    return row.outcomes.get(kind, 0)
