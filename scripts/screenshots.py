"""Screenshots of the real app for the documentation (`make screenshots`): every tab that exists, in
every language that has a compiled translation, over a fresh demo shop, written to docs/screenshots/
as <tab>-<language>.png. Each picture comes from `main.py --screenshot` in its own process. The
in-app guide's pictures (resources/guide/images/<tab>-<language>.png) are the same tabs at 1024x700,
scaled down.

    python scripts/screenshots.py [--out DIR] [--size 1280x800] [--today YYYY-MM-DD] [--no-guide]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GUIDE_IMAGES = ROOT / "resources" / "guide" / "images"
GUIDE_SIZE = "1024x700"
GUIDE_WIDTH = 560


def _scale(path: Path, width: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation).save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="the demo shop's today (default: the real today)")
    parser.add_argument("--no-guide", action="store_true", help="do not refresh the guide's pictures")
    args = parser.parse_args(argv)

    from app.services import demo
    from app.ui import language, registry

    args.out.mkdir(parents=True, exist_ok=True)
    tabs = [spec.key for spec in registry.available_tabs()]
    languages = [code for code in language.LANGUAGES if language.has_translation(code)]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        shop = Path(tmp) / "demo.regulars"
        demo.create_demo_shop(shop, today=args.today).close()
        env = dict(os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"),
                   QT_QPA_PLATFORM="offscreen")
        jobs = [(args.out / f"{tab}-{lang}.png", tab, lang, args.size) for lang in languages for tab in tabs]
        if not args.no_guide:
            jobs += [(GUIDE_IMAGES / f"{tab}-{lang}.png", tab, lang, GUIDE_SIZE) for lang in languages for tab in tabs]
        for out, tab, lang, size in jobs:
            out.parent.mkdir(parents=True, exist_ok=True)
            result = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--db", str(shop),
                 "--tab", tab, "--lang", lang, "--size", size],
                env=env, capture_output=True, text=True)
            if result.returncode != 0:
                failures += 1
                print(f"{out.name}: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
                continue
            if out.parent == GUIDE_IMAGES:
                _scale(out, GUIDE_WIDTH)
            print(out.relative_to(ROOT) if out.is_relative_to(ROOT) else out)
    missing = sorted(set(language.LANGUAGES) - set(languages))
    if missing:
        print(f"No compiled translation for: {', '.join(missing)} (run make first).", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
