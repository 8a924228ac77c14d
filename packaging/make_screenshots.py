"""Regenerate the README's screenshots from the demo (never drawn by hand).

    python packaging/make_screenshots.py            # needs xvfb-run and /usr/bin/chromium
    python packaging/make_screenshots.py --overlays ar ja   # only the overlays, in these languages

1. The window under Xvfb: `streamer-app --demo --exit-after 8 --screenshot` gives the
   dashboard and the alert window.
2. The OBS overlays: a headless demo serves them; headless Chromium renders the alerts,
   goal, tally and leaderboard pages on a transparent background, and they are laid over a
   plain stand-in for the camera picture, as OBS would show them; overlays-ar.png and
   overlays-ja.png show them in the audience's language (`--lang`), as docs/OBS.md does.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
EXE = [sys.executable, "-m", "streamer_app"]
DOC_LANGUAGES = ("ar", "ja")  # the overlays shown in other languages in docs/OBS.md


def window(tmp: Path) -> None:
    shot = tmp / "dashboard.png"
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *EXE, "--demo", "--speed", "20", "--seed", "4",
                    "--exit-after", "8", "--screenshot", str(shot), "--data-dir", str(tmp / "window")],
                   cwd=ROOT, check=True, timeout=120)
    shutil.copy(shot, IMAGES / "dashboard.png")
    shutil.copy(tmp / "dashboard-alerts.png", IMAGES / "alerts.png")


def overlays(tmp: Path, lang: str = "") -> None:
    """overlays.png, or overlays-<lang>.png with the pages in that language."""
    from PIL import Image

    sys.path.insert(0, str(ROOT))
    from tests.support.browser import chromium

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp / f"overlay{lang}"
    demo = subprocess.Popen([*EXE, *(["--lang", lang] if lang else []), "--demo", "--headless", "--speed", "8", "--seed", "4", "--duration", "900",
                             "--overlay-port", str(port), "--data-dir", str(data)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(4)
        urls = subprocess.run([*EXE, "overlay", "urls", "--overlay-port", str(port), "--data-dir", str(data)],
                              cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        by_page = {u.split("/overlay/")[1].split("?")[0]: u for u in urls if "/overlay/" in u}
        frame = Image.new("RGBA", (1920, 1080))
        px = frame.load()
        for y in range(1080):  # a dim blue-violet stand-in for the camera picture
            for x in range(0, 1920, 8):
                c = (24 + x // 40, 22 + y // 30, 48 + (x + y) // 50, 255)
                for dx in range(8):
                    px[x + dx, y] = c
        with chromium() as browser:
            # All four pages watch the stream at once and are captured back to back, so their
            # figures agree (one page after another showed four moments of the stream).
            pages = {}
            for page_name in ("leaderboard", "goal", "tally", "alerts"):
                pages[page_name] = browser.new_page(viewport={"width": 1920, "height": 1080})
                pages[page_name].goto(by_page[page_name])
            time.sleep(4)  # let the numbers and rows finish animating
            # A function, not a bare expression: playwright evals an expression, which the pages' CSP refuses.
            one_card = ("() => document.querySelectorAll('[data-testid=\"alert\"]').length === 1"
                        " && !document.querySelector('.leaving')")
            for _ in range(20):  # a card that has entered and is not about to leave
                pages["alerts"].wait_for_function(one_card, timeout=30_000)
                time.sleep(0.8)
                if pages["alerts"].evaluate(one_card):
                    break
            # The alert first: its card is on screen for a few seconds only.
            shots = {name: Image.open(io.BytesIO(pages[name].screenshot(omit_background=True))).convert("RGBA")
                     for name in ("alerts", "tally", "goal", "leaderboard")}
        # Each page is its own OBS source, placed where a creator would put it: the widgets
        # stacked down the left edge (with a gap), the alert on the right.
        def box_of(img):  # the widget and its shadow, not the faint haze of the whole design box
            box = img.getchannel("A").point(lambda a: 255 if a > 96 else 0).getbbox()
            if box:
                m = 24
                box = (max(0, box[0] - m), max(0, box[1] - m), min(img.width, box[2] + m), min(img.height, box[3] + m))
            return box

        y = 16
        for name in ("tally", "goal", "leaderboard"):
            box = box_of(shots[name])
            if box:
                frame.alpha_composite(shots[name].crop(box), (40, y))
                y += box[3] - box[1] - 20
        box = box_of(shots["alerts"])
        if box:
            frame.alpha_composite(shots["alerts"].crop(box), (800, 540))
        frame.convert("RGB").resize((1280, 720), Image.LANCZOS).save(
            IMAGES / (f"overlays-{lang}.png" if lang else "overlays.png"), optimize=True)
    finally:
        demo.terminate()
        demo.wait(timeout=30)


def main(argv: list[str]) -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    only = argv[argv.index("--overlays") + 1:] if "--overlays" in argv else None
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        os.environ.setdefault("QT_SCALE_FACTOR", "1")
        if only is None:
            window(tmp)
        for lang in only if only is not None else ["", *DOC_LANGUAGES]:
            overlays(tmp, lang)
    print(f"wrote {', '.join(str(p.relative_to(ROOT)) for p in sorted(IMAGES.glob('*.png')))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
