"""Rendered pages kept between requests: a repeat of a page costs the session, the
inputs of its key and one lookup, not the page.

A view that keeps its page passes `keep` a key naming everything the page shows (read
from the database on each request, so several web processes each keep their own and
stay right) and asks `kept` for it first. Pages are kept per user: no key is ever
looked up for another user, so no one is shown another's page. What differs between two
requests of one user is never kept:

* the CSRF token: a kept body holds `TOKEN`, a placeholder made from the install's
  secret key and never shown, which each response replaces with its own request's token
  (Django's `get_token`, which also sets the cookie when the browser has none);
* flash messages (`live_only`): a request that has any is rendered afresh and its page
  not kept, and so is one that offers an undo (the views check theirs).

The store lives in `records.kept.PAGES`, so `records.kept.forget`, which every write
calls, drops the writer's pages with its kept facts. A page whose key alone says what
it shows (the dashboard's) may also be shared with the other web processes through
Django's cache (`shared=True`); the agenda is not, since its facts are kept per process.
"""

from __future__ import annotations

import random
import time as _time
from dataclasses import dataclass

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac

from afterview.records import kept
from afterview.records.kept import minute

__all__ = ["KEPT_USERS", "TOKEN", "clear", "keep", "kept_page", "live_only", "minute"]

#: users whose pages one process keeps (an agenda is about 15 KB, a dashboard about 50 KB)
KEPT_USERS = 2000
#: what a kept body holds where the request's CSRF token goes: the same in every process of
#: an install (a shared page is read by all of them), and unguessable without its secret key
TOKEN = "kept-csrf-" + salted_hmac("afterview.web.kept_pages", "the CSRF token's place").hexdigest()[:32]

_lock = kept.LOCK
_pages: dict[int, dict[str, _Page]] = kept.PAGES


@dataclass(frozen=True)
class _Page:
    key: tuple
    body: str
    content_type: str
    expires: float


def live_only(request) -> bool:
    """Whether the request carries flash messages: its page is rendered afresh, not kept."""
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0


def _served(request, page: _Page) -> HttpResponse:
    return HttpResponse(page.body.replace(TOKEN, get_token(request)), content_type=page.content_type)


def _shared_name(user_id: int, name: str) -> str:
    return f"afterview:kept-page:{user_id}:{name}"


def _remember(user_id: int, name: str, page: _Page) -> None:
    with _lock:
        pages = _pages.pop(user_id, None) or {}
        pages[name] = page
        _pages[user_id] = pages
        while len(_pages) > KEPT_USERS:
            del _pages[next(iter(_pages))]


def kept_page(request, name: str, key: tuple, *, shared: bool = False) -> HttpResponse | None:
    """The kept page `name` of the request's user, if it was kept under `key` and has not
    expired; None otherwise. With `shared`, a page this process lacks is looked up in
    Django's cache too (one query), where `keep(..., shared=True)` put it for every web
    process: only for a page whose key alone says what it shows."""
    user_id = request.user.pk
    with _lock:
        pages = _pages.get(user_id)
        page = pages.get(name) if pages else None
        if page is not None:
            _pages[user_id] = _pages.pop(user_id)  # the most recently used last
    if page is not None and page.key == key and _time.monotonic() < page.expires:
        return _served(request, page)
    if not shared:
        return None
    from django.core.cache import cache

    found = cache.get(_shared_name(user_id, name))
    if found is None or found[0] != key:
        return None
    page = _Page(key, found[1], found[2], _time.monotonic() + found[3])
    _remember(user_id, name, page)
    return _served(request, page)


def keep(request, name: str, key: tuple, response: HttpResponse, *, max_age: float | None, shared: bool = False) -> HttpResponse:
    """Keep `response` (rendered with `csrf_token=TOKEN`) as the user's page `name` under
    `key` for at most `max_age` seconds (None or 0: not kept), also in Django's cache for
    the other web processes with `shared`, and return it as this request's answer, with
    its own token. Only a plain 200 is kept."""
    body = response.content.decode(response.charset)
    # Kept for between half of `max_age` and all of it: pages made together (a process
    # starting, a change every page shows) are not all made again at the same moment.
    max_age = (max_age or 0) * random.uniform(0.5, 1.0)
    page = _Page(key, body, response["Content-Type"], _time.monotonic() + max_age)
    if max_age and max_age > 0 and response.status_code == 200 and not response.cookies:
        _remember(request.user.pk, name, page)
        if shared:
            from django.core.cache import cache

            cache.set(_shared_name(request.user.pk, name), (key, body, page.content_type, max_age), max_age)
    answer = _served(request, page)
    answer.status_code = response.status_code
    for header, value in response.items():
        if header.lower() != "content-length":
            answer[header] = value
    return answer


def clear() -> None:
    with _lock:
        _pages.clear()
