"""The agenda's undo button (see step_undo)."""

from __future__ import annotations

from django.contrib import messages
from django.urls import reverse
from django.views.decorators.http import require_POST

from afterview.core.errors import InvalidInput
from afterview.web import step_undo
from afterview.web.views import _after_action, candidate_view


@require_POST
@candidate_view
def action_undo(request):
    what = request.POST.get("what", "")
    try:
        pk = int(request.POST.get("id", ""))
    except ValueError:
        pk = 0
    try:
        step_undo.take(request.session, what, pk, request.now)
        step_undo.undo(request.candidate, what, pk)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        messages.success(request, "Undone: the step is back on the agenda." if what == step_undo.DONE else "Undone: no longer snoozed.")
    return _after_action(request, reverse("web:agenda"))
