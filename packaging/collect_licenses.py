"""Write THIRD-PARTY-NOTICES: the licence of every package a bundle carries.

The spec calls ``write_notices`` with the top-level module names PyInstaller collected, so the
file lists exactly what is in the bundle. By hand (a preview, from the installed requirements
of streamer-app instead of a bundle):

    .venv/bin/python packaging/collect_licenses.py [-o build/THIRD-PARTY-NOTICES]

Licence texts come from each installed distribution's own files (importlib.metadata), never
from the network. Qt/PySide6 wheels carry no licence file, so the LGPL-3.0 and GPL-3.0 texts
(LGPL-3.0 is a set of extra permissions on top of GPL-3.0) are kept in packaging/licenses/.
"""

from __future__ import annotations

import argparse
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RULE = "=" * 78

# Distributions with a section of their own before the alphabetical list.
QT_DISTS = ("PySide6_Essentials", "PySide6_Addons", "PySide6", "shiboken6")
TIKTOK_DISTS = ("TikTokLive", "TikTokLiveProto")
OURS = "streamer-app"

LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)[^/]*$", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_closure(root: str = OURS) -> dict[str, metadata.Distribution]:
    """The installed distributions ``root`` needs at run time (extras such as [test] left out)."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _key(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for req in dist.requires or []:
            if "extra ==" in req.replace('"', "").replace("'", ""):
                continue
            m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
            if m:
                todo.append(m.group(1))
    found.pop(_key(root), None)
    return found


def distributions_for_modules(top_level: set[str]) -> dict[str, metadata.Distribution]:
    """The installed distributions that provide these top-level import names."""
    owners = metadata.packages_distributions()
    found: dict[str, metadata.Distribution] = {}
    for mod in sorted(top_level):
        for dist_name in owners.get(mod, []):
            try:
                dist = metadata.distribution(dist_name)
            except metadata.PackageNotFoundError:
                continue
            found.setdefault(_key(dist.metadata["Name"]), dist)
    found.pop(_key(OURS), None)
    return found


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of the licence files a distribution installed."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for f in dist.files or []:
        name = str(f).replace("\\", "/")
        # dist-info/licenses/ (PEP 639) or LICENSE* beside METADATA; skip source files such as licenses/__init__.py
        if not LICENSE_FILE.search(name) and "/licenses/" not in name:
            continue
        if name.endswith((".py", ".pyc", ".pyi", ".typed")) or "__pycache__" in name:
            continue
        if ".dist-info/" not in name and not LICENSE_FILE.search(name):
            continue
        try:
            text = Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if text and text not in seen:
            seen.add(text)
            out.append((name.rsplit("/", 1)[-1], text))
    return out


def licence_name(dist: metadata.Distribution) -> str:
    md = dist.metadata
    expr = md.get("License-Expression")
    if expr:
        return expr
    lic = (md.get("License") or "").strip()
    if lic and "\n" not in lic and len(lic) < 100:
        return lic
    classifiers = [c.split("::")[-1].strip() for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _home(dist: metadata.Distribution) -> str:
    md = dist.metadata
    for value in md.get_all("Project-URL") or []:
        label, _, url = value.partition(",")
        if label.strip().lower() in ("source", "source code", "repository", "homepage", "home", "github"):
            return url.strip()
    return (md.get("Home-page") or "").strip()


def _section(title: str, body: list[str]) -> list[str]:
    return [RULE, title, RULE, "", *body, ""]


def _dist_block(dist: metadata.Distribution, note: str = "") -> list[str]:
    md = dist.metadata
    lines = [f"{md['Name']} {md['Version']}", f"Licence: {licence_name(dist)}"]
    home = _home(dist)
    if home:
        lines.append(f"Source: {home}")
    if note:
        lines += ["", note]
    texts = licence_files(dist)
    if not texts and (md.get("License") or "").count("\n") > 2:
        texts = [("License (from the package metadata)", md["License"].strip())]
    for name, text in texts:
        lines += ["", f"--- {name} ---", text]
    if not texts:
        lines += ["", "(This package installed no licence file; its licence is named above.)"]
    return [*lines, "", "-" * 78, ""]


def _python_licence() -> str | None:
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE",
    ]
    for p in candidates:
        if p.is_file():
            return p.read_text(encoding="utf-8", errors="replace").strip()
    return None


def notices_text(dists: dict[str, metadata.Distribution], system_libraries: list[str] | None = None) -> str:
    """The whole THIRD-PARTY-NOTICES text for these distributions."""
    out: list[str] = [
        "streamer-app: third-party notices",
        "",
        "streamer-app itself is MIT-licensed (see LICENSE beside this file). It is distributed with",
        "the third-party software listed below, each under its own licence.",
        "",
    ]
    qt = [d for k, d in sorted(dists.items()) if k in {_key(n) for n in QT_DISTS}]
    if qt:
        body = [
            "Qt for Python (PySide6, shiboken6) and the Qt libraries it carries are used under the",
            "GNU Lesser General Public License version 3 (LGPL-3.0). This bundle is a one-folder",
            "build: the Qt and PySide6 libraries are separate, unmodified shared libraries inside the",
            "bundle's _internal/PySide6 folder (on macOS: Contents/Frameworks/PySide6), so you can",
            "replace them with your own build of the same Qt version. Sources: https://code.qt.io",
            "(Qt and PySide6: https://download.qt.io/official_releases/QtForPython/). If the bundle",
            "carries FFmpeg libraries (libav*, libsw*, used by Qt Multimedia for sounds), those are",
            "LGPL-2.1-or-later, from https://ffmpeg.org, and replaceable in the same way.",
            "",
        ]
        for d in qt:
            body += [f"{d.metadata['Name']} {d.metadata['Version']}: {licence_name(d)}"]
        for fname in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            body += ["", f"--- {fname} ---", (HERE / "licenses" / fname).read_text(encoding="utf-8").strip()]
        out += _section("Qt for Python (PySide6) and Qt: LGPL-3.0", body)
    tt = [d for k, d in sorted(dists.items()) if k in {_key(n) for n in TIKTOK_DISTS}]
    if tt:
        note = ("Used under the AGPL-3.0 with the additional permission of its section 18 (Library\n"
                "Integration Permissions), which lets overlay tools, bots and desktop apps that integrate\n"
                "it stay under their own licence; streamer-app is such a local desktop tool and is not a\n"
                "hosted service (section 19). The full licence text, with sections 18 to 20, follows.")
        body = []
        for d in tt:
            body += _dist_block(d, note)
        out += _section("TikTokLive and TikTokLiveProto: AGPL-3.0 with additional permissions", body)
    py = _python_licence()
    out += _section(f"Python {sys.version.split()[0]} (the interpreter inside the bundle)",
                    [py or "Python Software Foundation License; see https://docs.python.org/3/license.html"])
    special = {_key(n) for n in (*QT_DISTS, *TIKTOK_DISTS)}
    body = []
    for key, d in sorted(dists.items()):
        if key not in special:
            body += _dist_block(d)
    out += _section("Other Python packages in this bundle", body)
    out += _section("Fonts", ["assets/fonts: DejaVu fonts, under the licence in assets/fonts/LICENSE-DejaVu.txt "
                              "(shipped beside them)."])
    if system_libraries:
        out += _section("System libraries copied from the build machine", [
            "These shared libraries come from the operating system the bundle was built on and keep",
            "their own licences (mostly LGPL, MIT, BSD or zlib-style licences of their projects):",
            "", *sorted(set(system_libraries))])
    return "\n".join(out).rstrip() + "\n"


def write_notices(out_path: Path, top_level_modules: set[str] | None = None,
                  system_libraries: list[str] | None = None) -> Path:
    """Write THIRD-PARTY-NOTICES for a bundle (its top-level modules) or for the requirements."""
    dists = distributions_for_modules(top_level_modules) if top_level_modules else requirement_closure()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(notices_text(dists, system_libraries), encoding="utf-8")
    return out_path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default=str(ROOT / "build" / "THIRD-PARTY-NOTICES"))
    args = ap.parse_args()
    path = write_notices(Path(args.output))
    print(f"wrote {path} ({len(requirement_closure())} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
