"""Random Windows connection tables rendered exactly as netstat.exe prints them (§2.3).

Layout: two leading spaces, Proto ``%-5s``, two spaces, Local ``%-21s``, two spaces,
Foreign ``%-21s``, two spaces, then the State; with ``-o``/``-t``/``-y``/``-i`` the State is
``%-12s`` plus four spaces before the next column; ``-o -t`` puts a TAB before the offload
state. Overflowing values push the rest right, keeping the two-space gap. ``-b`` rows are
followed by component lines (two spaces), the executable line (one space, brackets) or the
ownership-unavailable line. An interval capture repeats the whole block.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import Connection

ENGLISH_STATES = {
    "LISTENING": "LISTEN", "ESTABLISHED": "ESTABLISHED", "TIME_WAIT": "TIME_WAIT", "CLOSE_WAIT": "CLOSE_WAIT",
    "SYN_SENT": "SYN_SENT", "SYN_RECEIVED": "SYN_RECEIVED", "FIN_WAIT_1": "FIN_WAIT_1",
    "FIN_WAIT_2": "FIN_WAIT_2", "LAST_ACK": "LAST_ACK", "CLOSING": "CLOSING", "CLOSED": "CLOSED",
    "DELETE_TCB": "DELETE_TCB",
}
GERMAN_STATES = {
    "ABHÖREN": "LISTEN", "HERGESTELLT": "ESTABLISHED", "WARTEND": "TIME_WAIT",
    "SCHLIESSEN_WARTEN": "CLOSE_WAIT", "FIN_WARTEN_2": "FIN_WAIT_2",
}
LANGUAGES = {
    "en": ("Active Connections", ("Proto", "Local Address", "Foreign Address", "State"), ENGLISH_STATES),
    "de": ("Aktive Verbindungen", ("Proto", "Lokale Adresse", "Remoteadresse", "Status"),
           {**ENGLISH_STATES, **GERMAN_STATES}),
    "es": ("Conexiones activas", ("Proto", "Dirección local", "Dirección remota", "Estado"), ENGLISH_STATES),
    "ko": ("활성 연결", ("프로토콜", "로컬 주소", "외부 주소", "상태"), ENGLISH_STATES),
}
SERVICES = {"https": 443, "http": 80, "epmap": 135, "microsoft-ds": 445, "netbios-ssn": 139, "imaps": 993}
OFFLOAD = ("InHost", "Offloaded", "Offloading", "Uploading")
TEMPLATES = ("Internet", "Datacenter", "Compat", "Not Applicable")
# netstat option letters that change the layout (each letter is a flag; "a" alone = plain -a)
VARIANTS = ("a", "o", "t", "ot", "b", "bo", "q", "y", "i", "oi")


@attrs.frozen
class Endpoint:
    """An endpoint to print and the fields parsing must give back."""

    text: str
    host: str | None
    port: int | None
    service: str | None = None
    ip_version: int | None = None


octet = st.integers(0, 255)
ipv4 = st.tuples(octet, octet, octet, octet).map(lambda t: ".".join(map(str, t)))
hextet = st.integers(0, 0xFFFF).map(lambda n: f"{n:x}")
ipv6 = st.one_of(
    st.lists(hextet, min_size=8, max_size=8).map(":".join),
    st.tuples(st.lists(hextet, min_size=1, max_size=3), st.lists(hextet, max_size=3)).map(
        lambda t: ":".join(t[0]) + "::" + ":".join(t[1])
    ),
    st.just("::"),
    st.just("::1"),
)
zone = st.one_of(st.just(""), st.integers(1, 99).map(lambda n: f"%{n}"))
port = st.integers(0, 65535)
hostname = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,14}(\.[a-z0-9-]{1,10}){0,3}", fullmatch=True).filter(
    lambda h: not h[-1] == "-"
)


@st.composite
def numeric_endpoint(draw: st.DrawFn, family: int) -> Endpoint:
    number = draw(port)
    if family == 4:
        host = draw(ipv4)
        return Endpoint(f"{host}:{number}", host, number, None, 4)
    host = draw(ipv6) + draw(zone)
    return Endpoint(f"[{host}]:{number}", host, number, None, 6)


@st.composite
def named_endpoint(draw: st.DrawFn) -> Endpoint:
    host = draw(hostname)
    if draw(st.booleans()):
        service = draw(st.sampled_from(sorted(SERVICES)))
        return Endpoint(f"{host}:{service}", host, SERVICES[service], service, None)
    number = draw(port)
    return Endpoint(f"{host}:{number}", host, number, None, None)


@attrs.frozen
class Row:
    """One rendered connection row and its owner lines."""

    proto: str
    local: Endpoint
    foreign: Endpoint
    state_raw: str | None
    state: str | None
    pid: int | None
    trailer: str | None  # offload state, template or time in state, per variant
    owner: tuple[str, ...]  # -b lines as printed (components, then [exe] or unavailable)
    program: str | None
    components: tuple[str, ...]
    owner_unavailable: bool


@st.composite
def row(draw: st.DrawFn, variant: str, states: dict[str, str]) -> Row:
    family = draw(st.sampled_from((4, 6)))
    udp = draw(st.integers(0, 4)) == 0 and variant != "q"
    local = draw(numeric_endpoint(family))
    if udp:
        foreign = Endpoint("*:*", "*", None)
        state_raw = None
    else:
        state_raw = draw(st.sampled_from(sorted(states) + (["BOUND"] if variant == "q" else [])))
        if states.get(state_raw) == "LISTEN" or state_raw == "BOUND":
            foreign = Endpoint("0.0.0.0:0", "0.0.0.0", 0, None, 4) if family == 4 else Endpoint("[::]:0", "::", 0, None, 6)
        else:
            foreign = draw(st.one_of(numeric_endpoint(family), named_endpoint()))
    state = None if state_raw is None else (states.get(state_raw) or state_raw)
    pid = draw(st.integers(0, 99999)) if "o" in variant else None
    trailer = None
    if "t" in variant and not udp:
        trailer = draw(st.sampled_from(OFFLOAD))
    elif variant == "y" and not udp:
        trailer = draw(st.sampled_from(TEMPLATES))
    elif "i" in variant:
        trailer = str(draw(st.integers(0, 10**9)))
    owner: tuple[str, ...] = ()
    program, components, unavailable = None, (), False
    if "b" in variant and state_raw != "TIME_WAIT":
        kind = draw(st.sampled_from(("exe", "service", "unavailable", "none", "unknown")))
        if kind == "unavailable":
            text = draw(st.sampled_from(("Can not obtain ownership information", "Cannot obtain ownership information")))
            owner, unavailable = (f" {text}",), True
        elif kind != "none":
            program = draw(st.sampled_from(("svchost.exe", "System", "chrome.exe", "lsass.exe",
                                            "Microsoft.Alm.Shared.Remoting.RemoteContainer.dll")))
            if kind == "service":
                components = tuple(draw(st.lists(st.sampled_from(("RpcSs", "Dnscache", "CDPUserSvc_a4d17",
                                                                 "iphlpsvc", "TermService")), min_size=1,
                                                 max_size=2, unique=True)))
            elif kind == "unknown":
                components = ("-- unknown component(s) --",)
            owner = (*(f"  {c}" for c in components), f" [{program}]")
    return Row("UDP" if udp else "TCP", local, foreign, state_raw, state, pid, trailer, owner, program, components,
               unavailable)


HEADER_TAILS = {"o": ("PID",), "t": ("Offload State",), "ot": ("PID      Offload State",), "bo": ("PID",),
                "y": ("Template",), "i": ("Time in State (ms)",), "oi": ("PID", "Time in State (ms)")}


def header(variant: str, words: tuple[str, str, str, str]) -> str:
    """The column header: each column starts where its rows' column starts (PID at 71)."""
    proto, local, foreign, state = words
    columns = [state, *HEADER_TAILS.get(variant, ())]
    padded = [f"{word:<16}" if index < len(columns) - 1 else word for index, word in enumerate(columns)]
    return f"  {proto:<5}  {local:<21}  {foreign:<21}  " + "".join(padded)


def render_row(r: Row, variant: str) -> str:
    text = f"  {r.proto:<5}  {r.local.text:<21}  {r.foreign.text:<21}  "
    state = r.state_raw or ""
    columns = []
    if r.pid is not None:
        columns.append(str(r.pid))
    if r.trailer is not None:
        columns.append(r.trailer)
    if not columns:
        return text + state  # UDP rows end in the padding of the empty state, as printed
    text += f"{state:<12}    "
    if variant == "ot" and r.trailer is not None:
        return text + f"{r.pid}\t{r.trailer:<12}"
    if variant == "t":
        return text + f"{r.trailer:<12}"
    return text + "    ".join(columns)


@st.composite
def capture(draw: st.DrawFn, variant: str | None = None, language: str | None = None) -> tuple[str, list[Connection]]:
    """A whole capture (1-3 snapshots) and the records parsing must give."""
    variant = variant or draw(st.sampled_from(VARIANTS))
    # -y and -i headers are only known in English (their columns decide the layout)
    language = language or ("en" if variant in ("y", "i", "oi") else draw(st.sampled_from(sorted(LANGUAGES))))
    title, words, states = LANGUAGES[language]
    snapshots = draw(st.integers(1, 3))
    lines: list[str] = []
    records: list[Connection] = []
    for snapshot in range(snapshots):
        lines += ["", title, "", header(variant, words)]
        if "t" in variant:
            lines.append("")
        for r in draw(st.lists(row(variant, states), max_size=8)):
            line_no = len(lines) + 1
            lines.append(render_row(r, variant))
            lines.extend(r.owner)
            records.append(expected(r, variant, line_no, len(lines) if r.owner else None, snapshot))
    return "\r\n".join(lines) + "\r\n", records


def expected(r: Row, variant: str, line_no: int, end_line: int | None, snapshot: int) -> Connection:
    trailer = r.trailer
    return Connection(
        line=line_no, end_line=end_line, platform="windows", snapshot=snapshot, protocol=r.proto.lower(),
        ip_version=r.local.ip_version, local_host=r.local.host, local_port=r.local.port,
        local_service=r.local.service, remote_host=r.foreign.host, remote_port=r.foreign.port,
        remote_service=r.foreign.service, state=r.state, state_raw=r.state_raw, pid=r.pid, program=r.program,
        components=r.components, owner_unavailable=r.owner_unavailable,
        offload_state=trailer if "t" in variant else None,
        template=trailer if variant == "y" else None,
        time_in_state_ms=int(trailer) if "i" in variant and trailer is not None else None,
    )


captures = capture()
"""(text, expected records) of a random Windows connections capture, any variant and language."""

rows = st.sampled_from(VARIANTS).flatmap(
    lambda v: row(v, ENGLISH_STATES).map(lambda r: render_row(r, v))
)
"""Single rendered rows of any variant (for grammar equivalence tests)."""
