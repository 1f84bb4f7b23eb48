"""Random ``netstat -g`` tables rendered exactly as net-tools prints them (§1.5).

Rows are ``%-15s %-6d %s``: device, reference count, group (numeric or a name that is never
cut, so it may run past any column). The title and header are those of a known language or
of one nobody listed (then only the row shapes and the dashed underline identify the table).

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import ipaddress

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import GroupMembership

LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("IPv6/IPv4 Group Memberships", "Interface       RefCnt Group"),
    "en-ipv4": ("IPv4 Group Memberships", "Interface       RefCnt Group"),
    "de": ("IPv6/IPv4-Gruppenmitgliedschaften", "Schnittstelle   RefZäh Grupp"),
    "pt_BR": ("IPv6/IPv4 Group Memberships", "Interface       CntRef Grupo"),
    "cs": ("IPv6/Členství v IPv4 skupinách", "Rozhraní        Čítač  Skupina"),
    "ja": ("IPv6/IPv4グループメンバシップ", "インタフェース 参照Cnt グループ"),
    "et": ("IPv6/IPv4 grupikuuluvused", "Liides          Mitu   Grupp"),
    "unknown": ("Członkostwo w grupach IPv6/IPv4", "Interfejs       Liczn  Grupa"),
}
"""Language -> (title, header); ``unknown`` is made up (Polish) for the by-structure path."""
UNDERLINE = "--------------- ------ ---------------------"

devices = st.from_regex(r"[a-z][a-z0-9]{0,6}(?:[.-][a-z0-9]{1,6})?", fullmatch=True)
ipv4_groups = st.integers(0xE0000000, 0xEFFFFFFF).map(lambda n: str(ipaddress.IPv4Address(n)))
ipv6_groups = st.integers(0xFF00 << 112, (1 << 128) - 1).map(lambda n: str(ipaddress.IPv6Address(n)))
named_groups = st.sampled_from(("all-systems.mcast.net", "ip6-allnodes", "ip6-allrouters", "mdns.mcast.net"))


@st.composite
def rows(draw: st.DrawFn) -> tuple[str, GroupMembership]:
    """One row and its record (line 0)."""
    device = draw(devices)
    ref_count = draw(st.integers(0, 999999))
    group = draw(st.one_of(ipv4_groups, ipv6_groups, named_groups))
    version = 4 if "." in group and group[0].isdigit() else 6 if ":" in group else None
    text = f"{device:<15} {ref_count:<6d} {group}"
    return text, GroupMembership(line=0, interface=device, ref_count=ref_count, group=group, ip_version=version)


@st.composite
def captures(draw: st.DrawFn) -> tuple[str, list[GroupMembership]]:
    """A whole ``netstat -g`` capture and the records it must give."""
    language = draw(st.sampled_from(sorted(LANGUAGES)))
    title, header = LANGUAGES[language]
    lines = [title, header, UNDERLINE]
    records = []
    for text, record in draw(st.lists(rows(), min_size=1, max_size=8)):
        lines.append(text)
        records.append(attrs.evolve(record, line=len(lines)))
    return "\n".join(lines) + "\n", records

