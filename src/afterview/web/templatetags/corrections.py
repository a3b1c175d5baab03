"""The correction card of an application page and the undo banner (issue 12)."""

from django import template

register = template.Library()


@register.inclusion_tag("web/_undo_banner.html", takes_context=True)
def undo_banner(context):
    from afterview.web.editing import banner

    request = context.get("request")
    return {"change": banner(request) if request is not None else None, "request": request, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("web/_corrections.html", takes_context=True)
def corrections(context, app_id):
    from afterview.web.editing import rows_of

    request = context["request"]
    return {"rows": rows_of(request.candidate, app_id, request.zone), "csrf_token": context.get("csrf_token")}
