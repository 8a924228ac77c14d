"""Render a summary in any format, to a file or to bytes: the one entry point for the
command line, the window's export buttons and the automatic export at session end.
The formats themselves are rows of ``export.formats.FORMATS``."""

from __future__ import annotations

from pathlib import Path

from ..store.queries import Reader
from .formats import KEYS, ExportFormat, lookup
from .output import ExportError, Progress, write_bytes
from .summary import Summary


def find_format(fmt: str) -> ExportFormat:
    """The format ``fmt`` names; one sentence for a name that is no format."""
    found = lookup(fmt)
    if found is None:
        raise ExportError(f"unknown format {fmt.lower().lstrip('.')!r}: choose one of {', '.join(KEYS)}")
    return found


def check_format(fmt: str) -> str:
    """The key of the format ``fmt`` names (``markdown`` -> ``md``)."""
    return find_format(fmt).key


def render_bytes(reader: Reader, summary: Summary, fmt: str, progress: Progress | None = None) -> bytes:
    """The export as bytes (for stdout); CSV gives only the gift ledger here."""
    return find_format(fmt).render(reader, summary, progress)


def export_to(reader: Reader, summary: Summary, fmt: str, path: Path, progress: Progress | None = None) -> list[Path]:
    """Write the export to ``path``; returns every file written (CSV writes three)."""
    found = find_format(fmt)
    if found.write is not None:
        return found.write(reader, summary, Path(path), progress)
    return [write_bytes(Path(path), found.render(reader, summary, progress))]


__all__ = ["ExportError", "check_format", "find_format", "export_to", "render_bytes"]
