"""Reading a language's catalog: the ``.ts`` file in assets/i18n/ that Qt's lupdate writes and translators edit.

The window loads the compiled ``.qm`` through ``QTranslator`` (ui/translation.py); the
Qt-free parts (command line, exports, overlay pages) read the same ``.ts`` here, so a
language is one catalog file and both halves always say the same thing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..paths import asset

CATALOG_DIR = asset("i18n")


def catalog_path(code: str) -> Path:
    return CATALOG_DIR / f"streamer_app_{code}.ts"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # "" while unfinished
    finished: bool
    obsolete: bool  # lupdate found it no longer in the code (type="vanished" or "obsolete")


def read_messages(path: Path) -> list[Message]:
    """Every message in the ``.ts`` file at ``path`` (a missing file has none)."""
    if not path.exists():
        return []
    out: list[Message] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = (tr.get("type") if tr is not None else None) or ""
            text = (tr.text or "") if tr is not None else ""
            out.append(Message(name, msg.findtext("source") or "", text,
                               finished=kind == "" and bool(text), obsolete=kind in ("vanished", "obsolete")))
    return out


def load(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the finished messages of ``code``'s catalog."""
    return {(m.context, m.source): m.translation for m in read_messages(catalog_path(code))
            if m.finished and not m.obsolete}
