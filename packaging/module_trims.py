"""Python modules the spec drops from what PyInstaller's hooks collect, module by module.

twitchAPI's enums import enum_tools, whose documentation helpers import pygments' token types
and Python lexer at import time: with pygments left out, every ``streamer-app twitch`` command
and the Twitch source failed at start. PyInstaller's pygments hook collects every lexer, style
and formatter (about 600 modules, 1.6 MB compressed); only the modules that importing twitchAPI
puts in sys.modules stay (recorded with Pygments 2.19; tests/packaging/test_bundle_trims.py
imports the Twitch source with everything else in pygments blocked).
"""

from __future__ import annotations

PYGMENTS_KEPT = frozenset({
    "pygments", "pygments.filter", "pygments.filters", "pygments.lexer", "pygments.lexers",
    "pygments.lexers._mapping", "pygments.lexers.python", "pygments.modeline", "pygments.plugin",
    "pygments.regexopt", "pygments.style", "pygments.styles", "pygments.styles._mapping",
    "pygments.token", "pygments.unistring", "pygments.util",
})


def keep_module(name: str) -> bool:
    """Whether the pure-Python module ``name`` stays in the bundle's archive."""
    if name == "pygments" or name.startswith("pygments."):
        return name in PYGMENTS_KEPT
    return True
