from django import template

from afterview.core.timing import time_text

register = template.Library()


@register.simple_tag
def when(at, zone="UTC"):
    """'Fri 4 Dec, 09:00' in `zone` (blank for no time)."""
    return time_text(at, zone or "UTC") if at else ""
