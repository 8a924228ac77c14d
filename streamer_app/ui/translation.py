"""The window's language: Qt's own ``QTranslator`` with the ``.qm`` made from each catalog.

``install`` is called once the QApplication exists and again when the creator picks another
language: Qt then sends every widget a ``LanguageChange`` event, and widgets that build
their text in a ``retranslate()`` method show the new language without a restart. Arabic
mirrors the whole window (``Qt.RightToLeft``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtGui import QGuiApplication

from .. import i18n
from ..i18n.catalog import CATALOG_DIR

_installed: QTranslator | None = None
_qt_own: QTranslator | None = None  # Qt's own words (Save, Cancel, the file dialogs), where Qt has them


def install(app: QCoreApplication | None, code: str | None = None) -> i18n.Language:
    """Make ``code`` the window's language: None keeps the process's (--lang, the setting,
    else the system's), "" is the system's as Qt sees it (Windows and macOS keep it outside
    $LANG), English where we have no catalog for it."""
    global _installed, _qt_own
    if code == "":
        code = (i18n.resolve(QLocale.system().name()) or i18n.LANGUAGES["en"]).code
    lang = i18n.set_language(code) if code is not None else i18n.current()
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    if _qt_own is not None:
        QCoreApplication.removeTranslator(_qt_own)
        _qt_own = None
    if lang.code != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang.code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            _qt_own = qt_own
        translator = QTranslator(app)
        if translator.load(f"streamer_app_{lang.code}", str(CATALOG_DIR)):
            QCoreApplication.installTranslator(translator)
            _installed = translator
    QLocale.setDefault(QLocale(lang.locale))
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
    return lang


def shown(context: str, text: str) -> str:
    """``text``, marked elsewhere with ``QT_TRANSLATE_NOOP(context, text)`` (a registry row), in the
    window's language: the row keeps its English value for the Qt-free code."""
    # Through a name of its own: the text was marked where it was written, not here (tests/i18n
    # checks that every QCoreApplication.translate call carries a literal).
    return _lookup(context, text) if text else text


_lookup = QCoreApplication.translate
