"""``communique serve``: a real server answers; a store held by a coding run is named."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_localhost(tmp_path):
    db = tmp_path / "events.duckdb"
    with Store(str(db)) as store:
        store.start_run({})
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert response.json() == {"events": [], "total": 0}
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_a_store_in_use_names_the_holder(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from communique.store import Store; "
         f"s = Store({str(db)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(app, ["serve", "--db", str(db)])
        assert result.exit_code == 2
        assert "in use by another process" in result.stderr and "PID" in result.stderr
        assert "Traceback" not in result.output
    finally:
        holder.communicate("", timeout=30)


def test_serve_missing_store_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such file" in result.stderr
