"""The WSGI application granian serves (web/server.py).

Django's handler answers with the response object itself, an iterable the server walks
and then closes. granian walks such an iterable from its own side chunk by chunk while
holding the interpreter's lock, which cost a served agenda about a millisecond of that
lock (issue 22); a list of bytes it sends in one piece. So a response whose body is
already whole (an `HttpResponse`, not a streaming or file one) is handed over as a
one-item list, closed first, as the server would have closed it (that fires Django's
`request_finished`, which ends the request's database work). Streaming responses go to
the server as Django made them.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.settings")
_django = get_wsgi_application()


def application(environ, start_response):
    response = _django(environ, start_response)
    if getattr(response, "streaming", True):
        return response
    try:
        body = response.content
    finally:
        response.close()
    return [body]
