"""Strip the symbol tables from the Linux bundle's shared libraries (about 38 MB).

Many wheels ship their extension modules unstripped (aiohttp's parser alone carries 2.7 MB of
symbols, Pillow's _imaging 2.7 MB, multidict 1.4 MB, ICU 1.4 MB), and a source-built Python's
libpython and lib-dynload carry debug symbols (about 23 MB). Nothing at run time reads
``.symtab`` or debug sections: the dynamic loader only uses ``.dynsym``/``.dynamic``, which
``strip --strip-unneeded`` keeps.

PyInstaller's own ``strip=True`` is not used because stripping a library that patchelf edited
(auditwheel does this to every wheel's bundled libraries) can move its loadable segments off
their page alignment, and the loader then refuses it ("ELF load command address/offset not
page-aligned"). So every file is stripped into a copy first, and the copy replaces the original
only when its loadable segments are still aligned, each lies inside the file, and its dynamic
section is byte-for-byte the same; otherwise the original stays. The executable is never
touched: PyInstaller appends the Python archive to it, which strip would cut off.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

_PT_LOAD, _PT_DYNAMIC = 1, 2


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def _segments(data: bytes) -> list[tuple[int, int, int, int, int]]:
    """(type, offset, vaddr, filesz, align) of each program header of a 64- or 32-bit ELF file."""
    if data[:4] != b"\x7fELF":
        raise ValueError("not an ELF file")
    is64, endian = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        phoff, = struct.unpack_from(endian + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
    else:
        phoff, = struct.unpack_from(endian + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x2A)
    out = []
    for i in range(phnum):
        at = phoff + i * phentsize
        if is64:
            p_type, _flags, off, vaddr, _paddr, filesz, _memsz, align = struct.unpack_from(endian + "IIQQQQQQ", data, at)
        else:
            p_type, off, vaddr, _paddr, filesz, _memsz, _flags, align = struct.unpack_from(endian + "IIIIIIII", data, at)
        out.append((p_type, off, vaddr, filesz, align))
    return out


def layout_problem(original: bytes, stripped: bytes) -> str | None:
    """Why ``stripped`` must not replace ``original`` (None when it is safe to load)."""
    try:
        segs = _segments(stripped)
        before = _segments(original)
    except (ValueError, struct.error) as exc:
        return f"unreadable program headers ({exc})"
    for p_type, off, vaddr, filesz, align in segs:
        if p_type == _PT_LOAD and align > 1 and off % align != vaddr % align:
            return "a loadable segment is no longer page-aligned"
        if p_type == _PT_LOAD and off + filesz > len(stripped):
            return "a loadable segment reaches past the end of the file"

    def dynamic(data: bytes, headers: list) -> bytes:
        return b"".join(data[off:off + size] for t, off, _v, size, _a in headers if t == _PT_DYNAMIC)

    if dynamic(original, before) != dynamic(stripped, segs):
        return "its dynamic section changed"
    return None


def strip_file(path: Path, strip: str = "strip") -> int:
    """Strip ``path`` in place if that is safe; returns the bytes saved (0 when left as it was)."""
    original = path.read_bytes()
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.write_bytes(original)
        r = subprocess.run([strip, "--strip-unneeded", str(tmp)], capture_output=True, text=True)
        stripped = tmp.read_bytes()
        if r.returncode != 0 or len(stripped) >= len(original) or layout_problem(original, stripped):
            return 0
        shutil.copymode(path, tmp)
        tmp.replace(path)
        return len(original) - len(stripped)
    finally:
        tmp.unlink(missing_ok=True)


def strip_bundle(bundle_internal: Path) -> str:
    """Strip every shared library under ``_internal``; returns a line for the build log."""
    strip = shutil.which("strip")
    if strip is None:
        return "libraries left unstripped (no 'strip' found; Debian/Ubuntu: binutils)"
    saved = stripped = 0
    for path in sorted(bundle_internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        gain = strip_file(path, strip)
        if gain:
            saved, stripped = saved + gain, stripped + 1
    return f"libraries stripped: {stripped} files, {saved / 1e6:.1f} MB of symbols removed"
