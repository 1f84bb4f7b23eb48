"""Analysis of parsed captures: netstat as a poor man's sniffer.

* :func:`summarize`: one capture at a glance (listeners, talkers, states, problem counters);
* :func:`diff`: what was added, removed and changed between two captures;
* :func:`timeline`: snapshots of interval/continuous captures (or of several files) in order;
* :func:`plot_timeline`: connections per state over time as a PNG (matplotlib extra).

Every function takes parsed documents (:func:`netstat_parse.parse_file`) or record streams;
results have ``to_dict()`` (the JSON contract) and ``to_text()`` (aligned tables).
See ``docs/sniffer.md``; connection identity is documented in :mod:`.identity`.
"""

from netstat_parse.analysis.diff import Change, Comparison, CounterDelta, Diff, compare, diff
from netstat_parse.analysis.identity import IDENTITIES, Identity, connection_key
from netstat_parse.analysis.plot import plot_timeline
from netstat_parse.analysis.snapshots import Snapshot, snapshots_of
from netstat_parse.analysis.summary import Summary, summarize
from netstat_parse.analysis.timeline import Step, Timeline, timeline

__all__ = (
    "IDENTITIES",
    "Change",
    "Comparison",
    "CounterDelta",
    "Diff",
    "Identity",
    "Snapshot",
    "Step",
    "Summary",
    "Timeline",
    "compare",
    "connection_key",
    "diff",
    "plot_timeline",
    "snapshots_of",
    "summarize",
    "timeline",
)
