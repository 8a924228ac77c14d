"""PyInstaller runtime hook: a stand-in for PySide6.QtOpenGL, which the bundle leaves out.

pyqtgraph imports PySide6.QtOpenGL when its plot modules load, but touches it only in its
OpenGL drawing mode (useOpenGL / enableExperimental), which streamer-app never turns on.
The binding is 9 MB, so the spec excludes it and this module answers the import; any real
use fails with one clear ImportError instead of a crash.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PySide6.QtOpenGL.{name} is not in this bundle: the app draws charts without OpenGL")


if "PySide6.QtOpenGL" not in sys.modules:
    sys.modules["PySide6.QtOpenGL"] = _NotBundled("PySide6.QtOpenGL")
