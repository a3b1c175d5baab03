"""The "Replies to review" page: what `mail sync` read, confirmed or corrected in one click."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from afterview.core.errors import InvalidInput
from afterview.core.replies import ReplyKind
from afterview.outreach import replies
from afterview.web import services
from afterview.web.views import candidate_view, page

#: The kinds a reading can be corrected to, in the order the menu lists them.
KINDS = [(k.value, k.value) for k in ReplyKind]


@require_GET
@candidate_view
def review(request):
    items = replies.pending_reviews(request.candidate)
    return page(request, "web/replies.html", "replies", items=items, kinds=KINDS)


@require_POST
@candidate_view
def confirm(request, inbound_id: int):
    kind = request.POST.get("kind") or None
    text = (request.POST.get("expect_on") or "").strip()
    try:
        on = date.fromisoformat(text) if text else None
        done = services.confirm_reply(request.candidate, inbound_id, now=request.now, kind=kind, expect_on=on)
    except (ValueError, InvalidInput) as e:
        messages.error(request, f"Not recorded: {e}" if isinstance(e, InvalidInput) else "Not recorded: give the date as YYYY-MM-DD.")
        return redirect("web:replies")
    messages.success(request, f"Recorded the {done.kind} from {done.from_address}.")
    return redirect("web:replies")


@require_POST
@candidate_view
def dismiss(request, inbound_id: int):
    done = replies.dismiss_review(request.candidate, inbound_id, now=request.now)
    messages.success(request, f"Kept the reply from {done.from_address} as a reply only.")
    return redirect("web:replies")
