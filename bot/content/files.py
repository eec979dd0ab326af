"""Reading one YAML content file and validating it against a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.content.errors import ContentError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning any failure into a ContentError."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError as exc:
        raise ContentError(path, "-", "file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, "-", f"invalid YAML: {exc}") from exc


def load_model(path: Path, model: type[M]) -> M:
    """Read a YAML file and validate it against `model`."""
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "-"
        raise ContentError(path, where, first["msg"]) from exc
