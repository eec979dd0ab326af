# syntax=docker/dockerfile:1
# Build stage: install the locked dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock .
RUN python -m venv /venv && /venv/bin/pip install --require-hashes -r requirements.lock

# Runtime stage: the venv and the code, run as an unprivileged user.
FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
RUN useradd --create-home --uid 10001 bot
WORKDIR /app
COPY --from=build /venv /venv
COPY bot/ bot/
COPY migrations/ migrations/
COPY content/ content/
COPY alembic.ini pyproject.toml ./
RUN mkdir -p /app/data && chown bot:bot /app/data
USER bot
VOLUME ["/app/data"]
# Migrations first, then the bot; `run` also applies pending migrations on start.
CMD ["sh", "-c", "python -m bot migrate && exec python -m bot run"]
