"""Reading one YAML content file and validating it against a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.content.errors import ContentError

M = TypeVar("M", bound=BaseModel)

# libyaml's parser when PyYAML was built with it (the wheels are): the same documents, about ten
# times faster than the pure-Python one. The content store is read at every start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning any failure into a ContentError."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except FileNotFoundError as exc:
        raise ContentError(path, "-", "file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, "-", f"invalid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ContentError(path, "-", f"not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise ContentError(path, "-", f"cannot be read: {exc.strerror or exc}") from exc


def load_model(path: Path, model: type[M]) -> M:
    """Read a YAML file and validate it against `model`."""
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "-"
        raise ContentError(path, where, first["msg"]) from exc
