from django.shortcuts import render
from django.urls import path

from afterview.api.views import api

#: Only this server's own files: Redoc is vendored, its logo and fonts from a CDN are refused.
DOCS_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)


def docs(request):
    response = render(request, "api/docs.html", {"schema_url": "/api/v1/openapi.json"})
    response["Content-Security-Policy"] = DOCS_POLICY
    return response


urlpatterns = [
    path("docs", docs, name="api-docs"),
    path("", api.urls),
]
