"""``timeline --plot FILE.png``: connections per state over the snapshots, as stacked bars.

matplotlib is the optional extra ``plot`` (``pip install 'netstat-parse[plot]'``); it is
imported only here, when a plot is asked for, with the headless Agg backend.
"""

from __future__ import annotations

import os

from netstat_parse.analysis.identity import NO_STATE
from netstat_parse.analysis.timeline import Timeline
from netstat_parse.core.errors import NetstatParseError

MAX_TICKS = 20
"""Up to this many snapshots, each bar gets its own tick label."""
MISSING = "--plot needs matplotlib: pip install 'netstat-parse[plot]'"


def plot_timeline(tl: Timeline, path: str | os.PathLike[str]) -> None:
    """Write a PNG: one stacked bar of connections per state for each snapshot with a connection table."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise NetstatParseError(MISSING, source=os.fspath(path)) from None
    steps = [step for step in tl.steps if step.states is not None]
    if not steps:
        raise NetstatParseError("nothing to plot: no snapshot has a connection table", source=os.fspath(path))
    timed = all(step.time is not None for step in steps)
    xs = [float(step.time if timed and step.time is not None else step.index) for step in steps]
    names = tl.state_names()
    series = [[(step.states or {}).get(name, 0) for step in steps] for name in names]
    figure, axes = plt.subplots(figsize=(10, 5), dpi=100)
    try:
        gaps = [b - a for a, b in zip(xs, xs[1:]) if b > a]
        width = 0.8 * min(gaps) if gaps else 0.8
        bottom = [0.0] * len(steps)
        for name, values, color in zip(names, series, _colors(names)):
            label = "no state (UDP, raw)" if name == NO_STATE else name
            axes.bar(xs, values, width=width, bottom=bottom, label=label, color=color)
            bottom = [b + v for b, v in zip(bottom, values)]
        axes.set_xlabel("seconds since the first snapshot" if timed else "snapshot")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        if len(xs) <= MAX_TICKS:
            axes.set_xticks(xs, [f"{x:g}" for x in xs])
        else:
            axes.xaxis.set_major_locator(MaxNLocator(integer=not timed))
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="state", fontsize="small")
        axes.set_ylabel("connections")
        axes.set_title(f"Connections per state: {', '.join(os.path.basename(s) for s in tl.sources)}", fontsize="medium")
        axes.grid(axis="y", alpha=0.3)
        figure.tight_layout()
        try:
            figure.savefig(os.fspath(path), format="png")
        except OSError as err:
            raise NetstatParseError(err.strerror or str(err), source=os.fspath(path)) from None
    finally:
        plt.close(figure)


STATE_COLORS: dict[str, str] = {
    "LISTEN": "#1f77b4", "ESTABLISHED": "#2ca02c", "SYN_SENT": "#9467bd", "SYN_RECEIVED": "#c5b0d5",
    "FIN_WAIT_1": "#ff7f0e", "FIN_WAIT_2": "#ffbb78", "CLOSE_WAIT": "#d62728", "CLOSING": "#ff9896",
    "LAST_ACK": "#8c564b", "TIME_WAIT": "#7f7f7f", "CLOSED": "#17becf", "DELETE_TCB": "#bcbd22",
    "BOUND": "#dbdb8d", NO_STATE: "#aec7e8",
}
"""A fixed colour per state, the same in every plot (CLOSE_WAIT, the usual trouble, in red)."""
OTHER_COLORS = ("#e377c2", "#f7b6d2", "#c49c94", "#9edae5", "#98df8a")


def _colors(names: list[str]) -> list[str]:
    others = iter(OTHER_COLORS * (len(names) // len(OTHER_COLORS) + 1))
    return [STATE_COLORS.get(name) or next(others) for name in names]
