"""Bytes to lines: encodings, line ends, inputs that are not text.

Real captures first: the fixtures in every encoding they were published in, re-encoded the
ways Windows tools and editors re-encode them.
"""

from __future__ import annotations

import codecs
import io
import os
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import netstat_parse
from netstat_parse.core.decode import (
    SNIFF_BYTES,
    UnterminatedLine,
    _split_chunks,
    decode_bytes,
    iter_lines,
    sniff,
    split_lines,
    why_not_text,
)
from tests.conftest import FIXTURES

B2K = FIXTURES / "windows" / "process-blocks" / "b2k-netstat-bno-cannot-obtain.txt"
ZH = FIXTURES / "windows" / "localized" / "zh-cn-find-process-netstat-ano-p-tcp.txt"


@pytest.mark.parametrize(("text", "lines"), [
    ("", []),
    ("a", ["a"]),
    ("a\n", ["a"]),
    ("a\nb", ["a", "b"]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("a\rb\rc", ["a", "b", "c"]),
    ("a\r\rb", ["a", "", "b"]),  # two lone CRs: a blank line between
    ("a\r\r\nb", ["a", "b"]),  # CRLF through a second CRLF conversion: one line end
    ("a\n\nb", ["a", "", "b"]),
    ("a\r\n\r\nb", ["a", "", "b"]),
    ("\n", [""]),
    ("a\r", ["a"]),
    ("x\x0cy\u2028z\x85w\n", ["x\x0cy\u2028z\x85w"]),  # form feed, U+2028, NEL are data
])
def test_line_ends(text: str, lines: list[str]) -> None:
    assert list(split_lines(text)) == lines


def _reference_lines(text: str) -> list[str]:
    """The line rule said plainly: a line ends at a run of CRs followed by LF, or at a CR."""
    lines = re.split(r"\r*\n|\r", text)
    last = lines.pop()
    return [*lines, UnterminatedLine(last)] if last else lines


@given(st.text(alphabet="ab\r\n", max_size=40), st.integers(1, 7))
def test_splitting_does_not_depend_on_chunk_boundaries(text: str, size: int) -> None:
    stream = io.BytesIO(text.encode("utf-8"))
    _, lines = iter_lines(stream)
    expected = _reference_lines(text)
    assert list(lines) == list(split_lines(text)) == expected
    chunked = list(_split_chunks(text[i : i + size] for i in range(0, len(text), size)))
    assert chunked == expected and [type(line) for line in chunked] == [type(line) for line in expected]


def test_a_last_line_without_line_break_is_marked() -> None:
    *_, last = split_lines("a\nb")
    assert isinstance(last, UnterminatedLine) and last == "b"
    *_, last = split_lines("a\nb\n")
    assert not isinstance(last, UnterminatedLine)
    _, lines = iter_lines(io.BytesIO("a\nb".encode("utf-16")))
    assert isinstance(list(lines)[-1], UnterminatedLine)


def test_long_lines_and_long_runs_of_carriage_returns_stream_linearly() -> None:
    text = "x" * 3_000_000 + "\r" * 200_000 + "\n"
    lines = list(split_lines(text))
    assert len(lines) == 1 and len(lines[0]) == 3_000_000
    # a run of CRs that no LF follows is one line end per CR (it was once carried as text
    # from chunk to chunk: quadratic)
    assert list(split_lines("\r" * 2_000_000 + "x")) == [""] * 2_000_000 + ["x"]


@pytest.mark.parametrize(("encoding", "reported"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"),
])
def test_real_capture_in_unicode_encodings(encoding: str, reported: str) -> None:
    text = B2K.read_text(encoding="utf-8")
    doc = netstat_parse.parse_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert list(doc.records()) == list(netstat_parse.parse_file(B2K).records())
    assert doc.encoding == reported


def test_chinese_capture_in_utf16_without_bom() -> None:
    """CJK titles and headers have no NUL bytes, but the rows (ASCII) decide it."""
    text = ZH.read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        doc = netstat_parse.parse_bytes(text.encode(codec))
        assert doc.encoding == codec
        assert doc.sections[0].title == "活动连接" and doc.sections[0].language == "zh-CN"
        assert list(doc.records()) == list(netstat_parse.parse_file(ZH).records())


@pytest.mark.parametrize(("codec", "text", "word"), [
    ("cp850", "Aktive Verbindungen\r\n\r\n  Proto  Lokale Adresse         Remoteadresse          Status\r\n"
              "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\r\n", "ABHÖREN"),
    ("cp866", "Активные подключения\r\n\r\n  Имя    Локальный адрес        Внешний адрес          Состояние\r\n"
              "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r\n", "Активные подключения"),
    ("cp1252", "Conexões ativas\r\n\r\n  Proto  Endereço local         Endereço externo       Estado\r\n"
               "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r\n", "Conexões ativas"),
])
def test_code_pages(codec: str, text: str, word: str) -> None:
    decoding, decoded = decode_bytes(text.encode(codec))
    assert decoding.codec == codec and word in decoded
    conn = next(netstat_parse.parse_bytes(text.encode(codec)).records("connection"))
    assert (conn.local_port, conn.state) == (135, "LISTEN")


def test_mojibake_of_an_oem_file_read_as_ansi_is_repaired() -> None:
    """cp850 ``ABHÖREN`` once shown as cp1252 (``ABH™REN``) and saved as UTF-8."""
    line = "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\r\n"
    data = line.encode("cp850").decode("cp1252").encode("utf-8")
    decoding, text = decode_bytes(data)
    assert decoding.repair == ("cp1252", "cp850") and "ABHÖREN" in text and text.endswith("\n")


def test_web_copy_saved_in_ansi_keeps_its_non_breaking_spaces_as_spaces() -> None:
    text = "Interface\u00a0 \u00a0 \u00a0  RefCnt Group\nlo\u00a0 \u00a0 \u00a0 \u00a0 1\u00a0 \u00a0 224.0.0.1\n"
    assert sniff(text.encode("cp1252")).codec == "cp1252"
    assert sniff(text.encode("cp850")).codec == "cp850"


@pytest.mark.parametrize(("head", "why"), [
    (b"", "empty input: no netstat output to read"),
    (b"%PDF-1.7\n", "a PDF document, not netstat text"),
    (b"PK\x03\x04rest", "a ZIP archive (or an Office document), not netstat text"),
    (b"\x1f\x8b\x08\x00", "a gzip-compressed file (decompress it first), not netstat text"),
    (b"BZh91AY&SY\x00", "a bzip2-compressed file (decompress it first), not netstat text"),
    (b"\xfd7zXZ\x00\x00", "an xz-compressed file (decompress it first), not netstat text"),
    (b"(\xb5/\xfd\x00", "a zstd-compressed file (decompress it first), not netstat text"),
    (b"{\\rtf1\\ansi", "an RTF document (save it as plain text first), not netstat text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (save it as plain text first), not netstat text"),
    (b"\x7fELF\x02\x01", "an executable, not netstat text"),
    (b"MZ\x90\x00\x03\x00", "a Windows executable, not netstat text"),
    (b"\xd4\xc3\xb2\xa1\x02\x00", "a pcap capture (use Wireshark or tcpdump for those), not netstat text"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not netstat text"),
    (b"ElfFile\x00", "a Windows event log (.evtx), not netstat text"),
    (bytes(range(1, 9)) * 40, "binary data, not netstat text"),
    (b"Active Connections\x00\x01\x02", "binary data, not netstat text"),
])
def test_what_is_not_text(head: bytes, why: str) -> None:
    assert why_not_text(head) == why


@pytest.mark.parametrize("head", [
    "Active Connections\r\n".encode("utf-16"),
    "Active Connections\r\n".encode("utf-16-le"),
    b"MZ is a name too, and this is text\n",
    b"BZh is not bzip2 without its magic\n",
    "\x1b[01;32mroot@web01\x1b[00m:~# netstat -an\r\n\x07\x08".encode(),  # a script log
    codecs.BOM_UTF8 + b"Active Connections\n",
])
def test_what_is_text(head: bytes) -> None:
    assert why_not_text(head) is None


@given(st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    why = why_not_text(data[:SNIFF_BYTES])
    if why is None:
        decoding, text = decode_bytes(data)
        assert isinstance(text, str) and decoding.name
        assert list(split_lines(text)) == list(iter_lines(io.BytesIO(data))[1])


def test_random_binary_is_refused() -> None:
    assert why_not_text(os.urandom(4096)) == "binary data, not netstat text"


@pytest.mark.parametrize(
    ("codec", "text", "expected"),
    [
        # OEM code pages of a redirected netstat.exe, and ANSI ones of an editor's re-save
        ("cp437", "Aktive Verbindungen\n\n  Proto  Lokale Adresse         Remoteadresse          Status\n"
                  "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\n", "ABHÖREN"),
        ("cp852", "A kért művelethez magasabb felhasználói szint szükséges.\n",
         "A kért művelethez magasabb felhasználói szint szükséges."),
        ("cp1250", "A kért művelethez magasabb felhasználói szint szükséges.\n",
         "A kért művelethez magasabb felhasználói szint szükséges."),
        ("cp1251", "Активные подключения\n\n  Имя    Локальный адрес        Внешний адрес          Состояние\n"
                   "  TCP    192.0.2.15:49822       198.51.100.20:443      ESTABLISHED\n", "Активные подключения"),
    ],
)
def test_every_candidate_code_page_is_decided_by_its_words(codec: str, text: str, expected: str) -> None:
    """Bytes in each 8-bit code page come back as the text netstat printed."""
    data = text.encode(codec)
    assert expected in decode_bytes(data)[1]
    doc = netstat_parse.parse_bytes(data)
    assert doc.unparsed == [] and doc.sections[0].language != "unknown"
