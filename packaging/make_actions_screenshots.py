"""Regenerate docs/ACTIONS.md's screenshots: the real actions editor, offscreen, never drawn by hand.

    QT_QPA_PLATFORM=offscreen python packaging/make_actions_screenshots.py

It makes the three rules of docs/ACTIONS.md with the editor's own widgets (as a creator
would: Add, a name, the event, the actions), tests one with a sample event, and grabs the
window at each step into docs/images/actions-*.png. A throwaway data folder is used.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from streamer_app.ui import theme  # noqa: E402
from streamer_app.ui.actions_editor import ActionsEditor  # noqa: E402


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def add_action(ed: ActionsEditor, label: str):
    next(a for a in ed.form.add_action.menu().actions() if a.text() == label).trigger()
    return ed.form.cards[-1]


def pick(combo_editor, data) -> None:
    combo_editor.combo.setCurrentIndex(combo_editor.combo.findData(data))


def new_rule(ed: ActionsEditor, name: str, event: str) -> None:
    ed.list_buttons["add"].click()
    ed.form.name.edit.setText(name)
    pick(ed.form.event_pick, event)


def lion(ed: ActionsEditor, sound: Path) -> None:
    new_rule(ed, "Lion: roar and the Lion scene", "gift")
    pick(ed.form.filters["gift_id"], 14)
    card = add_action(ed, "Play a sound")
    card.fields["file"].ask_file = lambda: str(sound)
    card.fields["file"].pick.click()
    obs = add_action(ed, "An OBS request").obs
    obs.names["scene"].edit.setText("Lion")


def likes(ed: ActionsEditor) -> None:
    new_rule(ed, "Every 1,000 likes: one more minute", "like_total")
    ed.form.filters["every"].edit.setText("1,000")
    add_action(ed, "Add time to the timer").fields["seconds"].edit.setText("60")


def first_gift(ed: ActionsEditor) -> None:
    new_rule(ed, "Thank first gifts", "first_gift")
    add_action(ed, "Speak a text").fields["text"].edit.setText("Thanks {user} for your first gift!")


def grab(app: QApplication, ed: ActionsEditor, name: str) -> Path:
    settle(app)
    ed.form.clearFocus()
    path = IMAGES / f"actions-{name}.png"
    ed.grab().save(str(path))
    return path


def log_after_demo(app: QApplication, saved: Path, data: Path) -> Path:
    """The Log tab after a real demo stream ran the saved rules (and one for big gifts) headless."""
    import json
    import shutil
    import subprocess

    data.mkdir()
    shutil.copytree(saved / "media", data / "media")
    rules = json.loads((saved / "actions.json").read_text())["rules"]
    rules.append({"name": "Big gifts: an alert", "enabled": True, "when": {"event": "gift", "min_coins": 1000},
                  "do": [{"type": "alert", "text": "{user} sent {gift}!"}, {"type": "sound", "file": "roar.mp3"}]})
    (data / "actions.json").write_text(json.dumps({"rules": rules}))
    subprocess.run([sys.executable, "-m", "streamer_app", "--demo", "--headless", "--speed", "0", "--seed", "4",
                    "--duration", "300", "--data-dir", str(data)], cwd=ROOT, check=True, timeout=300,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    ed = ActionsEditor(data)
    ed.resize(1180, 820)
    ed.show()
    ed.tabs.setCurrentIndex(1)
    ed.log_view.refresh(force=True)
    path = grab(app, ed, "log")
    ed.close()
    return path


def broken_file(app: QApplication, data: Path) -> Path:
    """A hand-edited actions.json with a missing brace: its line and reason, and nothing replaced."""
    data.mkdir()
    (data / "actions.json").write_text('{"rules": [\n  {"name": "Lion",\n   "when": {"event": "gift", "gift_id": 14}\n'
                                       '   "do": [{"type": "sound", "file": "roar.mp3"}]}\n]}\n')
    ed = ActionsEditor(data)
    ed.resize(1180, 520)
    ed.show()
    path = grab(app, ed, "broken")
    ed.close()
    return path


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    theme.apply(app)
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "data"
        home.mkdir()
        sound = Path(tmp) / "roar.mp3"
        sound.write_bytes(b"ID3")  # a stand-in: the editor copies it into media/
        from streamer_app.controller import Controller
        from streamer_app.settings import Settings

        controller = Controller(home)  # as the window does: "From OBS" asks OBS through it (never clicked here)
        ed = ActionsEditor(home, obs_names=lambda: controller.obs_names(Settings()))
        ed.resize(1180, 820)
        ed.show()
        made = []
        lion(ed, sound)
        made.append(grab(app, ed, "lion"))
        likes(ed)
        made.append(grab(app, ed, "likes"))
        first_gift(ed)
        ed.save()
        made.append(grab(app, ed, "first-gift"))
        ed.list.setCurrentRow(0)
        ed.test_button.click()
        deadline = time.monotonic() + 10
        while "✗ obs" not in ed.test_result.text() and time.monotonic() < deadline:
            settle(app, 0.1)
        made.append(grab(app, ed, "test"))
        ed.form.filters["gift_id"].combo.setEditText("the Lion")
        ed.form.cards[1].obs.names["scene"].edit.clear()
        ed.save()
        made.append(grab(app, ed, "problems"))
        ed.tester._finish()
        ed.close()
        settle(app, 1.0)
        made.append(log_after_demo(app, home, Path(tmp) / "demo"))
        made.append(broken_file(app, Path(tmp) / "broken"))
    for path in made:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
