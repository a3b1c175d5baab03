"""Placeholder views until the web app (issue 6) lands; kept minimal and working."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def agenda(request):
    return HttpResponse("afterview")


def login(request):
    return HttpResponse("sign in with the link `afterview serve` prints", status=401)
