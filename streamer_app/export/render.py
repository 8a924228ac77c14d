"""Render a summary in any format, to a file or to bytes: the one entry point for the
command line, the window's export buttons and the automatic export at session end."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ..store.queries import Reader
from .output import ExportError, Progress, write_bytes
from .summary import Summary

FORMATS = ("json", "csv", "html", "md", "png")
EXTENSIONS = {"json": "json", "csv": "csv", "html": "html", "md": "md", "png": "png"}


def check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def render_bytes(reader: Reader, summary: Summary, fmt: str, progress: Progress | None = None) -> bytes:
    """The export as bytes (for stdout); CSV gives only the gift ledger here."""
    fmt = check_format(fmt)
    if fmt == "json":
        return (json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(summary).encode("utf-8")
    if fmt == "html":
        from .html_report import render_html

        return render_html(summary).encode("utf-8")
    if fmt == "png":
        from .card import render_card

        return render_card(summary)
    from .csv_export import BOM, write_ledger

    buf = io.BytesIO()
    buf.write(BOM)
    write_ledger(reader, summary, buf, progress)
    return buf.getvalue()


def export_to(reader: Reader, summary: Summary, fmt: str, path: Path, progress: Progress | None = None) -> list[Path]:
    """Write the export to ``path``; returns every file written (CSV writes three)."""
    fmt = check_format(fmt)
    if fmt == "csv":
        from .csv_export import export_csv

        return export_csv(reader, summary, Path(path), progress)
    return [write_bytes(Path(path), render_bytes(reader, summary, fmt, progress))]


__all__ = ["FORMATS", "ExportError", "check_format", "export_to", "render_bytes"]
