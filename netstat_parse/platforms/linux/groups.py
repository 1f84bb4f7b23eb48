"""Linux multicast group memberships: ``netstat -g`` (netstat-formats.md §1.5).

Layout::

    IPv6/IPv4 Group Memberships
    Interface       RefCnt Group
    --------------- ------ ---------------------
    lo              1      224.0.0.1
    eth0            1      ff02::1:ff00:2

Rows are ``%-15s %-6d %s``: the device (a ``:alias`` suffix stripped by netstat), the
reference count and the group, numeric or a name that is never truncated
(``all-systems.mcast.net``). IPv4 groups come first, then IPv6. The dashed underline is a
header line. The title and column header are translated (``localized.py``); in a language
nobody listed the underline and the row shape still identify the table.
"""

from __future__ import annotations

from typing import Final

import attrs
import pyparsing as pp

from netstat_parse.core.endpoints import ip_version_of
from netstat_parse.core.grammar import LineGrammar, RowFields
from netstat_parse.core.records import GroupMembership, Record
from netstat_parse.core.sections import Opening, Section, SectionParser, single_spaced
from netstat_parse.platforms.linux import localized
from netstat_parse.platforms.linux.routes import looks_like_title

# -- grammar pieces ---------------------------------------------------------------------
device = pp.Regex(r"\S++").set_name("interface name")
ref_count = pp.Regex(r"\d++(?!\S)").set_name("reference count")
group = pp.Regex(r"\S++").set_name("group address or name")
numeric_group = pp.Regex(r"\d{1,3}(?:\.\d{1,3}){3}(?!\S)|[0-9a-fA-F]*+:[0-9a-fA-F:]*+(?!\S)").set_name(
    "numeric group address")
dashes = pp.Regex(r"-++").set_name("dashes")

ROW = LineGrammar(device("interface") + ref_count("ref_count") + group("group"), "Linux -g group row")
NUMERIC_ROW = LineGrammar(device("interface") + ref_count("ref_count") + numeric_group("group"),
                          "Linux -g group row (numeric group)")
"""A row whose group is an address: enough to recognize a table nobody titled."""
UNDERLINE = LineGrammar(dashes + dashes + dashes, "Linux -g header underline")

KEY: Final = "linux.group_memberships"


def _looks_like_header(text: str) -> bool:
    """A column header in a language nobody listed: three words, none a number."""
    words = text.split()
    return len(words) == 3 and not any(word.isdigit() for word in words)


class LinuxGroups(SectionParser):
    """``IPv6/IPv4 Group Memberships`` tables; see the module doc."""

    kind = "group_memberships"
    platform = "linux"
    description = "Linux multicast group table"
    row_grammar = ROW

    def __init__(self, section: Section, opening: Opening) -> None:
        super().__init__(section, opening)
        self.has_header = False
        self.has_rows = False

    @classmethod
    def open(cls, text: str) -> Opening | None:
        language = localized.GROUP_TITLES.get(text.strip())
        return Opening(title=text.strip(), language=language, key=KEY) if language is not None else None

    @classmethod
    def open_fragment(cls, text: str) -> Opening | None:
        """A known column header, the dashed underline or a numeric row with no title above."""
        language = localized.GROUP_HEADERS.get(single_spaced(text))
        if language is None and UNDERLINE.match(text) is None and NUMERIC_ROW.match(text) is None:
            return None
        return Opening(title=None, language=language or "unknown", key=KEY, consumed=False)

    @classmethod
    def adopt_preamble(cls, opening: Opening, texts: list[str]) -> tuple[Opening, int]:
        """The title (and header) just above, in a language nobody listed."""
        if not texts:
            return opening, 0
        if opening.language == "unknown" and _looks_like_header(texts[-1]):
            if len(texts) >= 2 and looks_like_title(texts[-2]):
                return attrs.evolve(opening, title=texts[-2].strip()), 2
            return opening, 1
        if looks_like_title(texts[-1]):
            return attrs.evolve(opening, title=texts[-1].strip(), language="unknown"), 1
        return opening, 0

    def feed(self, line_no: int, text: str) -> list[Record] | None:
        if not text:
            return []
        if not self.has_rows:
            if UNDERLINE.match(text) is not None:
                self.has_header = True
                return self.mark_header(line_no)
            if not self.has_header:
                language = localized.GROUP_HEADERS.get(single_spaced(text))
                if language is not None or _looks_like_header(text):
                    self.has_header = True
                    if language is not None and self.section.language in ("en", "unknown"):
                        self.section.language = language
                    return self.mark_header(line_no)
        fields = ROW.match(text)
        if fields is None:
            return None
        self.has_rows = True
        return [self._record(fields, line_no)]

    def _record(self, fields: RowFields, line_no: int) -> GroupMembership:
        group_text = fields["group"] or ""
        return GroupMembership(
            line=line_no,
            snapshot=self.section.snapshot,
            interface=fields["interface"] or "",
            ref_count=int(fields["ref_count"] or 0),
            group=group_text,
            ip_version=ip_version_of(group_text),
        )


PARSERS: tuple[type[SectionParser], ...] = (LinuxGroups,)
