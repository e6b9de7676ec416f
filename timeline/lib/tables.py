"""Reading our tab-separated data tables: one record a line, fields split by tabs, lines
starting with "#" are comments. No Django here."""
from __future__ import annotations

from pathlib import Path


def data_rows(path: Path) -> list[list[str]]:
    """The rows of one of our tab-separated data tables, without comments and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]
