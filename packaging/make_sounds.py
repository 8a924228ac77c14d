"""Synthesise the alert sounds (assets/sounds/tier0..3.wav) with numpy: our own, nothing downloaded.

Run: .venv/bin/python packaging/make_sounds.py  (the WAVs are committed; rerun only to change them)
Small gifts get a short soft blip, big gifts a brighter chord, the top tier a short fanfare.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, dur: float, vol: float = 0.5, attack: float = 0.005, decay: float = 6.0) -> np.ndarray:
    t = np.arange(int(RATE * dur)) / RATE
    env = np.minimum(1.0, t / attack) * np.exp(-decay * t)
    # A bell-like timbre: the fundamental with a few soft harmonics.
    wave_ = np.sin(2 * np.pi * freq * t) + 0.35 * np.sin(4 * np.pi * freq * t) + 0.12 * np.sin(6 * np.pi * freq * t)
    return vol * env * wave_ / 1.47


def sequence(notes: list[tuple[float, float, float]], total: float) -> np.ndarray:
    """notes: (start s, frequency Hz, duration s) mixed into one buffer."""
    out = np.zeros(int(RATE * total))
    for start, freq, dur in notes:
        seg = tone(freq, dur, decay=4.0 / dur)
        i = int(RATE * start)
        out[i:i + len(seg)] += seg[: len(out) - i]
    peak = np.max(np.abs(out)) or 1.0
    return out / peak * 0.8


def write(name: str, samples: np.ndarray) -> None:
    fade = min(len(samples), int(RATE * 0.02))
    samples[-fade:] *= np.linspace(1, 0, fade)
    data = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())


def main() -> None:
    c5, e5, g5, c6, e6, g6 = 523.25, 659.25, 783.99, 1046.5, 1318.5, 1568.0
    write("tier0.wav", sequence([(0, g5, 0.18), (0.06, c6, 0.22)], 0.3))
    write("tier1.wav", sequence([(0, c5, 0.3), (0.08, e5, 0.3), (0.16, g5, 0.4)], 0.6))
    write("tier2.wav", sequence([(0, c5, 0.5), (0.1, e5, 0.5), (0.2, g5, 0.5), (0.3, c6, 0.7)], 1.0))
    write("tier3.wav", sequence([(0, c5, 0.4), (0.12, e5, 0.4), (0.24, g5, 0.4), (0.36, c6, 0.9), (0.36, e6, 0.9),
                                 (0.7, g6, 1.0), (0.7, c6, 1.0), (0.7, e6, 1.0)], 1.8))
    print(f"wrote 4 sounds to {OUT}")


if __name__ == "__main__":
    main()
