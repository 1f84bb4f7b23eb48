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

import attrs
import pyparsing as pp

from netstat_parse.core.grammar import LineGrammar
from netstat_parse.core.records import EthernetStats, Record
from netstat_parse.core.sections import Opening, Section, SectionParser
from netstat_parse.platforms.windows import localized
from netstat_parse.platforms.windows.stats import (
    COLUMN_HEADER,
    column_of_sent,
    counter_key,
    english_label,
    is_sent_only,
    label_lookup,
    looks_like_title,
    number,
    preamble_header,
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


class WindowsEthernetStats(SectionParser):
    """One ``Interface Statistics`` block, in any language; see the module doc."""

    kind = "ethernet_stats"
    platform = "windows"
    description = "Windows interface statistics block"
    row_grammar = ROW

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.sent_column: int | None = section.properties.pop("sent_column", None)
        self.closed = False
        self.position = 0  # rows read so far: where a row with an unknown label goes
        self.start: int | None = section.line
        self.end = section.line
        self.values: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.seen: set[str] = set()  # row keys read in this block, across interruptions

    # -- opening ------------------------------------------------------------------------
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
        found = english_label(_LABELS, fields["label"] or "")
        if found is not None and counter_key(found[0]) == NO_SENT and fields["second"] is not None:
            return None
        return Opening(title=None, language=found[1] if found else "unknown", key="windows.ethernet",
                       consumed=False)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """The title and Received/Sent header of a block nobody listed, above its first row."""
        count, properties = preamble_header(texts)
        if len(texts) > count and looks_like_title(texts[-1 - count]):
            return Opening(title=texts[-1 - count].strip(), language=opening.language, key=opening.key,
                           consumed=False, properties=properties), count + 1
        return attrs.evolve(opening, properties=properties), count

    # -- lines --------------------------------------------------------------------------
    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return self.flush()
        if self.closed:
            return None
        if not self.position:
            header = COLUMN_HEADER.match(text)
            if header is not None:
                self.sent_column = column_of_sent(text, header)
                return self.mark_header(line_no)
        fields = None if text[:1].isspace() else ROW.match(text)
        key = self._key(fields["label"] or "") if fields is not None else None
        if fields is None or key is None or (key == NO_SENT and fields["second"] is not None):
            self.closed = looks_like_title(text)
            return None
        first, second = fields["first"] or "", fields["second"]
        if self.start is None:
            self.start = line_no
        self.end, self.position = line_no, self.position + 1
        self.labels[key] = fields["label"] or ""
        self.seen.add(key)
        if second is not None:
            self.values[f"{key}_received"], self.values[f"{key}_sent"] = int(first), int(second)
        else:
            direction = "sent" if key != NO_SENT and is_sent_only(text, first, self.sent_column) else "received"
            self.values[f"{key}_{direction}"] = int(first)
        return []

    def _key(self, printed: str) -> str | None:
        """The row's key: by its label, else by its position; None when that row was read."""
        found = english_label(_LABELS, printed)
        if found is not None:
            key = counter_key(found[0])
            if self.section.language == "unknown":
                self.section.language = found[1]
        elif self.position < len(ROW_KEYS):
            key = ROW_KEYS[self.position]
        else:
            return None
        return None if key in self.seen else key

    def flush(self) -> list[Record]:
        """The block's record so far (rows after an interruption start a new one)."""
        if not self.labels or self.start is None:
            return []
        record = EthernetStats(
            line=self.start,
            end_line=self.end if self.end != self.start else None,
            platform="windows",
            snapshot=self.section.snapshot,
            labels=self.labels,
            **self.values,
        )
        self.start, self.values, self.labels = None, {}, {}
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
