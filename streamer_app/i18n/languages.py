"""The languages streamer-app speaks: one row each (DESIGN.md section 4, "Language").

A language is this row plus its catalog file ``assets/i18n/streamer_app_<code>.ts``
(docs/TRANSLATING.md). ``locale`` is the CLDR locale Babel formats numbers, money and
dates with, and ``numbers`` the CLDR numbering system whose digits it writes (Arabic
creators read ``١٢٬٣٤٥``, as Chromium's ``Intl.NumberFormat("ar")`` writes it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # what --lang and the `language` setting take
    name: str  # in the language itself, for the picker
    english: str
    locale: str  # Babel/CLDR locale for numbers, money and dates
    rtl: bool = False
    numbers: str = "latn"


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "English", "English", "en_US"),
    Language("es", "Español", "Spanish", "es_MX"),
    Language("pt_BR", "Português (Brasil)", "Brazilian Portuguese", "pt_BR"),
    Language("id", "Bahasa Indonesia", "Indonesian", "id_ID"),
    Language("vi", "Tiếng Việt", "Vietnamese", "vi_VN"),
    Language("tr", "Türkçe", "Turkish", "tr_TR"),
    Language("de", "Deutsch", "German", "de_DE"),
    Language("fr", "Français", "French", "fr_FR"),
    Language("ar", "العربية", "Arabic", "ar_SA", rtl=True, numbers="arab"),
    Language("ja", "日本語", "Japanese", "ja_JP"),
)}
DEFAULT = "en"


def resolve(code: str | None) -> Language | None:
    """The language for ``code`` ("pt-BR", "pt_BR", "de_AT.UTF-8", "ar"), or None if we have none.

    A regional code falls back to its language ("de_AT" -> German, "pt_PT" -> Brazilian
    Portuguese, the only Portuguese we have), so a system locale finds its catalog.
    """
    if not code:
        return None
    text = code.split(".")[0].split("@")[0].replace("-", "_")
    if text in LANGUAGES:
        return LANGUAGES[text]
    lang, _, region = text.partition("_")
    lang = lang.lower()
    exact = f"{lang}_{region.upper()}" if region else lang
    if exact in LANGUAGES:
        return LANGUAGES[exact]
    for candidate in LANGUAGES.values():
        if candidate.code.split("_")[0] == lang:
            return candidate
    return None


def system_language(environ: dict[str, str] | None = None) -> Language:
    """The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then the OS's own), English
    when we have no catalog for it."""
    import locale
    import os

    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(var, "").split(":"):
            if part and part not in ("C", "POSIX") and (found := resolve(part)):
                return found
    if environ is None:
        try:
            found = resolve(locale.getlocale()[0])
        except ValueError:
            found = None
        if found:
            return found
    return LANGUAGES[DEFAULT]
