"""Which of Babel's 1,149 locale files the app can read: its languages' locales and their parents.

Babel ships CLDR's data for every locale (35 MB of pickles); the app only ever asks Babel about
the locales of its own languages (streamer_app/i18n/languages.py), and Babel reads a locale's
file together with its parents' ("es_MX" merges "es_419", "es" and "root"). We ask Babel itself
to load each one and note every file it opens, so the parent rules stay Babel's.
"""

from __future__ import annotations

from babel import localedata

from streamer_app.i18n.languages import LANGUAGES


def needed() -> set[str]:
    """Locale names whose ``babel/locale-data/<name>.dat`` the bundle keeps."""
    opened: set[str] = set()
    resolve = localedata.resolve_locale_filename

    def noting(name):  # type: ignore[no-untyped-def]
        opened.add(str(name))
        return resolve(name)

    localedata._cache.clear()  # a cached locale would not be opened again
    localedata.resolve_locale_filename = noting
    try:
        for language in LANGUAGES.values():
            localedata.load(language.locale)
    finally:
        localedata.resolve_locale_filename = resolve
        localedata._cache.clear()
    return opened


if __name__ == "__main__":
    print(" ".join(sorted(needed())))
