"""Random ``route print`` / ``netstat -r`` outputs rendered exactly as Windows prints them (§2.6).

Layout: 75-character ``=`` separators; Interface List entries are the index right-aligned
in 3, ``...``, a 24-character area (each hardware address byte as ``xx `` then dots, all dots
without an address) and the description; XP/2003 print ``0x<hex> ...<area> <description>``
and a console wraps a line longer than 80 characters onto the next one; their ``netstat -r``
prints ``Route Table`` first, Windows 2003 the ``IPv4 Route Table`` title. IPv4 active rows are
five right-aligned fields of 17, 17, 17, 17 and 7 characters; an on-link gateway word ends
one column early and the interface address gets 18 (German ``Auf Verbindung`` fills the 17
and pushes the rest one right, as in the PLC4X capture). Persistent rows: three fields of 17,
then the metric in 8 or two blanks and a word (``Default``). IPv6 rows: ``%3d %6d %-24s
gateway``; a longer destination puts the gateway on the next line after 36 blanks.
English, German, Spanish and French use their real strings (``localized.py``); ``zz`` is a
language nobody listed, to prove structure alone is enough.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import Interface, Record, Route, TableRecord

SEPARATOR = "=" * 75
WRAP_GATEWAY_INDENT = " " * 36


@attrs.frozen
class Language:
    """The strings one Windows display language prints in ``route print``."""

    interface_list: str
    ipv4_title: str
    ipv6_title: str
    active: str
    persistent: str
    ipv4_header: str
    persistent_header: str | None  # None: nobody has seen it (German), persistent rows not drawn
    ipv6_header: str
    none: str
    on_link: str
    default_metric: str | None
    on_link_width: int = 16  # the field the on-link word is right-aligned in, before one blank


LANGUAGES: dict[str, Language] = {
    "en": Language("Interface List", "IPv4 Route Table", "IPv6 Route Table", "Active Routes:", "Persistent Routes:",
                   "Network Destination        Netmask          Gateway       Interface  Metric",
                   "  Network Address          Netmask  Gateway Address  Metric",
                   " If Metric Network Destination      Gateway", "  None", "On-link", "Default"),
    "de": Language("Schnittstellenliste", "IPv4-Routentabelle", "IPv6-Routentabelle", "Aktive Routen:",
                   "Ständige Routen:",
                   "     Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik", None,
                   " If Metrik Netzwerkziel             Gateway", "  Keine", "Auf Verbindung", None, 17),
    "es": Language("ILista de interfaces", "IPv4 Tabla de enrutamiento", "IPv6 Tabla de enrutamiento",
                   "Rutas activas:", "Rutas persistentes:",
                   "Destino de red        Máscara de red   Puerta de enlace   Interfaz  Métrica",
                   "  Dirección de red  Máscara de red  Dirección de puerta de enlace  Métrica",
                   " Cuando destino de red métrica      Puerta de enlace", "  Ninguno", "En vínculo", "Predeterminada"),
    "fr": Language("Liste d'Interfaces", "IPv4 Table de routage", "IPv6 Table de routage", "Itinéraires actifs :",
                   "Itinéraires persistants :",
                   "Destination réseau    Masque réseau  Adr. passerelle   Adr. interface Métrique",
                   "  Adresse réseau    Masque réseau  Adresse passerelle Métrique",
                   " If Metric Network Destination      Gateway", "  Aucun", "On-link", "Par défaut"),
    "zz": Language("Zzlist Zzinterfacez", "IPv4 Zzroutez", "IPv6 Zzroutez", "Zzactive:", "Zzkept zzroutez:",
                   "Zzdest Zzmask Zzgate Zzface Zzmetric", "  Zzaddr Zzmask Zzgate Zzmetric",
                   " Zzif Zzmetric Zzdest Zzgate", "  Zznone", "Zz zzlink", "Zzdefault"),
}
"""Display language -> its strings (``zz``: invented, stands for any language nobody listed)."""

DESCRIPTIONS = (
    "Intel(R) PRO/1000 MT Network Connection", "Software Loopback Interface 1", "Microsoft ISATAP Adapter",
    "Realtek PCIe GbE Family Controller", "Microsoft Wi-Fi Direct Virtual Adapter", "TAP-Windows Adapter V9",
    "Hyper-V Virtual Ethernet Adapter", "Teredo Tunneling Pseudo-Interface", "Bluetooth Device (Personal Area Network)",
    "VMware Virtual Ethernet Adapter for VMnet8", "Intel(R) PRO/1000 MT-Netzwerkverbindung", "Tailscale Tunnel",
    "AMD PCNET Family PCI Ethernet Adapter - Packet Scheduler Miniport",
    "Intel 8255x-based PCI Ethernet Adapter (10/100) - Packet Scheduler Miniport",
)

octet = st.integers(0, 255)
ipv4 = st.tuples(octet, octet, octet, octet).map(lambda t: ".".join(map(str, t)))
prefix_length = st.integers(0, 32)
hextet = st.integers(0, 0xFFFF).map(lambda n: f"{n:x}")
ipv6 = st.one_of(
    st.lists(hextet, min_size=8, max_size=8).map(":".join),
    st.tuples(st.lists(hextet, min_size=1, max_size=4), st.lists(hextet, max_size=3)).map(
        lambda t: ":".join(t[0]) + "::" + ":".join(t[1])),
    st.just("::"),
)


def netmask(length: int) -> str:
    """The dotted netmask of a prefix length."""
    bits = (0xFFFFFFFF << (32 - length)) & 0xFFFFFFFF
    return ".".join(str((bits >> shift) & 0xFF) for shift in (24, 16, 8, 0))


@attrs.frozen
class Rendered:
    """Lines to print and the records they must give, with line numbers relative to the first."""

    lines: tuple[str, ...]
    records: tuple[tuple[int, int | None, TableRecord], ...]  # (line offset, end offset, record)


def place(rendered: Rendered, first_line: int, snapshot: int) -> list[Record]:
    """The records of ``rendered`` printed from ``first_line`` on, in ``snapshot``."""
    return [
        attrs.evolve(record, line=first_line + offset, end_line=None if end is None else first_line + end,
                     snapshot=snapshot)
        for offset, end, record in rendered.records
    ]


# -- Interface List ---------------------------------------------------------------------
@st.composite
def interface_entry(draw: st.DrawFn, xp: bool) -> tuple[str, Interface]:
    """One entry (unwrapped) and its record."""
    index = draw(st.integers(1, 0x1000F if xp else 999))
    size = draw(st.sampled_from((0, 6, 6, 8)))
    address = draw(st.lists(st.integers(0, 255), min_size=size, max_size=size))
    name = draw(st.sampled_from(DESCRIPTIONS)) + draw(st.sampled_from(("", "", " #2", " #14")))
    area = "".join(f"{byte:02x} " for byte in address).ljust(24, ".")
    text = f"0x{index:x} ...{area} {name}" if xp else f"{index:>3}...{area}{name}"
    mac = "-".join(f"{byte:02x}" for byte in address) or None
    return text, Interface(line=1, index=index, mac=mac, name=name, raw=text.strip())


def unambiguous_entry(xp: bool) -> st.SearchStrategy[tuple[str, Interface]]:
    """An entry whose line is not exactly 79 or 80 characters: a line of the console's width
    followed by any text is read as wrapped there (the parser's rule), so an unwrapped one of
    that width would be ambiguous."""
    return interface_entry(xp).filter(lambda entry: len(entry[0]) not in (79, 80))


def wrap(text: str) -> list[str]:
    """What an 80-column console shows of a longer line (trailing blanks are lost in a paste)."""
    return [text[start:start + 80].rstrip() for start in range(0, len(text), 80)]


@st.composite
def interface_list(draw: st.DrawFn, language: Language, xp: bool, console: bool) -> Rendered:
    """Title, entries and the closing separator (the opening one is printed by the caller)."""
    lines = [language.interface_list]
    records = []
    for text, record in draw(st.lists(unambiguous_entry(xp), min_size=1, max_size=5)):
        shown = wrap(text) if console else [text]
        start = len(lines)
        lines.extend(shown)
        records.append((start, start + len(shown) - 1 if len(shown) > 1 else None, record))
    lines.append(SEPARATOR)
    return Rendered(tuple(lines), tuple(records))


# -- IPv4 -------------------------------------------------------------------------------
def route4(destination: str, length: int, gateway: str | None, gateway_raw: str, interface: str | None,
           metric_raw: str, persistent: bool) -> Route:
    return Route(line=1, platform="windows", ip_version=4, destination=destination, netmask=netmask(length),
                 prefix_length=length, gateway=gateway, on_link=gateway is None, gateway_raw=gateway_raw,
                 interface=interface, metric=int(metric_raw) if metric_raw.isdigit() else None,
                 metric_raw=metric_raw, persistent=persistent)


@st.composite
def ipv4_active_row(draw: st.DrawFn, language: Language, xp: bool) -> tuple[str, Route]:
    destination, length, interface = draw(ipv4), draw(prefix_length), draw(ipv4)
    metric = str(draw(st.integers(1, 99999)))  # route + interface metric, each at most 9999
    start = f"{destination:>17}{netmask(length):>17}"
    if xp or draw(st.booleans()):
        gateway = draw(ipv4)
        text = f"{start}{gateway:>17}{interface:>17}{metric:>7}"
        return text, route4(destination, length, gateway, gateway, interface, metric, False)
    cell = f"{language.on_link:>{language.on_link_width}} "
    text = f"{start}{cell}{interface:>17}{metric:>7}"
    return text, route4(destination, length, None, language.on_link, interface, metric, False)


@st.composite
def ipv4_persistent_row(draw: st.DrawFn, language: Language) -> tuple[str, Route]:
    destination, length, gateway = draw(ipv4), draw(prefix_length), draw(ipv4)
    words = [language.default_metric] if language.default_metric else []
    metric = draw(st.one_of(st.integers(1, 9999).map(str), *(st.just(w) for w in words)))
    tail = f"  {metric}" if not metric.isdigit() else f"{metric:>8}"
    text = f"{destination:>17}{netmask(length):>17}{gateway:>17}{tail}"
    return text, route4(destination, length, gateway, gateway, None, metric, True)


@st.composite
def ipv4_table(draw: st.DrawFn, language: Language, xp: bool) -> Rendered:
    """From the ``Active Routes:`` label to the end of the persistent routes (titles and the
    separator above the label are printed by the caller)."""
    lines: list[str] = [language.active]
    records: list[tuple[int, int | None, TableRecord]] = []
    active = draw(st.lists(ipv4_active_row(language, xp), min_size=1 if language is LANGUAGES["zz"] else 0,
                           max_size=6))
    if active:
        lines.append(language.ipv4_header)
        for text, record in active:
            records.append((len(lines), None, record))
            lines.append(text)
        if xp and draw(st.booleans()):
            lines.append(f"Default Gateway:{draw(ipv4):>18}")
        lines.append(SEPARATOR)
    else:
        lines.append(language.none)  # the filtered layout: no separator before the next label
    lines.append(language.persistent)
    persistent = draw(st.lists(ipv4_persistent_row(language), max_size=3)) if language.persistent_header else []
    if persistent:
        lines.append(language.persistent_header or "")
        for text, record in persistent:
            records.append((len(lines), None, record))
            lines.append(text)
        if not xp:
            lines.append(SEPARATOR)
    else:
        lines.append(language.none)
    return Rendered(tuple(lines), tuple(records))


# -- IPv6 -------------------------------------------------------------------------------
@st.composite
def ipv6_row(draw: st.DrawFn, language: Language, persistent: bool) -> tuple[tuple[str, ...], Route]:
    index = draw(st.integers(0, 99))
    metric = draw(st.one_of(st.integers(1, 99999), st.just(4294967295)))
    length = draw(st.integers(0, 128))
    destination = f"{draw(ipv6)}/{length}"
    on_link = draw(st.booleans())
    gateway_raw = language.on_link if on_link else draw(ipv6)
    head = f"{index:>3} {metric:>6} {destination}"
    lines = (head, WRAP_GATEWAY_INDENT + gateway_raw) if len(destination) > 24 else \
        (f"{index:>3} {metric:>6} {destination:<24} {gateway_raw}",)
    record = Route(line=1, platform="windows", ip_version=6, destination=destination, prefix_length=length,
                   gateway=None if on_link else gateway_raw, on_link=on_link, gateway_raw=gateway_raw,
                   interface_index=index, metric=metric, metric_raw=str(metric), persistent=persistent)
    return lines, record


@st.composite
def ipv6_table(draw: st.DrawFn, language: Language) -> Rendered:
    lines: list[str] = [language.active]
    records: list[tuple[int, int | None, TableRecord]] = []
    for part, label in ((False, language.active), (True, language.persistent)):
        if part:
            lines.append(label)
        rows = draw(st.lists(ipv6_row(language, part), min_size=0 if part or language is not LANGUAGES["zz"] else 1,
                             max_size=5))
        if not rows:
            lines.append(language.none)
            continue
        lines.append(language.ipv6_header)
        for shown, record in rows:
            records.append((len(lines), len(lines) + 1 if len(shown) > 1 else None, record))
            lines.extend(shown)
        lines.append(SEPARATOR)
    return Rendered(tuple(lines), tuple(records))


# -- whole outputs ----------------------------------------------------------------------
@st.composite
def route_print(draw: st.DrawFn, language_name: str | None = None, xp: bool | None = None) -> Rendered:
    """One whole ``route print`` (Vista and later, or XP/2003 with or without the title on top)."""
    name = language_name or draw(st.sampled_from(sorted(LANGUAGES)))
    language = LANGUAGES[name]
    xp = draw(st.booleans()) if xp is None and name == "en" else bool(xp)
    lines: list[str] = []
    records: list[tuple[int, int | None, TableRecord]] = []

    def add(part: Rendered) -> None:
        records.extend((len(lines) + offset, None if end is None else len(lines) + end, record)
                       for offset, end, record in part.records)
        lines.extend(part.lines)

    if xp:
        above = draw(st.sampled_from(((), ("Route Table",), (language.ipv4_title,))))
        lines += [*above, SEPARATOR]  # netstat -r prints Route Table; 2003 the IPv4 title
        add(draw(interface_list(language, xp=True, console=draw(st.booleans()))))
        lines.append(SEPARATOR)
        add(draw(ipv4_table(language, xp=True)))
        return Rendered(tuple(lines), tuple(records))
    lines.append(SEPARATOR)
    add(draw(interface_list(language, xp=False, console=False)))
    lines += ["", language.ipv4_title, SEPARATOR]
    add(draw(ipv4_table(language, xp=False)))
    if draw(st.booleans()):
        lines += ["", language.ipv6_title, SEPARATOR]
        add(draw(ipv6_table(language)))
    return Rendered(tuple(lines), tuple(records))


@st.composite
def capture(draw: st.DrawFn, language_name: str | None = None) -> tuple[str, list[Record]]:
    """One to three ``route print`` outputs in a row (each a snapshot) and the records they give."""
    lines: list[str] = []
    records: list[Record] = []
    for snapshot in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            lines.append("")
        rendered = draw(route_print(language_name))
        records += place(rendered, len(lines) + 1, snapshot)
        lines.extend(rendered.lines)
    return "\r\n".join(lines) + "\r\n", records


captures = capture()
"""(text, expected records) of a random route print capture, any language and layout."""

rows = st.one_of(
    st.sampled_from(sorted(LANGUAGES)).flatmap(lambda n: ipv4_active_row(LANGUAGES[n], False).map(lambda r: r[0])),
    st.sampled_from(sorted(LANGUAGES)).flatmap(lambda n: ipv4_persistent_row(LANGUAGES[n]).map(lambda r: r[0])),
    st.sampled_from(sorted(LANGUAGES)).flatmap(lambda n: ipv6_row(LANGUAGES[n], False).map(lambda r: r[0][-1])),
    st.sampled_from(sorted(LANGUAGES)).flatmap(lambda n: ipv6_row(LANGUAGES[n], False).map(lambda r: r[0][0])),
    st.booleans().flatmap(lambda xp: interface_entry(xp).map(lambda e: e[0])),  # any width: grammar only
)
"""Single rendered lines of every kind (for grammar equivalence tests)."""
