"""Windows Interface Statistics: ``netstat -e [-s] [interval]``.

Layout (netstat-formats.md §2.4)::

    Interface Statistics

                               Received            Sent

    Bytes                     284101734        51022918
    Unicast packets              311022          207713
    Non-unicast packets            4410            1203
    Discards                          0               0
    Errors                            0               0
    Unknown protocols                 0

A title, the column header, then six rows at column 0: the label left-aligned, Received
right-aligned ending at column 35 and Sent at column 51; ``Unknown protocols`` has no Sent
value. With an interval the whole block repeats (each repeat is a snapshot); with ``-s`` the
protocol statistics follow it.

The block becomes one ``ethernet_stats`` record. Rows are matched to fields by their label
(English, or ``localized.ETHERNET_LABELS``); a label nobody listed is placed by position, as
the rows always come in this order. A block in a language nobody listed is found by its
first row and claims the title and header printed above it.
"""

from __future__ import annotations

from typing import Final

import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar
from netstat_parse.core.records import EthernetStats, Record
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.platforms.windows import localized
from netstat_parse.platforms.windows.stats import (
    StatisticsBlock,
    counter_key,
    english_label,
    is_sent_only,
    label_lookup,
    number,
    table_label,
)

TITLE: Final = "Interface Statistics"
ROW_LABELS: Final = ("Bytes", "Unicast packets", "Non-unicast packets", "Discards", "Errors", "Unknown protocols")
"""The English row labels, in the order netstat prints them."""
ROW_KEYS: Final = tuple(counter_key(text) for text in ROW_LABELS)
"""Row key per position: ``bytes``, ``unicast_packets`` ... ``unknown_protocols``."""
NO_SENT: Final = "unknown_protocols"

ROW: Final = LineGrammar(table_label("label") + number("first") + pp.Opt(number("second")), "Windows -e row")

_TITLES: Final[dict[str, str]] = {
    TITLE: "en",
    **{title: language for title, (_, language) in localized.ETHERNET_TITLES.items()},
}
_LABELS: Final = label_lookup(ROW_LABELS, {}, localized.ETHERNET_LABELS)


class WindowsEthernetStats(StatisticsBlock):
    """One ``Interface Statistics`` block, in any language; see the module doc."""

    kind = "ethernet_stats"
    platform = "windows"
    description = "Windows interface statistics block"
    row_grammar = ROW

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.values: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.seen: set[str] = set()  # row keys read in this block, across interruptions

    @classmethod
    def open(cls, text: str) -> Opening | None:
        language = _TITLES.get(text.strip())
        if language is None:
            return None
        return Opening(title=text.strip(), language=language, key="windows.ethernet")

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        if text[:1].isspace():
            return None
        fields = ROW.match(text)
        if fields is None:
            return None
        label = fields["label"] or ""
        found = english_label(_LABELS, label)
        if found is not None and counter_key(found[0]) == NO_SENT and fields["second"] is not None:
            return None
        if found is None and label[:1].isascii() and label[:1].islower():
            # -e labels are capitalized in every language seen; `tcp   0   0` is a Linux row
            # cut after its queues, not an Interface Statistics row
            return None
        return Opening(title=None, language=found[1] if found else "unknown", key="windows.ethernet",
                       consumed=False)

    def read_row(self, text: str) -> bool:
        fields = None if text[:1].isspace() else ROW.match(text)
        key = self._key(fields["label"] or "") if fields is not None else None
        if fields is None or key is None or (key == NO_SENT and fields["second"] is not None):
            return False
        first, second = fields["first"] or "", fields["second"]
        self.labels[key] = fields["label"] or ""
        self.seen.add(key)
        if second is not None:
            self.values[f"{key}_received"], self.values[f"{key}_sent"] = int(first), int(second)
        else:
            sent_only = key != NO_SENT and is_sent_only(text, first, self.columns, right_aligned=True)
            self.values[f"{key}_sent" if sent_only else f"{key}_received"] = int(first)
        return True

    def _key(self, printed: str) -> str | None:
        """The row's key: by its label, else by its position; None when that row was read."""
        found = english_label(_LABELS, printed)
        if found is not None:
            key = counter_key(found[0])
            if self.section.language == "unknown":
                self.section.language = found[1]
        elif self.rows < len(ROW_KEYS):
            key = ROW_KEYS[self.rows]
        else:
            return None
        return None if key in self.seen else key

    def flush(self) -> list[Record]:
        """The block's record so far (rows after an interruption start a new one)."""
        if not self.labels:
            return []
        line, end_line = self.span()
        record = EthernetStats(line=line, end_line=end_line, platform="windows", snapshot=self.section.snapshot,
                               labels=self.labels, **self.values)
        self.values, self.labels = {}, {}
        return [record]

    def explain(self, text: str) -> tuple[int, str]:
        fields = ROW.match(text)
        if fields is None:
            return ROW.explain(text)
        if text[:1].isspace():
            return 1, "a row label at column 0"
        found = english_label(_LABELS, fields["label"] or "")
        if found is not None and counter_key(found[0]) == NO_SENT and fields["second"] is not None:
            return text.rindex(fields["second"] or "") + 1, "end of line (Unknown protocols has no Sent value)"
        return 1, "a row not read yet in this block (" + ", ".join(ROW_LABELS) + ", once each)"


PARSERS: tuple[type[SectionParser], ...] = (WindowsEthernetStats,)
