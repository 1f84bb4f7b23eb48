"""Random Linux unix socket tables rendered exactly as net-tools ``netstat -x`` prints them (§1.4).

Row layout: ``%-5s %-6ld %-11s %-10s %-13s `` (proto, RefCnt, flags in brackets, type,
State padded to 13 *bytes*, blank for unconnected sockets without ACC), the I-Node
``%-8lu`` (BusyBox and CentOS 7: ``%6lu``), then with ``-p`` `` %-20s`` holding the
``pid/name`` text cut at 19, with ``-Z`` `` %-50s`` the SELinux context (§1.4 puts the
column between program and path; its width and the header's `` Security Context`` padded
to 50 are §1.3.1's; drawn for the upstream layout only, not BusyBox's or CentOS 7's), then
`` %s`` path (net-tools cuts a path at its first space; empty for unnamed sockets; ``@`` for
the abstract namespace).

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import UnixSocket
from tests.strategies.linux_connections import (
    CONTEXT_HEADER,
    context_field,
    context_texts,
    pad_bytes,
    program_fields_of,
    program_texts,
)

LANGUAGES = {
    # language: (title, suffix, header without the path/program part, path word, state words)
    "en": ("Active UNIX domain sockets", " (servers and established)",
           "Proto RefCnt Flags       Type       State         I-Node  ", " Path", {}),
    "de": ("Aktive Sockets in der UNIX-Domäne", " (Server und stehende Verbindungen)",
           "Proto RefCnt Flags       Type       State         I-Node  ", " Pfad",
           {"LISTENING": "HÖRT", "CONNECTED": "VERBUNDEN", "CONNECTING": "VERBINDUNGSAUFBAU",
            "DISCONNECTING": "VERBINDUNGSABBAU", "FREE": "FREI", "UNKNOWN": "UNBEKANNT"}),
    "fr": ("Sockets du domaine UNIX actives", "(serveurs et établies)",
           "Proto RefCnt Flags       Type       State         I-Node  ", " Chemin",
           {"CONNECTED": "CONNECTE", "CONNECTING": "ENCONNEXION", "FREE": "LIBRE"}),
    "cs": ("Aktivní sokety domény UNIX", " (servery a navázaná spojení)",
           "Proto Čítač  Příznaky    Typ        Stav          I-Uzel  ", " Cesta",
           {"LISTENING": "NASLOUCHÁ", "CONNECTED": "SPOJEN", "DISCONNECTING": "ODPOJUJE"}),
    # nobody listed this one: a listener is known by its ACC flag, other states stay null
    "unknown": ("Aktywne gniazda domeny UNIX", " (serwery i nawiązane)",
                "Proto Liczn  Flagi       Typ        Stan          Iwęzeł  ", " Ścieżka",
                {"LISTENING": "NASŁUCHUJE", "CONNECTED": "POŁĄCZONE"}),
}
TYPES = ("STREAM", "DGRAM", "SEQPACKET", "RAW", "RDM", "UNKNOWN")
STATES = ("FREE", "LISTENING", "CONNECTING", "CONNECTED", "DISCONNECTING", "UNKNOWN")


@attrs.frozen
class Layout:
    """Language, -p, and the right-aligned I-Node of BusyBox / CentOS 7."""

    language: str
    programs: bool
    right_aligned: bool
    contexts: bool = False


path_text = st.one_of(
    st.just(""),
    st.from_regex(r"/[a-zA-Z0-9_./-]{0,40}", fullmatch=True),
    st.from_regex(r"@[a-zA-Z0-9_./-]{0,30}", fullmatch=True),
    st.from_regex(r"(public|private)/[a-z]{1,10}", fullmatch=True),
)


@st.composite
def rows(draw: st.DrawFn, layout: Layout) -> tuple[str, UnixSocket]:
    """One row and its record (line 0)."""
    words = LANGUAGES[layout.language][4]
    state = draw(st.one_of(st.none(), st.sampled_from(STATES)))
    listening = state == "LISTENING"
    flags = ("ACC",) if listening else ()
    flags += tuple(f for f in ("W", "N") if draw(st.booleans()))
    ref_count = draw(st.integers(0, 99999))
    sock_type = draw(st.sampled_from(TYPES))
    shown_state = words.get(state, state) if state else ""
    expected_state = state
    if layout.language == "unknown" and state is not None and shown_state != state:
        expected_state = "LISTENING" if listening else None
    inode = draw(st.integers(0, 2**31))
    flag_text = "[ " + "".join(f + " " for f in flags) + "]"
    text = f"unix  {ref_count:<6d} {flag_text:<11s} {sock_type:<10s} {pad_bytes(shown_state, 13)} "
    # net-tools: `%-8lu` inode, ` %-20s` program, ` %s` path; BusyBox/CentOS 7: `%6lu `, `%-20s`, `%s`
    text += f"{inode:6d} " if layout.right_aligned else f"{inode:<8d}"
    pid = program = None
    program_cut = False
    if layout.programs:
        shown = draw(program_texts())
        pid, program, program_cut = program_fields_of(shown)
        text += f" {shown:<20s}" if not layout.right_aligned else f"{shown:<20s}"
    context = None
    if layout.contexts:
        shown_context = draw(context_texts())
        context = context_field(shown_context)
        text += f" {shown_context:<50s}"
    path = draw(path_text)
    text += path if layout.right_aligned else f" {path}"
    record = UnixSocket(line=0, ref_count=ref_count, flags=flags, type=sock_type, state=expected_state,
                        state_raw=shown_state or None, inode=inode, pid=pid, program=program,
                        program_truncated=program_cut, security_context=context, path=path or None)
    return text, record


layouts = st.builds(Layout, st.sampled_from(sorted(LANGUAGES)), st.booleans(), st.booleans(), st.booleans()).map(
    lambda layout: attrs.evolve(layout, contexts=layout.contexts and not layout.right_aligned))


@st.composite
def captures(draw: st.DrawFn) -> tuple[str, list[UnixSocket]]:
    """A whole ``netstat -xa[p]`` capture and the records it must give."""
    layout = draw(layouts)
    title, suffix, header, path_word, _ = LANGUAGES[layout.language]
    drawn = draw(st.lists(rows(layout), min_size=1, max_size=8))
    lines = [title + suffix, header + (" PID/Program name    " if layout.programs else "")
             + (CONTEXT_HEADER if layout.contexts else "") + path_word]
    records = []
    for text, record in drawn:
        lines.append(text)
        records.append(attrs.evolve(record, line=len(lines)))
    return "\n".join(lines) + "\n", records
