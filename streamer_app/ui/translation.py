"""The window's language: Qt's own ``QTranslator`` with the ``.qm`` made from each catalog.

``install`` is called once the QApplication exists and again when the creator picks another
language: Qt then sends every widget a ``LanguageChange`` event, and widgets that build
their text in a ``retranslate()`` method show the new language without a restart. Arabic
mirrors the whole window (``Qt.RightToLeft``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator, Qt
from PySide6.QtWidgets import QApplication

from .. import i18n
from ..i18n.catalog import CATALOG_DIR

_installed: QTranslator | None = None


def install(app: QApplication, code: str | None = None) -> i18n.Language:
    """Make ``code`` (None: the process's current language) the window's language."""
    global _installed
    lang = i18n.set_language(code) if code is not None else i18n.current()
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    if lang.code != "en":
        translator = QTranslator(app)
        if translator.load(f"streamer_app_{lang.code}", str(CATALOG_DIR)):
            QCoreApplication.installTranslator(translator)
            _installed = translator
    QLocale.setDefault(QLocale(lang.locale))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
    return lang


def system_hint() -> str:
    """The operating system's language as Qt sees it (Windows and macOS keep it outside $LANG)."""
    return QLocale.system().name()
