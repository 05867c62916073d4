"""Build the web app's vendored front-end files, reproducibly and offline-at-run-time.

    python scripts/build_web_assets.py

- ``vega.js``: Vega, Vega-Lite and vega-embed in one bundle, made by vl-convert-python
  (pinned below) with ``window.vegaEmbed`` exposed; the app loads it as a module.
- ``countries-110m.json``: the world-atlas TopoJSON (Natural Earth 1:110m countries),
  taken from the npm package (pinned below) with ``npm pack``.

Both are committed under ``src/communique/web/static/vendor/`` with their versions in
``VERSIONS``; the installed package never downloads anything.
"""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from pathlib import Path

VL_CONVERT = "1.9.0"
WORLD_ATLAS = "2.0.2"
VENDOR = Path(__file__).resolve().parents[1] / "src" / "communique" / "web" / "static" / "vendor"


def vega_bundle() -> str:
    import vl_convert

    if vl_convert.__version__ != VL_CONVERT:
        raise SystemExit(f"need vl-convert-python {VL_CONVERT}, found {vl_convert.__version__}")
    return vl_convert.javascript_bundle("window.vegaEmbed = vegaEmbed;")


def world_atlas() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"world-atlas@{WORLD_ATLAS}", "--silent"], cwd=tmp,
                       check=True, capture_output=True)
        with tarfile.open(Path(tmp) / f"world-atlas-{WORLD_ATLAS}.tgz") as archive:
            return archive.extractfile("package/countries-110m.json").read()


def main() -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    (VENDOR / "vega.js").write_text(vega_bundle(), encoding="utf-8")
    (VENDOR / "countries-110m.json").write_bytes(world_atlas())
    (VENDOR / "VERSIONS").write_text(
        f"vega.js: vl-convert-python {VL_CONVERT} javascript_bundle (Vega, Vega-Lite, "
        f"vega-embed; BSD-3-Clause)\ncountries-110m.json: world-atlas {WORLD_ATLAS} (ISC; "
        "Natural Earth, public domain)\n", encoding="utf-8")
    print(f"wrote {VENDOR}")


if __name__ == "__main__":
    main()
