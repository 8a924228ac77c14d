"""What the actions editor checks beyond ``validate_rule``, and how it reads actions.json.

The editor keeps rules as their JSON objects while they are edited (a rule that is not
valid yet is shown and fixed, never dropped), so it reads the file itself and says why it cannot
(line, column) in the window's language, as ``actions.rules.parse_rules_text`` does in English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ..actions.problems import Why
from ..actions.rules import ACTIONS_FILENAME, FieldProblem, validate_rule
from ..i18n import QT_TRANSLATE_NOOP
from .obs_form import OBS_CHOICES, choice_for


def read_rules_file(path: Path) -> tuple[list[dict], str]:
    """The rules of ``path`` as written (valid or not), and why the file cannot be read ("" when it can)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], ""
    except (OSError, UnicodeDecodeError) as exc:
        return [], QCoreApplication.translate("ActionsEditor", "{file} could not be read: {error}.").format(
            file=ACTIONS_FILENAME, error=exc)
    if not text.strip():
        return [], ""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], QCoreApplication.translate(
            "ActionsEditor", "{file} is not valid JSON: line {line}, column {column}: {reason}. No actions run until "
                             "it is fixed.").format(file=ACTIONS_FILENAME, line=exc.lineno, column=exc.colno, reason=exc.msg)
    if not (isinstance(data, dict) and isinstance(data.get("rules"), list)):
        return [], QCoreApplication.translate(
            "ActionsEditor", "{file} line 1: must be an object {example}. No actions run until it is fixed.").format(
            file=ACTIONS_FILENAME, example='{"rules": [...]}')
    return [r if isinstance(r, dict) else {} for r in data["rules"]], ""


def demo_catalog() -> list[tuple[int, str, int]]:
    from ..sources.demo import CATALOG

    return [(gid, name, coins) for gid, name, coins, _s, _a in CATALOG]


def _empty_name(name: str) -> Why:
    english = f"is empty: type the {name}'s name as OBS shows it"
    if name == "scene":
        return Why(QT_TRANSLATE_NOOP("Actions", "{field} is empty: type the scene's name as OBS shows it"), english)
    return Why(QT_TRANSLATE_NOOP("Actions", "{field} is empty: type the source's name as OBS shows it"), english)


def obs_name_problems(rule: dict) -> list[FieldProblem]:
    """An OBS action needs the names of what it changes: the file's validation cannot know which."""
    out: list[FieldProblem] = []
    for i, action in enumerate(rule.get("do") or []):
        if not isinstance(action, dict) or action.get("type") != "obs":
            continue
        choice, names = choice_for(str(action.get("request", "")), action.get("data"))
        needs = next(n for k, _t, _r, n in OBS_CHOICES if k == choice)
        for name in needs:
            if name in ("scene", "source") and not names.get(name, "").strip():
                out.append(FieldProblem(f"do[{i}].{name}", _empty_name(name)))
    return out


def rule_problems(rule: dict, earlier: Sequence[dict] = ()) -> list[FieldProblem]:
    """validate_rule's problems, the OBS names, and a name an ``earlier`` rule has already:
    the log, webhooks and cooldowns tell rules apart by name."""
    problems = validate_rule(rule) + obs_name_problems(rule)
    name = str(rule.get("name") or "").strip()
    twin = next((i for i, r in enumerate(earlier) if name and str(r.get("name") or "").strip() == name), None)
    if twin is not None:
        problems.append(FieldProblem("name", Why(QT_TRANSLATE_NOOP(
            "Actions", "{field} is the name of rule {number} too: give each rule its own name"), number=twin + 1)))
    return problems
