"""End to end in headless Chromium (Debian's package, driven by Playwright): the pages
load, filter, open an event and its article, and draw the dyad chart and the map, with
no request leaving the machine."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest

from test_web_api import build_store

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "events.duckdb"
    build_store(path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db",
                                str(path), "--port", str(port)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/api/actors", timeout=2)
            break
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                            "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.outside = []  # requests that would have left the machine
        page.errors = []

        def guard(route):
            if route.request.url.startswith(server):
                route.continue_()
            else:
                page.outside.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page
        browser.close()


def test_browser_events_filter_and_open_an_event(page, server):
    page.goto(server + "/")
    rows = page.locator("#event-table tbody tr")
    rows.first.wait_for()
    assert rows.count() == 4
    page.fill("input[name=actor]", "RUSGOV")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#event-table tbody tr').length == 2")
    assert "2 events" in page.inner_text("#status")
    rows.first.click()
    detail = page.locator("#detail")
    assert "Express intent to meet or negotiate" in detail.inner_text()
    assert detail.locator("mark.source").count() == 1
    assert detail.locator("mark.word").inner_text() == "agreed"  # the coded word
    detail.locator("a", has_text="Open the article").click()
    page.locator("#article mark.event").first.wait_for()
    assert page.locator("#article mark.event").count() == 3  # three sentences hold events
    assert "Ukrainian forces" in page.locator("#article mark.source").all_inner_texts()
    assert page.locator("#article .junk").inner_text().startswith("READ MORE")
    assert "on Monday" in page.locator("#article .date").all_inner_texts()
    assert page.outside == [] and page.errors == []


def test_browser_dyad_chart_and_map_render(page, server):
    page.goto(server + "/#/dyads")
    page.fill("#dyad-form input[name=a]", "USA")
    page.fill("#dyad-form input[name=b]", "RUS")
    page.click("#dyad-form button[type=submit]")
    page.locator("#dyad-chart svg .mark-rect path").first.wait_for()
    assert page.locator("#dyad-chart svg .mark-rect path").count() >= 2  # bars, 2 months
    page.goto(server + "/?reload#/map")  # a fresh page: the Events filters are empty
    page.locator("#map-chart svg .mark-symbol.role-mark path").first.wait_for()
    assert page.locator("#map-chart svg .mark-shape path").count() > 150  # the countries
    assert page.locator("#map-chart svg .mark-symbol.role-mark path").count() == 1  # Poland
    assert page.outside == [] and page.errors == []
