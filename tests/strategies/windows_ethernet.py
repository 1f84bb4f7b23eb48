"""Random ``netstat -e`` Interface Statistics blocks rendered exactly as netstat.exe prints them (§2.4).

Layout: the title at column 0, a blank line, the column header, a blank line, six rows:
label ``%-20s``, a space, Received ``%14s``, a space, Sent ``%15s`` (Received ends at column
35, Sent at 51; a longer value or label pushes the rest right by its overflow, a space kept);
``Unknown protocols`` has no Sent value. Header and labels come from the English strings,
the German capture in localized.py, or a language nobody listed (random words, read by
position). ``netstat -e N`` repeats the whole block; each repeat is a snapshot.

``captures`` draws ``(text, expected_records)``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from netstat_parse.core.records import EthernetStats
from netstat_parse.platforms.windows import localized

ENGLISH_LABELS = ("Bytes", "Unicast packets", "Non-unicast packets", "Discards", "Errors", "Unknown protocols")
FIELDS = ("bytes", "unicast_packets", "non_unicast_packets", "discards", "errors", "unknown_protocols")
ENGLISH_HEADER = " " * 27 + "Received" + " " * 12 + "Sent"
GERMAN_HEADER = " " * 27 + "Empfangen" + " " * 11 + "Gesendet"  # as in the CRWinNetDiag capture
_GERMAN = {english: german for german, (english, _) in localized.ETHERNET_LABELS.items()}
KNOWN_LABELS = {text.casefold() for text in (*ENGLISH_LABELS, *localized.ETHERNET_LABELS)}

counter = st.one_of(st.integers(0, 2**32 - 1), st.integers(0, 2**64 - 1), st.sampled_from([0, 1, 4410]))
"""32-bit counters mostly; 64-bit ones overflow the columns."""
word = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w.casefold() not in ("ip", "tcp", "udp", "icmp")
)
"""A word of a language nobody listed (never a protocol name, which titles keep untranslated)."""
unknown_label = st.lists(word, min_size=1, max_size=3).map(" ".join).filter(lambda t: t.casefold() not in KNOWN_LABELS)


@st.composite
def block_strings(draw: st.DrawFn, language: str) -> tuple[str, str, tuple[str, ...]]:
    """(title, header, six row labels) in ``language`` ("en", "de" or "unknown")."""
    if language == "en":
        return "Interface Statistics", ENGLISH_HEADER, ENGLISH_LABELS
    if language == "de":
        return "Schnittstellenstatistik", GERMAN_HEADER, tuple(_GERMAN.get(t, t) for t in ENGLISH_LABELS)
    title = " ".join(draw(st.lists(word, min_size=1, max_size=3)))
    received, sent = draw(word), draw(word)
    header = " " * 27 + received + " " * max(1, 16 - len(sent)) + sent
    labels = draw(st.lists(unknown_label, min_size=6, max_size=6, unique_by=str.casefold))
    return title, header, tuple(labels)


def render_row(label: str, received: int, sent: int | None) -> str:
    """One row as netstat prints it (``%-20s %14lu %15lu``)."""
    text = f"{label:<20} {received:>14}"
    return text if sent is None else f"{text} {sent:>15}"


@st.composite
def block(draw: st.DrawFn, strings: tuple[str, str, tuple[str, ...]], first_line: int,
          snapshot: int) -> tuple[list[str], EthernetStats]:
    """The lines of one block (``block_strings``) starting at ``first_line`` and its record."""
    title, header, labels = strings
    lines = [title, "", header, ""]
    values: dict[str, int] = {}
    for label, field in zip(labels, FIELDS):
        received = draw(counter)
        sent = None if field == "unknown_protocols" else draw(counter)
        lines.append(render_row(label, received, sent))
        values[f"{field}_received"] = received
        if sent is not None:
            values[f"{field}_sent"] = sent
    record = EthernetStats(line=first_line, end_line=first_line + len(lines) - 1, platform="windows",
                           snapshot=snapshot, labels=dict(zip(FIELDS, labels)), **values)
    return lines, record


@st.composite
def capture(draw: st.DrawFn, language: str | None = None) -> tuple[str, list[EthernetStats]]:
    """``netstat -e [N]``: 1-3 snapshots of one block, CRLF line ends, a blank line after each."""
    strings = draw(block_strings(language or draw(st.sampled_from(["en", "de", "unknown"]))))
    lines: list[str] = []
    records: list[EthernetStats] = []
    for snapshot in range(draw(st.integers(1, 3))):
        block_lines, record = draw(block(strings, len(lines) + 1, snapshot))
        lines += [*block_lines, ""]
        records.append(record)
    return "\r\n".join(lines) + "\r\n", records


captures = capture()
"""(text, expected records) of a random ``netstat -e`` capture, any language, with repeats."""
