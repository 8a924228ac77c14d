"""The window's language through Qt's own QTranslator, switched without a restart; Arabic mirrors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from streamer_app import i18n
from streamer_app.ui import translation


def test_switching_language_live(qapp):
    try:
        translation.install(qapp, "ar")
        assert QCoreApplication.translate("Commands", "COINS") == "العملات"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().toString(12345) == "١٢٬٣٤٥"
        translation.install(qapp, "de")
        assert QCoreApplication.translate("Commands", "COINS") == "MÜNZEN"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QLocale().toString(12345) == "12.345"
    finally:
        translation.install(qapp, "en")
    assert QCoreApplication.translate("Commands", "COINS") == "COINS"
    assert i18n.current().code == "en"
