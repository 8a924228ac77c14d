"""What is wrong with a rule's field, in two forms: English words for actions.log and the
command line (``rule 3 'Lion': do[0].url must be http(s)``), and a whole sentence the
window shows under the field, in the creator's language ("URL muss mit http(s) beginnen").

A ``Why`` is the English words (a ``str``, so logs, tests and ``FieldProblem`` equality read
it as before) that also carries its sentence, marked for the catalogs where it is written
(``QT_TRANSLATE_NOOP("Actions", "{field} must be http(s)")``), and the values it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import shown

FIELD = "{field} "  # every sentence starts with the field's name: "{field} must be http(s)"


class Why(str):
    """The English words after the field's path ("must be http(s)"), with the whole sentence."""

    sentence: str
    values: dict[str, Any]

    def __new__(cls, sentence: str, english: str | None = None, **values: Any) -> "Why":
        """``sentence`` starts with ``{field}``; ``english`` the words after the path, when they are
        not the sentence's own (kept as actions.log has always written them)."""
        assert sentence.startswith(FIELD), sentence
        words = english if english is not None else sentence[len(FIELD):].format(**values)
        why = super().__new__(cls, words)
        why.sentence, why.values = sentence, dict(values)
        return why

    def said(self, name: str) -> str:
        """The whole sentence in the creator's language, ``name`` being the field as the window calls it."""
        return shown("Actions", self.sentence).format(field=name, **self.values)  # marked where it was written


@dataclass(frozen=True)
class FieldProblem:
    """A field that is not right: ``f"{path} {message}"`` reads as a sentence (in English)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path} {self.message}"

    def said(self, name: str | None = None) -> str:
        """The sentence for the window, ``name`` (else the path) standing for the field."""
        name = name or self.path
        return self.message.said(name) if isinstance(self.message, Why) else f"{name} {self.message}"
