"""Random Linux connection tables rendered exactly as net-tools ``netstat`` prints them (§1.3).

Row layout: the protocol label ``%-5s`` and a space, Recv-Q and Send-Q ``%6ld`` each followed
by a space (a queue over 999999 pushes the rest right), Local and Foreign ``%-23s`` each
followed by a space (longer fields with -W push right; without -W a field longer than 23
is cut by the §1.3.4 rule), the State padded to 11 *bytes* (localized UTF-8 words look one
character short) or a raw socket's number; then ``-e`` `` %-10s %-10lu`` user and inode,
``-p`` `` %-20s`` with the ``pid/name`` text cut at 19, ``-Z`` `` %-50s`` SELinux context
(header `` Security Context`` padded to 50, §1.3.1), ``-o`` `` %s`` timer. UDP rows may
have a blank State. A capture has the title (with its listing suffix), the header, the rows,
and optionally a shell prompt with the command before it (``-W`` there makes the parser
trust 23-character fields); a language nobody listed is parsed by structure alone.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.endpoints import split_endpoint
from netstat_parse.core.records import Connection

LINUX_TCP_STATES = {
    "ESTABLISHED": "ESTABLISHED", "SYN_SENT": "SYN_SENT", "SYN_RECV": "SYN_RECEIVED", "FIN_WAIT1": "FIN_WAIT_1",
    "FIN_WAIT2": "FIN_WAIT_2", "TIME_WAIT": "TIME_WAIT", "CLOSE": "CLOSED", "CLOSE_WAIT": "CLOSE_WAIT",
    "LAST_ACK": "LAST_ACK", "LISTEN": "LISTEN", "CLOSING": "CLOSING",
}
"""net-tools' tcp_state[] names (§1.3.2) -> canonical."""

ENGLISH_HEADER = "Proto Recv-Q Send-Q Local Address           Foreign Address         State      "
LANGUAGES = {
    # language: (title, suffixes all/listening/connected, base header, -e header, timer header, localized states)
    "en": ("Active Internet connections", ("(servers and established)", "(only servers)", "(w/o servers)"),
           ENGLISH_HEADER, " User       Inode     ", " Timer", {}),
    "de": ("Aktive Internetverbindungen", ("(Server und stehende Verbindungen)", "(Nur Server)", "(ohne Server)"),
           ENGLISH_HEADER, " Benutzer   Inode     ", " Timer", {"ESTABLISHED": "VERBUNDEN"}),
    "pt_BR": ("Conexões Internet Ativas", ("(servidores e estabelecidas)",) * 3,
              "Proto Recv-Q Send-Q Endereço Local          Endereço Remoto         Estado     ", " Usuário   ",
              " Temporizador", {"LISTEN": "OUÇA", "ESTABLISHED": "ESTABELECIDA", "CLOSE_WAIT": "ESPERANDO_FECHAR",
                                "FIN_WAIT1": "ESPERA_FIN1", "FIN_WAIT2": "ESPERA_FIN2", "LAST_ACK": "ÚLTIMO_ACK",
                                "SYN_SENT": "SYN_ENVIADO", "SYN_RECV": "SYN_RECEBIDO", "CLOSE": "FECHAR",
                                "CLOSING": "FECHANDO"}),
    "cs": ("Aktivní Internetová spojení", ("(servery a navázaná spojení)", "(pouze servery)", "(w/o servery)"),
           "Proto Přích-F Odch-F Místní Adresa          Vzdálená Adresa         Stav     ", " Uživatel   I-uzel    ",
           " Časovač", {"ESTABLISHED": "SPOJENO", "LISTEN": "NASLOUCHÁ", "LAST_ACK": "POSLEDNÍ ACK",
                        "CLOSE": "ZAVŘEN", "CLOSING": "ZAVÍRÁ"}),
    # nobody listed this one: title, header and states are read by their shape only
    "unknown": ("Aktywne połączenia sieciowe", ("(serwery i nawiązane)", "(tylko serwery)", "(bez serwerów)"),
                "Proto Recv-Q Send-Q Adres lokalny           Adres zdalny            Stan       ",
                " Użytkownik Iwęzeł    ", " Zegar", {"LISTEN": "NASŁUCHIWANIE", "ESTABLISHED": "POŁĄCZONE",
                                                     "TIME_WAIT": "CZEKANIE"}),
}
LISTINGS = ("all", "listening", "connected")
SERVICES = {"ssh": 22, "https": 443, "domain": 53, "ipp": 631, "bootpc": 68, "mdns": 5353}
TIMERS = ("off", "on", "keepalive", "timewait", "probe", "on1", "on2", "unkn-4")
GERMAN_TIMERS = {"off": "aus", "on": "ein", "on1": "ein1"}


@attrs.frozen
class Layout:
    """What one capture looks like: language, optional columns, -W, listing, prompt."""

    language: str
    extend: bool
    programs: bool
    timers: bool
    wide: bool
    listing: int
    prompt: bool
    contexts: bool = False


@attrs.frozen
class Row:
    """One printed row and its expected record (line number filled in by the capture)."""

    text: str
    record: Connection


octet = st.integers(0, 255)
ipv4 = st.tuples(octet, octet, octet, octet).map(lambda t: ".".join(map(str, t)))
hextet = st.integers(0, 0xFFFF).map(lambda n: f"{n:x}")
ipv6 = st.one_of(
    st.lists(hextet, min_size=8, max_size=8).map(":".join),
    st.tuples(st.lists(hextet, max_size=3), st.lists(hextet, max_size=3)).map(
        lambda p: ":".join(p[0]) + "::" + ":".join(p[1])),
)
name = st.from_regex(r"[a-z][a-z0-9-]{0,12}(\.[a-z0-9-]{1,12}){0,3}", fullmatch=True)
port_text = st.one_of(st.integers(1, 65535).map(str), st.sampled_from(sorted(SERVICES)),
                      st.from_regex(r"[a-z][a-z0-9-]{17,22}", fullmatch=True))


def cut(host: str, port: str, wide: bool) -> str:
    """The §1.3.4 rule: without -W a field over 23 characters is cut to 23."""
    if wide or len(host) + len(port) <= 22:
        return f"{host}:{port}"
    keep = min(len(port), 18)
    return f"{host[:22 - keep]}:{port[:keep]}"


def pad_bytes(text: str, width: int) -> str:
    """printf's ``%-Ns``: padding counted in bytes of the UTF-8 text."""
    return text + " " * max(0, width - len(text.encode()))


@st.composite
def program_texts(draw: st.DrawFn) -> str:
    """``-``, ``pid/`` or ``pid/name`` cut at 19; single spaces inside, never at the cut."""
    if draw(st.booleans()):
        return "-"
    pid = draw(st.integers(1, 4194304))
    words = draw(st.lists(st.from_regex(r"[a-zA-Z0-9_.:@()\[\]/-]{1,10}", fullmatch=True), max_size=3))
    text = f"{pid}/{' '.join(words)}"[:19]
    return text.rstrip()


CONTEXT_HEADER = " Security Context".ljust(50)
"""The -Z header part (§1.3.1: `` Security Context`` padded to 50), untranslated in every language."""
CONTEXT_LEVELS = ("s0", "s0-s0:c0.c1023", "s0:c0.c255", "s0:c12,c345", "s15:c0.c1023", "SystemLow-SystemHigh")


@st.composite
def context_texts(draw: st.DrawFn) -> str:
    """A -Z column text: ``user:role:type[:level]`` like §1.3.1's
    ``system_u:system_r:sshd_t:s0-s0:c0.c1023`` (a level may hold commas or words), or ``-``:
    the reference does not say what is printed for a context that cannot be read, and the
    parser reads ``-`` as null, like the program column's ``-``."""
    if draw(st.integers(0, 5)) == 0:
        return "-"
    user = draw(st.sampled_from(("system_u", "unconfined_u", "staff_u", "user_u"))) if draw(st.booleans()) else \
        draw(st.from_regex(r"[a-z][a-z0-9_]{0,10}_u", fullmatch=True))
    role = draw(st.sampled_from(("system_r", "unconfined_r", "object_r", "staff_r")))
    kind = draw(st.from_regex(r"[a-z][a-z0-9_]{0,18}_t", fullmatch=True))
    level = draw(st.one_of(st.none(), st.sampled_from(CONTEXT_LEVELS)))
    return f"{user}:{role}:{kind}" + (f":{level}" if level else "")


def context_field(shown: str) -> str | None:
    """The ``security_context`` parsing must give for a rendered -Z text."""
    return None if shown == "-" else shown


def program_fields_of(shown: str) -> tuple[int | None, str | None, bool]:
    """(pid, program, cut) that parsing must give for a rendered ``PID/Program name`` text."""
    if shown == "-":
        return None, None, False
    pid_text, _, name = shown.partition("/")
    return int(pid_text), name or None, len(shown) >= 19


@st.composite
def rows(draw: st.DrawFn, layout: Layout, states: dict[str, str]) -> Row:
    """One row of the layout and the record parsing must give (wide-ness resolved by captures)."""
    family = draw(st.sampled_from(("tcp", "udp", "udpl", "raw")))
    six = draw(st.booleans())
    label = family + ("6" if six else "")
    host_pool = st.one_of(ipv6, name, st.just("::")) if six else st.one_of(ipv4, name, st.just("0.0.0.0"))
    local = cut(draw(host_pool), draw(port_text), layout.wide)
    listening = draw(st.booleans())
    foreign = cut(draw(host_pool), "*" if listening else draw(port_text), layout.wide)
    recv_q, send_q = draw(st.integers(0, 2_000_000)), draw(st.integers(0, 99_999))
    state_text, state = "", None
    if family == "tcp":
        english = "LISTEN" if listening else draw(st.sampled_from(sorted(LINUX_TCP_STATES)))
        state_text = states.get(english, english)
        known = layout.language != "unknown" or state_text == english
        state = LINUX_TCP_STATES[english] if known else ("LISTEN" if foreign.endswith(":*") else None)
    elif family in ("udp", "udpl") and draw(st.booleans()):  # a connected UDP socket
        state_text = states.get("ESTABLISHED", "ESTABLISHED")
        state = "ESTABLISHED" if layout.language != "unknown" or state_text == "ESTABLISHED" else None
    elif family == "raw":
        state_text = str(draw(st.integers(0, 12)))
    text = f"{label:<5s} {recv_q:6d} {send_q:6d} {local:<23s} {foreign:<23s} {pad_bytes(state_text, 11)}"
    user = inode = None
    if layout.extend:
        user = draw(st.one_of(st.integers(0, 65534).map(str), st.from_regex(r"[a-z_][a-z0-9_-]{0,15}",
                                                                             fullmatch=True)))
        inode = draw(st.integers(0, 2**32))
        text += f" {user:<10s} {inode:<10d}"
    pid = program = None
    program_cut = False
    if layout.programs:
        shown = draw(program_texts())
        pid, program, program_cut = program_fields_of(shown)
        text += f" {shown:<20s}"
    context = None
    if layout.contexts:
        shown_context = draw(context_texts())
        context = context_field(shown_context)
        text += f" {shown_context:<50s}"
    timer: dict[str, object] = {}
    if layout.timers:
        kind = draw(st.sampled_from(TIMERS))
        seconds = 0.0 if kind == "off" else draw(st.integers(0, 999999)) / 100
        retrans, probes = draw(st.integers(0, 20)), draw(st.integers(0, 9))
        shown_kind = GERMAN_TIMERS.get(kind, kind) if layout.language == "de" else kind
        raw = f"{shown_kind} ({seconds:2.2f}/{retrans}/{probes})"
        text += f" {raw}"
        timer = {"timer_raw": raw, "timer_name": kind, "timer_seconds": seconds, "timer_retransmits": retrans,
                 "timer_probes": probes}
    lo, fo = split_endpoint(local), split_endpoint(foreign)
    record = Connection(
        line=0, platform="linux", protocol={"udpl": "udplite"}.get(family, family),
        ip_version=6 if six else (lo.ip_version or fo.ip_version or 4),
        local_host=lo.host, local_port=lo.port, local_service=lo.service,
        remote_host=fo.host, remote_port=fo.port, remote_service=fo.service,
        state=state, state_raw=state_text or None, pid=pid, program=program, program_truncated=program_cut,
        security_context=context, recv_q=recv_q, send_q=send_q, user=user, inode=inode,
        **timer,  # type: ignore[arg-type]
    )
    return Row(text, record)


def truncation(record: Connection, local: str, foreign: str, trusted_wide: bool) -> Connection:
    """Flag 23-character fields as possibly cut (§1.3.4) unless the capture is known wide;
    a cut field whose port text may itself be cut gives no port number."""
    changes: dict[str, object] = {}
    for side, text in (("local", local), ("remote", foreign)):
        if len(text) == 23 and not trusted_wide:
            changes[f"{side}_truncated"] = True
            if getattr(record, f"{side}_service") is not None and len(getattr(record, f"{side}_service")) >= 18:
                changes[f"{side}_port"] = None
    return attrs.evolve(record, **changes)  # type: ignore[arg-type]


layouts = st.builds(Layout, st.sampled_from(sorted(LANGUAGES)), st.booleans(), st.booleans(), st.booleans(),
                    st.booleans(), st.integers(0, 2), st.booleans(), st.booleans())


@st.composite
def captures(draw: st.DrawFn) -> tuple[str, list[Connection]]:
    """A whole capture (optional prompt, title, header, rows) and the records it must give."""
    layout = draw(layouts)
    title, suffixes, header, extend_header, timer_header, states = LANGUAGES[layout.language]
    drawn = draw(st.lists(rows(layout, states), min_size=1, max_size=8))
    lines: list[str] = []
    if layout.prompt:
        options = "-tuwa" + ("n" if draw(st.booleans()) else "") + ("e" if layout.extend else "") + (
            "p" if layout.programs else "") + ("Z" if layout.contexts else "") + ("o" if layout.timers else "") + (
            "W" if layout.wide else "")
        lines.append(f"$ netstat {options}")
    lines.append(f"{title} {suffixes[layout.listing]}")
    lines.append(header + (extend_header if layout.extend else "") + (" PID/Program name    " if layout.programs else "")
                 + (CONTEXT_HEADER if layout.contexts else "") + (timer_header if layout.timers else ""))
    records = []
    seen_long = layout.wide and layout.prompt
    for row in drawn:
        tokens = row.text.split()
        local, foreign = tokens[3], tokens[4]
        seen_long = seen_long or len(local) > 23 or len(foreign) > 23
        lines.append(row.text)
        record = truncation(row.record, local, foreign, seen_long)
        records.append(attrs.evolve(record, line=len(lines)))
    return "\n".join(lines) + "\n", records
