"""Keep the language catalogs in step with the code (docs/TRANSLATING.md).

    python packaging/translations.py update    # lupdate: new strings into every .ts file
    python packaging/translations.py release   # lrelease: .ts -> .qm for the window
    python packaging/translations.py check     # both, then list what is untranslated
    python packaging/translations.py fill FILE.json...   # translations written elsewhere, see fill()

Both tools ship with PySide6 (``pyside6-lupdate``, ``pyside6-lrelease``). ``update`` keeps
existing translations and marks strings the code no longer has as vanished.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamer_app.i18n.catalog import CATALOG_DIR, catalog_path, read_messages  # noqa: E402
from streamer_app.i18n.languages import DEFAULT, LANGUAGES  # noqa: E402


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (a virtualenv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) first")
    return found


def sources() -> list[str]:
    """The files lupdate reads: the Python code and the overlay pages' scripts (qsTranslate)."""
    files = [*(ROOT / "streamer_app").rglob("*.py"), *(ROOT / "assets" / "overlay" / "js").glob("*.js")]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update() -> None:
    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    files = sources()
    for code, lang in LANGUAGES.items():
        if code == DEFAULT:
            continue
        target = str(catalog_path(code).relative_to(ROOT))
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "en_US", "-target-language", lang.locale, *files, "-ts", target],
                       cwd=ROOT, check=True)


def release() -> None:
    for code in LANGUAGES:
        if code == DEFAULT:
            continue
        ts = catalog_path(code)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def fill(tables: list[Path]) -> None:
    """Put translations kept outside the catalogs into them, then let lupdate rewrite the files.

    Each file is ``{"de": {"Top gifters": "Top-Unterstützer", ...}, "ja": {...}}`` (English source
    text to translation) or, where one English text needs two translations, keys written
    ``"Context|source"``. Only untranslated messages are filled: a reviewed translation stays.
    A .ts file is also a valid source: its finished messages fill the same-named catalog here.
    """
    update()  # the catalogs first learn every string the code marks today, so each can be filled
    wanted: dict[str, dict[str, str]] = {}
    for table in tables:
        if table.suffix == ".ts":
            code = table.stem.removeprefix("streamer_app_")
            wanted.setdefault(code, {}).update(
                {f"{m.context}|{m.source}": m.translation for m in read_messages(table) if m.finished})
            continue
        for code, texts in json.loads(table.read_text(encoding="utf-8")).items():
            wanted.setdefault(code, {}).update(texts)
    for code, texts in wanted.items():
        if code not in LANGUAGES or code == DEFAULT:
            raise SystemExit(f"fill: no catalog for language {code!r}")
        path = catalog_path(code)
        tree = ET.parse(path)
        filled = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                text = texts.get(f"{name}|{source}", texts.get(source))
                if translation is None or translation.get("type") != "unfinished" or not text:
                    continue
                translation.text = text
                del translation.attrib["type"]
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        print(f"{code:6} {filled:5} filled")
    update()


def check() -> int:
    missing = 0
    for code in LANGUAGES:
        if code == DEFAULT:
            continue
        todo = [m for m in read_messages(catalog_path(code)) if not m.finished and not m.obsolete]
        missing += len(todo)
        print(f"{code:6} {len(todo):5} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        fill([Path(arg) for arg in sys.argv[2:]])
    elif command == "check":
        update()
        release()
        sys.exit(check())
    else:
        raise SystemExit(__doc__)
