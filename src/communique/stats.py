"""``communique stats``: a dyad's events per period, and the busiest actors, events, dyads.

The figures come from the read-only queries of ``communique.query``; the chart is drawn
with matplotlib (stacked bars of the four quad classes, the mean Goldstein value as a
line on its own axis) and saved as PNG.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from .errors import ConfigError

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
QUAD_COLOURS = ("#4c9a2a", "#1b6b1b", "#e39b2d", "#c0392b")


def dyad_table(a: str, b: str, by: str, periods: list[dict]) -> Table:
    table = Table(title=f"{a} and {b}, either way, per {by}",
                  caption="V/M: verbal/material cooperation and conflict; Goldstein: mean")
    table.add_column("period", no_wrap=True, min_width=10)
    for name in ("V coop", "M coop", "V confl", "M confl", "events", "Goldstein"):
        table.add_column(name, justify="right")
    for p in periods:
        table.add_row(p["period"], *(str(p[q]) for q in QUADS), str(p["events"]),
                      f"{p['mean_goldstein']:+.2f}")
    return table


def top_table(what: str, rows: list[dict]) -> Table:
    table = Table(title=f"busiest {what}")
    if not rows:
        return table
    for name in rows[0]:
        table.add_column(name.replace("_", " "))
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    return table


def plot_dyad(a: str, b: str, by: str, periods: list[dict], path: Path) -> None:
    """Stacked bars per quad class and the mean Goldstein line, saved to ``path`` (PNG)."""
    try:
        import matplotlib
    except ImportError:
        raise ConfigError("--plot needs matplotlib: pip install 'communique[analysis]'") \
            from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [p["period"] for p in periods]
    figure, counts = plt.subplots(figsize=(10, 4.5), dpi=100)
    bottom = [0] * len(periods)
    for quad, colour in zip(QUADS, QUAD_COLOURS):
        values = [p[quad] for p in periods]
        counts.bar(labels, values, bottom=bottom, color=colour, label=quad.replace("_", " "))
        bottom = [x + y for x, y in zip(bottom, values)]
    counts.set_ylabel("events")
    counts.tick_params(axis="x", labelrotation=45)
    tone: Any = counts.twinx()
    tone.plot(labels, [p["mean_goldstein"] for p in periods], color="#1d232a", marker="o",
              label="mean Goldstein")
    tone.set_ylim(-10, 10)
    tone.set_ylabel("mean Goldstein")
    counts.legend(loc="upper left", fontsize="small")
    counts.set_title(f"{a} and {b}, per {by}")
    figure.tight_layout()
    figure.savefig(path, format="png")
    plt.close(figure)
