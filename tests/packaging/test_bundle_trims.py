"""What the Linux bundle leaves out, checked against the real libraries: a trimmed ICU data
library, no QtOpenGL binding (a stand-in module instead), no Secret Service client, numpy
without OpenBLAS or run-time SIMD dispatch, and pygments pared down to what twitchAPI imports."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import trim_icu  # noqa: E402  (packaging/ is not a package)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trims apply to the Linux bundle")


def run_python(code: str, env: dict | None = None) -> str:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_icu_items_kept_and_dropped():
    keep = ["icudt73l/root.res", "icudt73l/pool.res", "icudt73l/coll/root.res", "icudt73l/coll/ucadata.icu",
            "icudt73l/en.res", "icudt73l/en_GB.res", "icudt73l/zone/en.res", "icudt73l/nfkc.nrm",
            "icudt73l/supplementalData.res", "icudt73l/lang/en.res", "icudt73l/curr/pool.res",
            "icudt73l/zoneinfo64.res", "icudt73l/cnvalias.icu", "icudt73l/plurals.res"]
    drop = ["icudt73l/de.res", "icudt73l/zh_Hant_TW.res", "icudt73l/coll/de_.res", "icudt73l/zone/fr.res",
            "icudt73l/ibm-1047_P100-1995.cnv", "icudt73l/gb18030.cnv", "icudt73l/curr/ja.res",
            # services no library in the bundle calls: break iterators, transliterators, names
            "icudt73l/brkitr/cjdict.dict", "icudt73l/brkitr/thaidict.dict", "icudt73l/brkitr/line.brk",
            "icudt73l/translit/root.res", "icudt73l/unames.icu", "icudt73l/confusables.cfu",
            "icudt73l/rbnf/root.res", "icudt73l/unit/en.res", "icudt73l/uts46.nrm"]
    assert [i for i in keep if not trim_icu.keep_item(i)] == []
    assert [i for i in drop if trim_icu.keep_item(i)] == []


QT_PROBE = r"""
from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
maps = open('/proc/self/maps').read()
print(sorted({l.split()[-1] for l in maps.splitlines() if 'libicudata' in l}))
c = QCollator(QLocale('de_DE'))
print(sorted(['Zebra', 'äpfel', 'Apfel', 'zoo', 'Öl'], key=c.sortKey))
print(QLocale('tr_TR').toUpper('istanbul'), QLocale('de_DE').toUpper('straße'), QLocale('de_DE').toString(1234.5))
label = QLabel('ภาษาไทย 日本語 Viewer 🔥 العربية')
label.adjustSize()
print(label.width() > 50)
# line breaking in the languages whose break rules ICU keeps as data (Thai, Japanese, Arabic)
from PySide6.QtCore import QTimeZone
from PySide6.QtGui import QTextLayout
for text in ('สมัครสมาชิกแล้วส่งของขวัญให้ผู้สร้างคนโปรดของคุณได้เลยวันนี้',
             'ギフトを送ってくれた皆さん、本当にありがとうございます。今日の配信も楽しかったです',
             'شكرا لكل من أرسل هدية اليوم، كان البث رائعا جدا ونراكم غدا'):
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(90)
        starts.append(line.textStart())
    layout.endLayout()
    print(len(starts) > 2, starts)
print(QTimeZone(b'Asia/Tokyo').displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale('en_US')))
"""


@linux_only
@pytest.mark.skipif(shutil.which("icupkg") is None, reason="icupkg (icu-devtools) is not installed")
def test_trimmed_icu_library_loads_and_behaves_like_the_full_one(tmp_path):
    import PySide6

    [full] = [p for p in Path(PySide6.__file__).parent.rglob("libicudata.so.*") if not p.is_symlink()]
    lib_dir = tmp_path / "lib"
    lib_dir.mkdir()
    kept, removed = trim_icu.trimmed_library(full, lib_dir / full.name)
    size = (lib_dir / full.name).stat().st_size
    assert kept > 300 and removed > 1000 and size < full.stat().st_size / 3
    before = run_python(QT_PROBE).splitlines()
    after = run_python(QT_PROBE, {"LD_LIBRARY_PATH": str(lib_dir)}).splitlines()
    assert str(lib_dir / full.name) in after[0] and str(lib_dir) not in before[0]  # the trimmed one was used
    assert after[1:] == before[1:]
    assert after[2].startswith("İSTANBUL STRASSE")


@linux_only
def test_trim_says_why_when_it_cannot(tmp_path, monkeypatch):
    (tmp_path / "libicudata.so.73").write_bytes(b"not an ELF file")
    monkeypatch.setattr(trim_icu.shutil, "which", lambda tool: None)
    note = trim_icu.trim(tmp_path)
    assert note.startswith("ICU data left whole") and "missing tools" in note
    assert (tmp_path / "libicudata.so.73").read_bytes() == b"not an ELF file"


def test_pyqtgraph_plots_with_the_qtopengl_stand_in(tmp_path):
    hook = ROOT / "packaging" / "rthooks" / "qtopengl_stand_in.py"
    out = tmp_path / "plot.png"
    stdout = run_python(
        f"exec(open({str(hook)!r}).read())\n"
        "import sys\n"
        "import pyqtgraph as pg\n"
        "from pyqtgraph.Qt import QtWidgets\n"
        "app = QtWidgets.QApplication([])\n"
        "w = pg.PlotWidget(); w.resize(400, 300); w.plot([0, 1, 4, 9], pen=pg.mkPen('r', width=2)); w.show()\n"
        "app.processEvents()\n"
        f"assert w.grab().save({str(out)!r})\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('real binding loaded:', 'QtOpenGL.abi3' in maps)\n"
        "try:\n"
        "    sys.modules['PySide6.QtOpenGL'].QOpenGLBuffer\n"
        "except ImportError as e:\n"
        "    print('use:', e)\n"
    )
    assert "real binding loaded: False" in stdout
    assert "use: PySide6.QtOpenGL.QOpenGLBuffer is not in this bundle" in stdout
    assert out.stat().st_size > 1000


def test_secrets_fall_back_to_the_private_file_without_secret_service(tmp_path):
    stdout = run_python(
        "import sys\n"
        "for name in ('secretstorage', 'jeepney', 'cryptography'):\n"
        "    sys.modules[name] = None  # as in the Linux bundle: importing them fails\n"
        "import keyring, stat\n"
        "print(type(keyring.get_keyring()).__module__)\n"
        "from pathlib import Path\n"
        "from streamer_app.store.doctor import check_secrets\n"
        "from streamer_app.sources.secrets import SecretStore, SESSION_ID\n"
        f"home = Path({str(tmp_path)!r})\n"
        "s = SecretStore(home); s.set(SESSION_ID, 'sess_abcdefghijkl')\n"
        "print(s.backend, oct(stat.S_IMODE(s.file.stat().st_mode)), SecretStore(home).get(SESSION_ID))\n"
        "print(check_secrets(home)[0].detail)\n",
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"},
    )
    lines = stdout.splitlines()
    assert lines[1] == "file 0o600 sess_abcdefghijkl"
    assert lines[2] == f"kept in {tmp_path / 'secrets.json'}, readable only by you (no system keyring is available)"


def test_numpy_swap_replaces_every_extension_module_or_nothing(tmp_path):
    import zipfile

    import lean_numpy

    internal = tmp_path / "_internal"
    for rel in ("numpy/_core/_multiarray_umath.so", "numpy/linalg/_umath_linalg.so"):
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"with openblas")
    (internal / "numpy.libs").mkdir()
    (internal / "numpy.libs" / "libscipy_openblas64_.so").write_bytes(b"x" * 1000)
    wheel = tmp_path / "numpy-2.4.6-cp311-cp311-linux_x86_64.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("numpy/_core/_multiarray_umath.so", b"no blas")
    with pytest.raises(RuntimeError, match="lacks numpy/linalg/_umath_linalg.so"):
        lean_numpy.swap_into(internal, wheel, "2.4.6")
    assert (internal / "numpy/_core/_multiarray_umath.so").read_bytes() == b"with openblas"
    with pytest.raises(RuntimeError, match="is not numpy 2.5.0"):
        lean_numpy.swap_into(internal, wheel, "2.5.0")
    with zipfile.ZipFile(wheel, "a") as z:
        z.writestr("numpy/linalg/_umath_linalg.so", b"lapack lite")
    note = lean_numpy.swap_into(internal, wheel, "2.4.6")
    assert note.startswith("numpy without OpenBLAS: 2 extension modules swapped")
    assert (internal / "numpy/_core/_multiarray_umath.so").read_bytes() == b"no blas"
    assert (internal / "numpy/linalg/_umath_linalg.so").read_bytes() == b"lapack lite"
    assert not (internal / "numpy.libs").exists()


LEAN_NUMPY_PROBE = r"""
import numpy as np
print(np.__file__)
from numpy._core._multiarray_umath import __cpu_dispatch__
print('dispatch:', __cpu_dispatch__)
x = np.linspace(0.0, 3600.0, 5000)
y = np.cumsum(np.abs(np.sin(x / 60.0)) * 37.5)
# rounded: SIMD sine loops (SVML on AVX-512) may differ from the baseline ones in the last bit
print(f'{y[-1]:.9g} {np.percentile(y, 90):.9g}', int(np.searchsorted(y, y[2500])))
print(np.sort(np.array([5, 3, 9, 1], dtype=np.int64)).tolist(), repr(float(np.nanmax(np.array([1.0, np.nan, 7.5])))))
import pyqtgraph as pg
from pyqtgraph.Qt import QtWidgets
app = QtWidgets.QApplication([])
w = pg.PlotWidget(); w.resize(400, 300); w.plot(x, y); w.show(); app.processEvents()
print('plotted', w.grab().width())
"""


@linux_only
def test_lean_numpy_wheel_computes_what_the_chart_needs_like_the_normal_one(tmp_path):
    """The wheel lean_numpy builds (no OpenBLAS, no run-time SIMD dispatch), once a build made it."""
    import zipfile

    import lean_numpy
    import numpy

    wheel = lean_numpy.find_wheel(ROOT, numpy.__version__)
    if wheel is None:
        pytest.skip("no lean numpy wheel yet (python packaging/build.py makes it)")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp_path / "lean")
    normal = run_python(LEAN_NUMPY_PROBE).splitlines()
    lean = run_python(LEAN_NUMPY_PROBE, {"PYTHONPATH": f"{tmp_path / 'lean'}{os.pathsep}{ROOT}"}).splitlines()
    assert lean[0].startswith(str(tmp_path / "lean")) and not normal[0].startswith(str(tmp_path))
    assert lean[1] == "dispatch: []" and normal[1] != lean[1]
    assert lean[2:] == normal[2:]


def test_twitch_source_imports_with_only_the_kept_pygments_modules():
    """The bundle keeps a few pygments modules for twitchAPI (via enum_tools); the rest must not be needed."""
    import module_trims

    stdout = run_python(
        "import importlib.abc, sys\n"
        f"kept = {sorted(module_trims.PYGMENTS_KEPT)!r}\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] == 'pygments' and name not in kept:\n"
        "            raise ImportError(f'{name} is not in the bundle')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import twitchAPI.twitch, twitchAPI.eventsub.websocket, twitchAPI.oauth\n"
        "import streamer_app.sources.twitch, streamer_app.sources.twitch_auth, streamer_app.sources.twitch_commands\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygments'))\n",
        {"PYTHONPATH": str(ROOT)},
    )
    loaded = set(ast.literal_eval(stdout.splitlines()[-1]))
    assert "pygments.lexers.python" in loaded and loaded <= module_trims.PYGMENTS_KEPT
    assert not module_trims.keep_module("pygments.lexers.rust") and module_trims.keep_module("twitchAPI.type")
