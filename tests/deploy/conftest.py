"""Fixtures of the deployment tests: throwaway PostgreSQL databases."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import _pg_admin, _pg_admin_url


@pytest.fixture
async def new_pg() -> AsyncIterator[Callable[[], Awaitable[str]]]:
    """Make new, empty (not migrated) PostgreSQL databases; all are dropped afterwards."""
    admin = _pg_admin_url()
    if admin is None:
        pytest.skip("TEST_DATABASE_URL is not set: PostgreSQL half skipped (CI sets it)")
    made: list[str] = []

    async def make() -> str:
        name = f"cramp_deploy_{uuid.uuid4().hex[:10]}"
        await _pg_admin(admin, f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(admin).set(database=name).render_as_string(hide_password=False)

    yield make
    for name in made:
        await _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def empty_pg(new_pg: Callable[[], Awaitable[str]]) -> str:
    """One new, empty PostgreSQL database."""
    return await new_pg()
