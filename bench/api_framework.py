"""Cold import cost of the two API frameworks on top of Django, as `afterview serve` pays it.

Run: .venv/bin/python bench/api_framework.py
Each figure is the median of 7 fresh interpreters; the baseline is `import django` + setup alone.
The DRF row needs `pip install djangorestframework drf-spectacular` (not a dependency); without
them it is skipped.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import time

SETUP = "import django; from django.conf import settings; settings.configure(INSTALLED_APPS=['django.contrib.contenttypes','django.contrib.auth'{extra}]); django.setup();"
CASES = {
    "django alone": SETUP.format(extra=""),
    "django-ninja (NinjaAPI + a Schema)": SETUP.format(extra="")
    + "from ninja import NinjaAPI, Schema; api = NinjaAPI();\nclass A(Schema):\n  x: int\n@api.get('/a', response=A)\ndef a(r): return {'x': 1}",
    "DRF + drf-spectacular (APIView + a serializer + schema)": SETUP.format(extra=",'rest_framework','drf_spectacular'")
    + "from rest_framework import serializers, views; from drf_spectacular.generators import SchemaGenerator;\nclass A(serializers.Serializer):\n  x = serializers.IntegerField()",
}


def once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    base = None
    for name, code in CASES.items():
        if "rest_framework" in code and importlib.util.find_spec("rest_framework") is None:
            print(f"{name}: skipped (not installed)")
            continue
        runs = sorted(once(code) for _ in range(7))
        median = statistics.median(runs) * 1000
        base = base or median
        print(f"{name}: {median:.0f} ms (x{median / base:.2f})")


if __name__ == "__main__":
    main()
