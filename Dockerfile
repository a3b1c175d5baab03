# The image compose.yaml runs for web, worker and migrate (docs/deployment.md).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=afterview.production \
    AFTERVIEW_HOME=/var/lib/afterview

# The user the processes run as; the key files in secrets/ belong to this uid (mode 0600).
RUN useradd --system --uid 10001 --home-dir /var/lib/afterview --create-home afterview

WORKDIR /opt/afterview
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install '.[postgres]'

USER afterview
EXPOSE 8000
CMD ["afterview", "web", "--host", "0.0.0.0", "--port", "8000"]
