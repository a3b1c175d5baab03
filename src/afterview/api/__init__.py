"""The JSON API under /api/v1/ (django-ninja): a thin edge over the same services as the CLI and the web."""
