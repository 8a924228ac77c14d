"""Shrink the ICU data library that the PySide6 wheels carry on Linux (32 MB -> about 3.3 MB).

Qt Core links ICU, whose ``libicudata.so.NN`` is one 32 MB blob (``icudtNN_dat``): legacy
character converters (.cnv) and the locale data of every language. The app only uses what Qt
needs for English text in UTF-8: case mapping and normalisation (compiled into libicuuc or
kept here), the root collation and English time-zone names. So we rebuild the
library with the same name and symbol, minus:

* every ``.cnv`` converter: Qt decodes UTF-8/16/32 and Latin-1 itself; only legacy encodings
  through QStringDecoder (never used by the app) would become unavailable;
* the locale data of languages other than English (``de.res``, ``coll/de.res``, ``zone/de.res``
  ...): ICU falls back to root/English, so time-zone names and the like show in English.
  Qt's own QLocale data (number and date formats of every locale) is not ICU's and stays whole.
* data for ICU services Qt never calls (5.1 MB). Qt 6.11 imports only ICU's case mapping
  (``u_strToUpper``/``u_strToLower``), collation (``ucol_*``), calendar time-zone names
  (``ucal_*``) and converters (``ucnv_*``), checked with ``nm -D --undefined-only`` on every
  library of the bundle (no other library links ICU). So out go the break-iterator rules and
  dictionaries ``brkitr/`` (3.4 MB: Qt finds line and word breaks with its own code, qunicodetools),
  transliterators ``translit/`` (1.1 MB, ``utrans_*``), character names ``unames.icu`` (0.3 MB,
  ``u_charName``), the spoof checker ``confusables*.cfu``, spelled-out numbers ``rbnf/``, unit
  names ``unit/`` and IDNA's ``uts46.nrm`` (Qt converts domain names with its own code).

Checked side by side with the full library (tests/packaging/test_bundle_trims.py): collation,
Turkish/German case mapping, Thai/Japanese/Arabic line breaking and QLocale formatting give the
same results; time-zone display names are English and legacy decoders (Shift_JIS, ISO-8859-15)
report themselves invalid.

Needs ``readelf``, ``icupkg`` (Debian/Ubuntu: icu-devtools) and a C compiler; without them the
library is left whole and ``trim()`` says why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_LOCALE_RES = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")  # de.res, zh_Hant_TW.res, de_.res
# Data of ICU services that no library in the bundle calls (see the module docstring).
_UNUSED_TREES = ("brkitr", "translit", "rbnf", "unit")
_UNUSED_FILES = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu", "uts46.nrm")


def keep_item(item: str) -> bool:
    """Whether an ICU data item (``icudt73l/coll/de.res`` or ``coll/de.res``) stays."""
    parts = item.split("/")
    base = parts[-1]
    if base.endswith(".cnv") or base in _UNUSED_FILES:
        return False
    if any(tree in parts[:-1] for tree in _UNUSED_TREES):
        return False
    if _LOCALE_RES.match(base):
        return base == "en.res" or base.startswith("en_")
    return True  # root.res, pool.res, *.nrm, *.icu, *.brk, *.dict, supplementalData.res ...


def _run(*cmd: str, cwd: Path | None = None) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=cwd).stdout


def _blob(lib: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the ``icudtNN_dat`` object inside ``lib``."""
    symbol = size = addr = None
    for line in _run("readelf", "-sW", str(lib)).splitlines():
        parts = line.split()
        if len(parts) >= 8 and re.fullmatch(r"icudt\d+_dat", parts[7]) and parts[6] != "UND":
            symbol, addr, size = parts[7], int(parts[1], 16), int(parts[2], 0)
            break
    if symbol is None:
        raise RuntimeError(f"no icudtNN_dat symbol in {lib.name}")
    for line in _run("readelf", "-SW", str(lib)).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            start, offset, length = (int(x, 16) for x in m.groups())
            if start <= addr and addr + size <= start + length:
                with open(lib, "rb") as f:
                    f.seek(offset + addr - start)
                    return symbol, f.read(size)
    raise RuntimeError(f"the section holding {symbol} was not found in {lib.name}")


def trimmed_library(lib: Path, out: Path) -> tuple[int, int]:
    """Write a trimmed copy of ``lib`` (a libicudata.so.NN) to ``out``; returns (items kept, removed)."""
    missing = [tool for tool in ("readelf", "icupkg", "cc") if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"missing tools: {', '.join(missing)}")
    symbol, data = _blob(lib)
    package = symbol[: -len("_dat")] + "l"  # icudt73_dat -> icudt73l (little-endian data)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        (work / "out").mkdir()
        (work / "in" / f"{package}.dat").write_bytes(data)
        items = _run("icupkg", "-l", f"in/{package}.dat", cwd=work).split()
        removed = [i for i in items if not keep_item(i)]
        (work / "remove.txt").write_text("\n".join(removed) + "\n")
        _run("icupkg", "-r", "remove.txt", f"in/{package}.dat", f"out/{package}.dat", cwd=work)
        (work / "data.S").write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "out/{package}.dat"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", "lib.so", "data.S", cwd=work)
        shutil.copyfile(work / "lib.so", out)
    return len(items) - len(removed), len(removed)


def trim(bundle_internal: Path) -> str:
    """Replace the bundle's libicudata with the trimmed one; returns a line for the build log."""
    libs = [p for p in bundle_internal.rglob("libicudata.so.*") if not p.is_symlink()]
    if not libs:
        return "ICU data: no libicudata in the bundle, nothing to trim"
    notes = []
    for lib in libs:
        before = lib.stat().st_size
        try:
            tmp = lib.with_name(lib.name + ".trimmed")
            kept, removed = trimmed_library(lib, tmp)
            tmp.replace(lib)
        except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", None) or exc
            notes.append(f"ICU data left whole ({lib.name}: {str(detail).strip()})")
            continue
        notes.append(f"ICU data trimmed: {lib.name} {before / 1e6:.1f} MB -> {lib.stat().st_size / 1e6:.1f} MB "
                     f"({kept} items kept, {removed} removed)")
    return "; ".join(notes)
