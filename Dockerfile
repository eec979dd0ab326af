# syntax=docker/dockerfile:1
# Build and smoke-test where Docker is available: see docs/deploy.md ("Build and smoke-test").

# -- build stage: the locked dependencies in a virtual environment ------------------------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock .
# Every wheel is pinned by hash; the installers leave the venv once it is complete.
RUN python -m venv /venv \
    && /venv/bin/pip install --require-hashes -r requirements.lock \
    && /venv/bin/pip uninstall --yes pip setuptools wheel

# -- runtime stage: the venv and the code, no installers or compilers, an unprivileged user ----
FROM python:3.11-slim AS runtime
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
# The base image's own pip/setuptools/wheel go too: nothing is installed at run time.
RUN python -m pip uninstall --yes pip setuptools wheel \
    && groupadd --gid 10001 bot \
    && useradd --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data \
    && chown 10001:10001 /app/data
WORKDIR /app
COPY --from=build /venv /venv
COPY bot/ bot/
COPY migrations/ migrations/
COPY content/ content/
COPY alembic.ini pyproject.toml ./
USER 10001:10001
VOLUME ["/app/data"]
# Webhook mode listens on WEBHOOK_PORT (8443); METRICS_PORT, when set, serves /healthz in
# polling mode.
EXPOSE 8443
# Exit 0/1: /healthz on the webhook or metrics port when one is served, else a database query.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "healthcheck"]
# SIGTERM (docker stop): the bot stops claiming reminders and exits within 10 s.
STOPSIGNAL SIGTERM
# Migrations first (a no-op when a one-off `migrate` job already ran them), then the bot.
CMD ["sh", "-c", "python -m bot migrate && exec python -m bot run"]
