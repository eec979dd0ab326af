"""Pydantic schemas of the content files that the foundation owns."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
COMMAND_RE = r"^[a-z][a-z0-9_]{0,31}$"


class Strict(BaseModel):
    """Base for content models: unknown fields are an error, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Command(Strict):
    """A bot command as registered with Telegram and listed by /help."""

    command: Annotated[str, StringConstraints(pattern=COMMAND_RE)]
    description: Annotated[str, StringConstraints(min_length=3, max_length=256)]
    menu: bool = True


class Commands(Strict):
    """content/<lang>/commands.yaml."""

    commands: list[Command] = Field(min_length=1)


KEY_RE = re.compile(r"^[a-z0-9_]+$")
