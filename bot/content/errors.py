"""The one error the content store raises: it names the file and the field."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A content file is missing, unreadable or invalid."""

    def __init__(self, file: Path | str, field: str, message: str) -> None:
        self.file = str(file)
        self.field = field
        self.message = message
        super().__init__(f"{self.file}: {field}: {message}")
