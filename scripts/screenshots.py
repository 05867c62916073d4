"""Take the screenshots of the web app in docs/screenshots/ (needs Debian's chromium).

    python scripts/screenshots.py

Codes the sample articles (tests/data/articles and examples/) into a temporary store,
serves it, and photographs the events page (an event opened), the article view, the dyad
timeline (USA and RUS) and the map, at 1280x900.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "events.duckdb"
        subprocess.run([sys.executable, "-m", "communique", "code", "tests/data/articles",
                        "examples", "--date", "2024-06-01", "--db", str(db), "--format",
                        "jsonl", "--out", str(Path(tmp) / "events.jsonl")], cwd=ROOT,
                       check=False)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db",
                                   str(db), "--port", str(port)])
        try:
            url = _wait(f"http://127.0.0.1:{port}")
            _photograph(url)
        finally:
            server.terminate()
            server.wait()


def _wait(url: str) -> str:
    for _ in range(300):
        try:
            httpx.get(url + "/api/actors", timeout=2)
            return url
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def _photograph(url: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "/")
        page.fill("input[name=actor]", "RUS")
        page.click("#filters button[type=submit]")
        page.locator("#event-table tbody tr").first.click()
        page.locator("#detail mark").first.wait_for()
        page.screenshot(path=OUT / "events.png", full_page=True)
        page.locator("#detail a").click()
        page.locator("#article mark.event").first.wait_for()
        page.screenshot(path=OUT / "article.png")
        page.goto(url + "/?dyad#/dyads")
        page.locator("#dyad-chart svg").wait_for()
        page.screenshot(path=OUT / "dyads.png")
        page.goto(url + "/?map#/map")
        page.locator("#map-chart svg .mark-symbol.role-mark path").first.wait_for()
        page.screenshot(path=OUT / "map.png")
        browser.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
