"""The creator's language for everything Qt does not draw (DESIGN.md section 4, "Language").

Code marks its user-facing text with ``translate("Context", "text")`` (or
``QT_TRANSLATE_NOOP`` where the text is only named, e.g. in a registry row): Qt's own
``pyside6-lupdate`` finds both in the sources and writes them to every catalog
(docs/TRANSLATING.md). Placeholders are ``str.format`` names: ``{count}`` stays ``{count}``
in every language. The window's widgets use Qt's ``self.tr`` / ``QCoreApplication.translate``
with the same catalogs.

Two languages may differ: the window's (``set_language``) and the overlays' (their own
setting): ``translate`` takes an explicit ``lang`` for the second.
"""

from __future__ import annotations

from functools import lru_cache

from .catalog import load
from .languages import DEFAULT, LANGUAGES, Language, resolve, system_language

__all__ = ["LANGUAGES", "Language", "QT_TRANSLATE_NOOP", "choose_for_run", "chosen_for_run", "current",
           "forget_run_choice", "resolve", "set_language", "shown", "system_language", "translate"]

_current: Language = LANGUAGES[DEFAULT]
# ``--lang``: the language of this run's window, overlays and exports, over any saved setting
# (DESIGN.md section 4), until the creator picks one in the settings.
_chosen: Language | None = None


def set_language(code: str | None) -> Language:
    """Make ``code`` (None: the system's) the language of this process's text; returns it.

    An unknown code raises ValueError naming the codes we have.
    """
    global _current
    if code is None:
        _current = system_language()
    else:
        found = resolve(code)
        if found is None:
            raise ValueError(f"no language {code!r}: choose one of {', '.join(LANGUAGES)}")
        _current = found
    return _current


def current() -> Language:
    return _current


def choose_for_run(code: str) -> Language:
    """``--lang CODE``: ``code`` for everything this run shows, whatever the settings saved."""
    global _chosen
    _chosen = set_language(code)
    return _chosen


def chosen_for_run() -> Language | None:
    return _chosen


def forget_run_choice() -> None:
    """The creator changed a language setting during the run: the settings decide again."""
    global _chosen
    _chosen = None


@lru_cache(maxsize=None)
def _catalog(code: str) -> dict[tuple[str, str], str]:
    return {} if code == DEFAULT else load(code)


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` in the current language (or ``lang``); the English text where none is kept."""
    code = lang or _current.code
    if code == DEFAULT:
        return text
    return _catalog(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogs without translating it now (it is shown later, translated)."""
    return text


def shown(context: str, text: str, lang: str | None = None) -> str:
    """``text`` marked elsewhere with ``QT_TRANSLATE_NOOP`` (a registry row, a table of names),
    translated where it is shown; the one place a variable is passed to the catalog."""
    code = lang or _current.code
    return text if code == DEFAULT else _catalog(code).get((context, text), text)
