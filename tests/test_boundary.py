"""The Qt-free packages load no Qt module (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT = ("PySide6", "qasync", "pyqtgraph", "shiboken6")


@pytest.mark.parametrize("package", ["core", "sources", "store", "engine", "overlay", "export", "obs"])
def test_package_imports_no_qt(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('streamer_app.{package}')\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = sorted(n for n in sys.modules if n.split('.')[0] in {QT!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_headless_cli_path_imports_no_qt():
    code = "import sys; import streamer_app.cli, streamer_app.app; print(any(n.startswith('PySide6') for n in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr
