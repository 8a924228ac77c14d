"""Build the Windows .ico and macOS .icns from the committed assets/icon PNGs (drawn by us).

The spec calls this at build time so the platform icons never drift from the PNGs; run it by
hand with: .venv/bin/python packaging/make_platform_icons.py [OUT_DIR]  (default build/icons).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "assets" / "icon"
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest size Windows uses from an .ico
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def make_icons(out_dir: Path) -> tuple[Path, Path | None]:
    """Write streamer-app.ico (and .icns where Pillow can); return their paths."""
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    largest = Image.open(ICON_DIR / "streamer-app-512.png").convert("RGBA")
    ico = out_dir / "streamer-app.ico"
    # Pillow picks each size from the largest image; the smaller PNGs are only used as a check.
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns: Path | None = out_dir / "streamer-app.icns"
    try:
        largest.save(icns, format="ICNS", append_images=[
            Image.open(ICON_DIR / f"streamer-app-{s}.png").convert("RGBA") for s in ICNS_SIZES])
    except (OSError, KeyError, ValueError):
        icns = None  # macOS bundles then get PyInstaller's default icon, which is ugly but works
    return ico, icns


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for p in make_icons(out):
        if p is not None:
            print(f"wrote {p} ({p.stat().st_size} bytes)")
