"""Settings → API tokens: the same create/list/revoke as `afterview token`, for the browser."""

from __future__ import annotations

from django.shortcuts import render

from afterview.api import tokens
from afterview.core.errors import AfterviewError
from afterview.web.views import candidate_view


@candidate_view
def tokens_page(request):
    created = None
    problem = ""
    if request.method == "POST":
        try:
            if "create" in request.POST:
                created = tokens.create_token(
                    request.candidate,
                    request.POST.get("name", ""),
                    read_only=bool(request.POST.get("read_only")),
                    now=request.now,
                )
            elif "revoke" in request.POST:
                tokens.revoke_token(request.candidate, request.POST.get("revoke", ""), now=request.now)
        except AfterviewError as e:
            problem = str(e)
    context = {"tokens": tokens.tokens_of(request.candidate), "created": created, "problem": problem}
    return render(request, "api/tokens.html", context, status=400 if problem else 200)
