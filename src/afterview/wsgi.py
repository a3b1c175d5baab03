"""The WSGI application granian serves (web/server.py).

Django's handler answers with the response object itself, an iterable the server walks
and then closes. granian walks such an iterable from its own side chunk by chunk while
holding the interpreter's lock, which cost a served agenda about a millisecond of that
lock (issue 22); a list of bytes it sends in one piece. So a response whose body is
already whole (an `HttpResponse`, not a streaming or file one) is handed over as a
one-item list, closed first, as the server would have closed it (that fires Django's
`request_finished`, which ends the request's database work). Streaming responses go to
the server as Django made them.

The collector is tuned for a process that keeps a lot: each web process keeps the facts
of thousands of students (`AFTERVIEW_KEPT_FACTS_MB`), and with Python's default
thresholds every quarter of growth in those objects set off a full collection that walks
all of them, stalling every request queued behind it (a served agenda's p99 went from
about 60 ms to 250–460 ms in the first burst of students; bench/office.py, docs/deployment.md).
So what the process loaded at start is frozen out of collection, and the young generation
is collected every 50,000 allocations rather than 700, which makes full collections rare.
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.settings")
_django = get_wsgi_application()
#: (young, middle, old) collection thresholds for a served process; see the docstring
GC_THRESHOLDS = (50_000, 20, 1_000)
gc.freeze()
gc.set_threshold(*GC_THRESHOLDS)


def application(environ, start_response):
    response = _django(environ, start_response)
    if getattr(response, "streaming", True):
        return response
    try:
        body = response.content
    finally:
        response.close()
    return [body]
