"""The correction card of an application page and the undo banner (issue 12)."""

from django import template

register = template.Library()


#: what web/_undo_banner.html renders when there is no change to undo (most pages)
_NO_BANNER = "\n"


@register.simple_tag(takes_context=True)
def undo_banner(context):
    """The undo banner of the request's latest change, rendered as an inclusion tag would;
    its template only when there is one (every page asks, and most have none)."""
    from afterview.web.editing import banner

    request = context.get("request")
    change = banner(request) if request is not None else None
    if change is None:
        return _NO_BANNER
    template = context.template.engine.get_template("web/_undo_banner.html")
    return template.render(context.new({"change": change, "request": request, "csrf_token": context.get("csrf_token")}))


@register.inclusion_tag("web/_corrections.html", takes_context=True)
def corrections(context, app_id):
    from afterview.web.editing import rows_of

    request = context["request"]
    return {"rows": rows_of(request.candidate, app_id, request.zone), "csrf_token": context.get("csrf_token")}
