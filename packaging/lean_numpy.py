"""A lean numpy for the Linux bundle: no OpenBLAS (28 MB) and no run-time SIMD dispatch (5 MB).

numpy's PyPI wheels link OpenBLAS for matrix products and linear algebra. The app uses numpy
only through pyqtgraph's element-wise array work, for which numpy's own loops (and its bundled
lapack_lite) are enough. So on Linux the build makes, once, a wheel of the *same* numpy version
compiled with ``-Dblas=none -Dlapack=none -Dallow-noblas=true`` (kept in build/numpy-lean/),
and the spec puts its extension modules into the bundle in place of the OpenBLAS ones. The
development environment keeps its normal numpy.

The same wheel is built with ``-Dcpu-dispatch=none``: numpy's core module then carries its
loops once, for the baseline CPU (x86-64-v2 on numpy 2.4), instead of again for AVX2, AVX-512
and friends chosen at run time. ``_multiarray_umath`` goes from 9.5 to 4.4 MB stripped. The
chart's arrays hold a few thousand points at most, where the wider loops save microseconds:
measured on 5,000 points (sin, cumsum, min, isfinite, sort), 114 us a pass instead of 94 us.

Checked: the bundle's smoke test (headless demo, every export, the window with its chart)
passes with the swapped modules. Without a compiler or the network the build says why and
keeps OpenBLAS.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

MESON_ARGS = ("-Csetup-args=-Dblas=none", "-Csetup-args=-Dlapack=none", "-Csetup-args=-Dallow-noblas=true",
              "-Csetup-args=-Dcpu-dispatch=none")


def wheel_dir(root: Path) -> Path:
    # Not build/numpy-noblas, where earlier builds left a wheel made with run-time dispatch.
    return root / "build" / "numpy-lean"


def find_wheel(root: Path, version: str) -> Path | None:
    found = sorted(wheel_dir(root).glob(f"numpy-{version}-*.whl"))
    return found[-1] if found else None


def build_wheel(root: Path, version: str) -> Path:
    """The no-BLAS wheel of numpy ``version``: reused if built before, else compiled (minutes)."""
    existing = find_wheel(root, version)
    if existing:
        return existing
    if shutil.which("cc") is None or shutil.which("c++") is None:
        raise RuntimeError("no C/C++ compiler to build numpy without OpenBLAS")
    print(f"building numpy {version} without OpenBLAS for the bundle (once; several minutes)...", flush=True)
    r = subprocess.run(
        # --no-cache-dir: pip's wheel cache does not tell builds with other meson options apart
        [sys.executable, "-m", "pip", "wheel", "--no-cache-dir", "--no-deps", "--no-binary", "numpy",
         f"numpy=={version}", "-w", str(wheel_dir(root)), *MESON_ARGS],
        capture_output=True, text=True,
    )
    wheel = find_wheel(root, version)
    if r.returncode != 0 or wheel is None:
        tail = (r.stderr or r.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"pip could not build numpy {version} without OpenBLAS ({tail[0]})")
    return wheel


def swap_into(bundle_internal: Path, wheel: Path, version: str) -> str:
    """Put the wheel's numpy extension modules into the bundle and drop numpy.libs.

    Every numpy extension module in the bundle must have its twin in the wheel, and the
    versions must match, or nothing is changed.
    """
    if f"numpy-{version}-" not in wheel.name:
        raise RuntimeError(f"{wheel.name} is not numpy {version}, the version the bundle was made from")
    numpy_dir = bundle_internal / "numpy"
    modules = sorted(p.relative_to(bundle_internal).as_posix() for p in numpy_dir.rglob("*.so"))
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        missing = [m for m in modules if m not in names]
        if missing:
            raise RuntimeError(f"{wheel.name} lacks {', '.join(missing)}")
        for m in modules:
            (bundle_internal / m).write_bytes(z.read(m))
    libs = bundle_internal / "numpy.libs"
    freed = sum(p.stat().st_size for p in libs.rglob("*") if p.is_file()) if libs.is_dir() else 0
    shutil.rmtree(libs, ignore_errors=True)
    return f"numpy without OpenBLAS: {len(modules)} extension modules swapped, numpy.libs removed ({freed / 1e6:.1f} MB)"


def apply(root: Path, bundle_internal: Path) -> str:
    """Build (or reuse) the wheel and swap it in; returns a line for the build log."""
    import numpy

    try:
        wheel = build_wheel(root, numpy.__version__)
        return swap_into(bundle_internal, wheel, numpy.__version__)
    except (RuntimeError, OSError, zipfile.BadZipFile) as exc:
        return f"numpy keeps OpenBLAS ({exc})"
