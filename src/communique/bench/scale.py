"""``communique bench scale``: whole runs of ``communique code``, as a user starts them.

Each measurement runs ``python -m communique code CORPUS.jsonl --out FILE`` in a
subprocess on a JSONL file made from the corpus (stories repeated, with new ids,
when more are asked for than it has), and reports wall-clock articles/s (model
loading included) and the peak memory of the whole process tree (the main
process plus its worker processes or Ray's, summed, sampled every 0.2 s from
/proc). It compares 1 and 2 local workers, Ray's overhead against the local
engine on the same input and workers, peak memory against corpus size, and
projects the one-core rate to a day of global news.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

NEWS_PER_DAY = 500_000  # "hundreds of thousands of articles a day" (the figure)
SAMPLE_SECONDS = 0.2


@dataclass(frozen=True)
class Measured:
    label: str
    articles: int
    seconds: float
    peak_rss: int  # bytes, summed over the process tree
    main_cpu: float = 0.0  # CPU seconds of the calling process alone (reading and writing)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def write_corpus(texts: Sequence[str], n: int, path: Path) -> Path:
    """``n`` articles cycling through ``texts``, one JSONL record each."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            record = {"id": f"bench-{i}", "text": texts[i % len(texts)], "date": "2024-05-01"}
            fh.write(json.dumps(record) + "\n")
    return path


def run_code(label: str, corpus: Path, n: int, args: Sequence[str],
             env: dict[str, str] | None = None) -> Measured:
    """One ``communique code`` run over ``corpus`` (``n`` articles), timed and sampled."""
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        command = [sys.executable, "-m", "communique", "code", str(corpus), "--format",
                   "jsonl", "--out", os.path.join(tmp, "events.jsonl"), *args]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True, env={**os.environ, **(env or {})})
        peak = _PeakSampler(process.pid)
        peak.start()
        _, err = process.communicate()
        seconds = time.monotonic() - started
        peak.stop()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{label}: communique code failed: {err.strip()[-500:]}")
    return Measured(label=label, articles=n, seconds=seconds, peak_rss=peak.peak,
                    main_cpu=peak.main_cpu)


class _PeakSampler(threading.Thread):
    """The largest summed RSS of a process and its descendants, sampled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.main_cpu, self.running = pid, 0, 0.0, True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, tree_rss(self.pid))
            self.main_cpu = max(self.main_cpu, cpu_seconds(self.pid))
            time.sleep(SAMPLE_SECONDS)

    def stop(self) -> None:
        self.running = False
        self.join()


def tree_rss(root: int) -> int:
    """Summed resident memory (bytes) of ``root`` and every process descending from it."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            status = _status(int(entry))
            if status:
                parents[int(entry)], rss[int(entry)] = status
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status(pid: int) -> tuple[int, int] | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line)
    except OSError:
        return None
    ppid = int(fields.get("PPid", "0").strip() or 0)
    kb = fields.get("VmRSS", "0 kB").split()[0]
    return ppid, int(kb) * 1024


@dataclass(frozen=True)
class ScaleReport:
    workers: list[Measured]
    ray: Measured | None
    sizes: list[Measured]
    cores: int


def measure_scale(texts: Sequence[str], n: int, sizes: Sequence[int], repeat: int,
                  ray: bool, progress: Callable[[str], None]) -> ScaleReport:
    with tempfile.TemporaryDirectory(prefix="communique-corpus-") as tmp:
        corpus = write_corpus(texts, n, Path(tmp) / f"corpus-{n}.jsonl")

        def median_run(label: str, args: list[str]) -> Measured:
            runs = [run_code(label, corpus, n, args) for _ in range(repeat)]
            progress(f"{label}: " + ", ".join(f"{r.rate:.1f} articles/s" for r in runs))
            return sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]

        workers = [median_run(f"local, {w} worker{'s' * (w > 1)}", ["--workers", str(w)])
                   for w in (1, 2)]
        on_ray = median_run("ray, 2 workers", ["--engine", "ray", "--workers", "2"]) \
            if ray else None
        by_size = []
        for size in sizes:
            path = write_corpus(texts, size, Path(tmp) / f"corpus-{size}.jsonl")
            by_size.append(run_code(f"{size:,} articles, 2 workers", path, size,
                                    ["--workers", "2"]))
            progress(f"{size:,} articles: peak {by_size[-1].peak_rss / 2**20:.0f} MB")
            path.unlink()
    return ScaleReport(workers=workers, ray=on_ray, sizes=by_size, cores=os.cpu_count() or 1)


def format_scale(report: ScaleReport, source: str) -> str:
    one, two = report.workers
    lines = [f"scale: whole `communique code` runs on {one.articles:,} articles of {source} "
             f"({report.cores} cores)", "",
             f"{'run':<28}{'seconds':>10}{'articles/s':>12}{'peak RSS MB':>13}"]
    for m in [*report.workers, *([report.ray] if report.ray else []), *report.sizes]:
        lines.append(f"{m.label:<28}{m.seconds:>10.1f}{m.rate:>12.1f}"
                     f"{m.peak_rss / 2**20:>13.0f}")
    lines += ["", f"speed-up, 2 workers / 1:          {two.rate / one.rate:.2f}",
              f"writer (main process, 2 workers): {_writer_rate(two):,.0f} articles per "
              "CPU second (the most one calling process can write)"]
    if report.ray:
        lines.append(f"ray / local time, 2 workers:      {report.ray.seconds / two.seconds:.2f}")
    if len(report.sizes) >= 2:
        small, large = report.sizes[0], report.sizes[-1]
        lines.append(f"peak RSS, {large.articles:,} / {small.articles:,} articles:  "
                     f"{large.peak_rss / small.peak_rss:.2f}")
    per_day = one.rate * 86_400
    lines.append(f"one core: {per_day:,.0f} articles/day; {NEWS_PER_DAY:,} articles/day "
                 f"of global news needs {NEWS_PER_DAY / per_day:.1f} cores")
    return "\n".join(lines)


def _writer_rate(m: Measured) -> float:
    return m.articles / m.main_cpu if m.main_cpu else 0.0


def scale_figures(report: ScaleReport) -> dict:
    def side(m: Measured | None) -> dict | None:
        return None if m is None else {"label": m.label, "articles": m.articles,
                                       "seconds": round(m.seconds, 2),
                                       "articles_per_s": round(m.rate, 2),
                                       "peak_rss_mb": round(m.peak_rss / 2**20)}
    one, two = report.workers
    return {"workers": [side(m) for m in report.workers], "ray": side(report.ray),
            "sizes": [side(m) for m in report.sizes],
            "speedup_2_workers": round(two.rate / one.rate, 3),
            "writer_articles_per_cpu_s": round(_writer_rate(two)),
            "ray_overhead": round(report.ray.seconds / two.seconds, 3) if report.ray else None,
            "cores_for_a_day": round(NEWS_PER_DAY / (one.rate * 86_400), 2)}

