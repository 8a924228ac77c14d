"""Every catalog is complete, current and keeps every placeholder (docs/TRANSLATING.md)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from streamer_app.i18n import LANGUAGES, translate
from streamer_app.i18n.catalog import CATALOG_DIR, catalog_path, read_messages

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def _fresh_catalogs(tmp_path: Path) -> Path:
    """The catalogs as ``packaging/translations.py update`` would write them from the code now."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "streamer_app", copy / "streamer_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "packaging", copy / "packaging", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "assets" / "i18n", copy / "assets" / "i18n")
    shutil.copytree(ROOT / "assets" / "overlay" / "js", copy / "assets" / "overlay" / "js")
    subprocess.run([sys.executable, str(copy / "packaging" / "translations.py"), "update"], check=True,
                   cwd=copy, capture_output=True)
    return copy / "assets" / "i18n"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fresh_catalogs(tmp_path_factory.mktemp("catalogs"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_is_current_and_complete(code: str, fresh: Path) -> None:
    """lupdate over today's code finds exactly the strings the catalog has, all translated."""
    kept = {(m.context, m.source) for m in read_messages(catalog_path(code))}
    wanted = {(m.context, m.source) for m in read_messages(fresh / catalog_path(code).name)}
    assert wanted, "the code marks no strings for translation"
    assert sorted(wanted - kept) == [], f"strings not yet in {code}: run packaging/translations.py update"
    assert sorted(kept - wanted) == [], f"strings {code} keeps that the code no longer has"
    untranslated = [m.source for m in read_messages(catalog_path(code)) if not m.finished]
    assert untranslated == [], f"untranslated in {code}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_survive_translation(code: str) -> None:
    for m in read_messages(catalog_path(code)):
        assert sorted(PLACEHOLDER.findall(m.translation)) == sorted(PLACEHOLDER.findall(m.source)), \
            f"{code}: {m.source!r} -> {m.translation!r}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalog_is_current(code: str, tmp_path: Path) -> None:
    """The .qm the window loads is what lrelease makes of the .ts today."""
    qm = tmp_path / "out.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(catalog_path(code)), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == catalog_path(code).with_suffix(".qm").read_bytes(), \
        "run: python packaging/translations.py release"


def _marks_text(func: ast.expr) -> bool:
    """``translate(...)``, ``QT_TRANSLATE_NOOP(...)`` or ``QCoreApplication.translate(...)``
    (not ``QPainter.translate``, which moves a painter)."""
    if isinstance(func, ast.Name):
        return func.id in ("translate", "QT_TRANSLATE_NOOP")
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")


def test_marked_text_is_a_literal() -> None:
    """lupdate reads the text in the source: an f-string or a variable would never be found."""
    bad = []
    for path in (ROOT / "streamer_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _marks_text(node.func) and len(node.args) >= 2:
                if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def test_marked_overlay_text_is_a_literal() -> None:
    """The overlay pages mark text with plain qsTranslate("Overlay", "...") / QT_TRANSLATE_NOOP calls
    (lupdate reads .js too): each call's two arguments are string literals."""
    call = re.compile(r"\b(qsTranslate|QT_TRANSLATE_NOOP)\s*\(")
    literal = re.compile(r'\s*"Overlay"\s*,\s*"(?:[^"\\]|\\.)*"\s*\)')
    bad, marked = [], 0
    for path in sorted((ROOT / "assets" / "overlay" / "js").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        for m in call.finditer(text):
            if text[:m.start()].rstrip().endswith("function"):
                continue  # the definitions in overlay.js
            marked += 1
            # The tier names are marked where listed and translated where shown.
            if text.startswith('"Overlay", TIER_NAMES[t])', m.end()):
                continue
            if not literal.match(text, m.end()):
                bad.append(f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}")
    assert marked > 40 and bad == []


def test_overlay_strings_are_translated_everywhere() -> None:
    """Every "Overlay" string has a finished translation in every language (pages show no English)."""
    for code in LANGUAGES:
        if code == "en":
            continue
        todo = [m.source for m in read_messages(catalog_path(code)) if m.context == "Overlay" and not m.finished]
        assert todo == [], code


def test_translate_reads_the_catalog() -> None:
    assert translate("Commands", "COINS", "de") == "MÜNZEN"
    assert translate("Commands", "COINS", "en") == "COINS"
    assert translate("Commands", "no such text", "de") == "no such text"
    assert CATALOG_DIR.is_dir()
