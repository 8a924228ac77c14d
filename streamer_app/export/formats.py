"""The export formats: one row each. The command line, the window's export menus, the
settings' automatic-export ticks and the file-name suffixes all read ``FORMATS``, so adding
a format is a row here plus its renderer.

This module stays cheap to import (the settings import it): each renderer imports its
module only when it runs, so reading the registry never loads Pillow or the HTML templates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..i18n import QT_TRANSLATE_NOOP  # titles stay English here; the window translates them ("ExportFormats")

if TYPE_CHECKING:
    from ..store.queries import Reader
    from .output import Progress
    from .summary import Summary

    Render = Callable[[Reader, Summary, Progress | None], bytes]
    Write = Callable[[Reader, Summary, Path, Progress | None], list[Path]]
    # (reader, summarize(reader, tallies), path, progress): writes while the summary is made
    WriteMeanwhile = Callable[[Reader, Callable[[Reader, bool], Summary], Path, Progress | None], list[Path]]


@dataclass(frozen=True)
class ExportFormat:
    """One export format as the creator meets it, and the function that makes it."""

    key: str  # --format value, the settings' value and the window's internal name
    label: str  # short name in lists: "HTML", "Markdown"
    title: str  # what the file is, in the window's menus: "HTML report" (shown as "HTML report…")
    file_kind: str  # the file dialog's filter name: "HTML report (*.html)"
    suffixes: tuple[str, ...]  # file-name suffixes meaning this format; the first is the one written
    render: "Render"  # the whole export as bytes (a file, or standard output)
    write: "Write | None" = None  # a format that writes more than one file; None: ``render`` to the path
    paths: Callable[[Path], list[Path]] | None = None  # every file ``write`` makes for -o PATH; None: PATH
    aliases: tuple[str, ...] = ()  # other --format spellings accepted
    to_stdout: bool = True  # may be written to standard output (-o -)
    stdout_note: str = ""  # said on stderr when written to standard output
    detail: bool = True  # uses the summary's per-gift detail (False: the summary is made without it, faster)
    # The command line's file export when the summary can be made on a second connection meanwhile
    # (the CSV ledger needs only the sessions and names); None: make the summary, then ``write``.
    write_meanwhile: "WriteMeanwhile | None" = None

    @property
    def suffix(self) -> str:
        """The suffix written, without its dot: "html"."""
        return self.suffixes[0].lstrip(".")

    @property
    def dialog_filter(self) -> str:
        return f"{self.file_kind} (*{self.suffixes[0]})"

    def files(self, path: Path) -> list[Path]:
        """Every file an export to ``path`` writes."""
        return self.paths(path) if self.paths is not None else [Path(path)]


# -- renderers: each imports its module when it runs ----------------------------------------
def _json(reader: "Reader", summary: "Summary", progress: "Progress | None") -> bytes:
    return (json.dumps(summary.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _markdown(reader: "Reader", summary: "Summary", progress: "Progress | None") -> bytes:
    from .markdown import render_markdown

    return render_markdown(summary).encode("utf-8")


def _html(reader: "Reader", summary: "Summary", progress: "Progress | None") -> bytes:
    from .html_report import render_html

    return render_html(summary).encode("utf-8")


def _png(reader: "Reader", summary: "Summary", progress: "Progress | None") -> bytes:
    from .card import render_card

    return render_card(summary)


def _csv_ledger(reader: "Reader", summary: "Summary", progress: "Progress | None") -> bytes:
    """Only the gift ledger: one stream holds one file."""
    import io

    from .csv_export import BOM, write_ledger

    buf = io.BytesIO()
    buf.write(BOM)
    write_ledger(reader, summary, buf, progress)
    return buf.getvalue()


def _csv_files(reader: "Reader", summary: "Summary", path: Path, progress: "Progress | None") -> list[Path]:
    from .csv_export import export_csv

    return export_csv(reader, summary, Path(path), progress)


def _csv_meanwhile(reader: "Reader", summarize: "Callable[[Reader, bool], Summary]", path: Path,
                  progress: "Progress | None") -> list[Path]:
    from .csv_export import export_csv_concurrently

    return export_csv_concurrently(reader, summarize, Path(path), progress)


def _csv_paths(path: Path) -> list[Path]:
    from .csv_export import csv_paths

    return list(csv_paths(path))


# The window's menus and the settings' ticks show the formats in this order.
FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("html", "HTML", QT_TRANSLATE_NOOP("ExportFormats", "HTML report"), "HTML report", (".html", ".htm"), _html),
    ExportFormat("json", "JSON", QT_TRANSLATE_NOOP("ExportFormats", "JSON summary"), "JSON summary", (".json",), _json),
    ExportFormat("csv", "CSV", QT_TRANSLATE_NOOP("ExportFormats", "CSV gift ledger"), "CSV files", (".csv",), _csv_ledger, write=_csv_files,
                 paths=_csv_paths, detail=False, write_meanwhile=_csv_meanwhile,
                 stdout_note="note: only the gift ledger goes to standard output; for all the CSV files "
                             "(ledger, gifters, sessions; and platform-income with Twitch or YouTube income) "
                             "use -o FILE.csv"),
    ExportFormat("md", "Markdown", QT_TRANSLATE_NOOP("ExportFormats", "Markdown summary"), "Markdown", (".md", ".markdown"), _markdown,
                 aliases=("markdown",)),
    ExportFormat("png", "PNG", QT_TRANSLATE_NOOP("ExportFormats", "PNG share card"), "PNG image", (".png",), _png),
)
BY_KEY: dict[str, ExportFormat] = {f.key: f for f in FORMATS}
KEYS: tuple[str, ...] = tuple(BY_KEY)
# File-name suffixes (lower case, with the dot) that say which format a file holds.
BY_SUFFIX: dict[str, ExportFormat] = {s: f for f in FORMATS for s in f.suffixes}
_SPELLINGS: dict[str, ExportFormat] = {**{a: f for f in FORMATS for a in f.aliases}, **BY_KEY}


def lookup(name: str) -> ExportFormat | None:
    """The format a --format value names (any case, a leading dot or an alias allowed), or None."""
    return _SPELLINGS.get(name.lower().lstrip("."))


def listed(keys: tuple[str, ...] = KEYS, last: str = "or") -> str:
    """Keys for a sentence: "html, json, csv, md or png"."""
    return f"{', '.join(keys[:-1])} {last} {keys[-1]}" if len(keys) > 1 else "".join(keys)


__all__ = ["BY_KEY", "BY_SUFFIX", "FORMATS", "KEYS", "ExportFormat", "listed", "lookup"]
