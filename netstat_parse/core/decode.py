"""Bytes to lines: BOMs, UTF-16, OEM/ANSI code pages, mojibake, CR/LF/CRLF.

Windows writes redirected ``netstat`` output in the console's OEM code page (cp437,
cp850, cp852, cp866 ...); PowerShell 5's ``>`` writes UTF-16LE with a BOM; editors re-save
in an ANSI code page (cp1252, cp1251) or UTF-8, sometimes after reading an OEM file as
ANSI, which leaves mojibake such as ``ABH™REN`` for ``ABHÖREN``. The decision is made
once from the head of the input, by which candidate decoding yields the most known
netstat words (then the most letter-like text); the rest is decoded incrementally, so a
file of any size streams.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final

import attrs

SNIFF_BYTES: Final = 256 * 1024

EIGHT_BIT_CANDIDATES: Final = ("cp850", "cp437", "cp852", "cp866", "cp1252", "cp1250", "cp1251")
"""8-bit code pages tried, in order of preference when the evidence ties."""

# Non-ASCII words netstat prints in the languages of the real samples
# (../shared/samples/windows/LOCALIZED-STRINGS.md) and of this machine's net-tools
# translations. Only words with non-ASCII letters can tell code pages apart.
KNOWN_WORDS: Final = (
    "ABHÖREN", "Ständige", "Dirección", "información", "Conexões", "Endereço", "État",
    "propriétaire", "d’obtenir", "Активные", "подключения", "Локальный", "Внешний",
    "адрес", "Состояние", "művelethez", "felhasználói", "szükséges", "HÖRT", "Über",
    "Adresse distante", "Endereço local", "Endereço externo",
    # German `netstat -s`/`-e` labels (windows/localized.py, from a real Windows 8.1 capture)
    "geöffnet", "Zurückgesetzte", "übertragene", "Anschlüsse", "Routerankündigungen", "Zeitüberschreitung",
)

_LETTERY: Final = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
# a non-ASCII character that is neither a letter nor a space (NBSP is a space: web copies)
_NON_LETTER_HIGH: Final = re.compile(r"[^\x00-\x7f](?<![^\W\d_])(?<!\s)")
# a non-ASCII letter standing alone (cp850 reads a cp1252 NBSP as "á" between spaces)
_ISOLATED_HIGH: Final = re.compile(r"(?<![^\W\d_])(?=[^\x00-\x7f])[^\W\d_](?![^\W\d_])")


@attrs.frozen
class Decoding:
    """How the input's bytes were read: the codec, and a mojibake repair to apply per line."""

    codec: str
    repair: tuple[str, str] | None = None  # (wrongly used code page, real code page)

    @property
    def name(self) -> str:
        """What to report as the document's ``encoding``."""
        if self.repair is None:
            return self.codec
        wrong, real = self.repair
        return f"{self.codec} ({real} text once misread as {wrong}, repaired)"

    def fix_line(self, line: str) -> str:
        """Undo the recorded mojibake on one line (lines that cannot be undone stay)."""
        if self.repair is None or line.isascii():
            return line
        wrong, real = self.repair
        try:
            return line.encode(wrong).decode(real)
        except UnicodeError:
            return line


def _score(text: str) -> tuple[int, int]:
    known = sum(text.count(word) for word in KNOWN_WORDS)
    lettery = len(_LETTERY.findall(text)) - len(_NON_LETTER_HIGH.findall(text)) - len(_ISOLATED_HIGH.findall(text))
    return known, lettery


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _best_repair(text: str) -> tuple[str, str] | None:
    """A (wrong, real) code page pair whose undoing adds known words, if any does."""
    if text.isascii():
        return None
    base = _score(text)
    best: tuple[tuple[int, int], tuple[str, str]] | None = None
    for wrong in ("cp1252", "latin-1", "cp1251"):
        for real in ("cp850", "cp437", "cp852", "cp866"):
            fixed = Decoding("x", (wrong, real))
            candidate = "\n".join(fixed.fix_line(line) for line in text.splitlines())
            score = _score(candidate)
            if score[0] > base[0] and (best is None or score > best[0]):
                best = (score, (wrong, real))
    return best[1] if best else None


_MAGIC: Final = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip-compressed file (decompress it first)"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd4\xc3\xb2\xa1", "a pcap capture (use Wireshark or tcpdump for those)"),
    (b"\x0a\x0d\x0d\x0a", "a pcapng capture (use Wireshark or tcpdump for those)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file (decompress it first)"),
    (b"(\xb5/\xfd", "a zstd-compressed file (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (save it as plain text first)"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ElfFile\x00", "a Windows event log (.evtx)"),
    (b"GIF8", "a GIF image"),
)
_BZIP2: Final = re.compile(rb"BZh[1-9]1AY&SY")
_CONTROL: Final = re.compile(rb"[\x01-\x06\x0e-\x1a\x1c-\x1f\x7f]")
"""Control bytes that text never holds (TAB, LF, CR, FF, BS, BEL and ESC can be in a terminal log)."""


def why_not_text(head: bytes) -> str | None:
    """Why these first bytes cannot be a netstat capture (empty, a PDF, binary), or None."""
    if not head:
        return "empty input: no netstat output to read"
    for magic, what in _MAGIC:
        if head.startswith(magic) and not (magic == b"MZ" and head[:200].isascii() and b"\x00" not in head[:200]):
            return f"{what}, not netstat text"
    if _BZIP2.match(head):
        return "a bzip2-compressed file (decompress it first), not netstat text"
    sample = head[:4096]
    if (b"\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 20) and sniff(head).codec not in (
            "utf-16", "utf-16-le", "utf-16-be"):
        return "binary data, not netstat text"
    return None


def sniff(head: bytes) -> Decoding:
    """Decide how to decode an input from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return Decoding("utf-8-sig", _best_repair(head[3:].decode("utf-8", errors="ignore")))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoding("utf-16")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Decoding(utf16)
    text: str | None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        # a cut multi-byte sequence at the very end of the head is still UTF-8
        if err.start < len(head) - 4:
            text = None
        else:
            text = head[: err.start].decode("utf-8")
    if text is not None:
        return Decoding("utf-8", _best_repair(text))
    scored = []
    for rank, codec in enumerate(EIGHT_BIT_CANDIDATES):
        decoded = head.decode(codec, errors="replace")
        scored.append((_score(decoded), -rank, codec))
    return Decoding(max(scored)[2])


class _PrefixedStream(io.RawIOBase):
    """A non-seekable stream with the bytes already read for sniffing put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


_CHUNK: Final = 1 << 16
_CRS_LF: Final = re.compile(r"\r++\n")


class UnterminatedLine(str):
    """The last line of an input that does not end with a line break: it may be cut off."""

    __slots__ = ()


def _split_chunks(chunks: Iterable[str]) -> Iterator[str]:
    """Lines of a text given in chunks. A line ends at LF, CRLF or CR; CRs right before an
    LF belong to that one line end (``\\r\\r\\n`` is what CRLF text written through a
    second CRLF conversion looks like), so ``a\\r\\r\\nb`` is two lines, not three.

    Each chunk's line ends are normalized and split by C-level string methods. The text after
    a chunk's last line end is carried into the next chunk; a run of CRs at a chunk's end is
    only counted (an LF may follow in the next chunk), never carried as text. A line longer
    than a chunk is collected in pieces, so the cost stays linear however long the lines or
    the runs of CRs are."""
    pieces: list[str] = []  # the unfinished line, without the CRs that follow it
    crs = 0  # CRs after it, not known yet to end one line (CR LF) or one line each
    for chunk in chunks:
        if crs:
            rest = chunk.lstrip("\r")
            crs += len(chunk) - len(rest)
            if not rest:
                continue
            yield "".join(pieces)
            if rest[0] == "\n":  # the run of CRs and this LF end one line
                rest = rest[1:]
            else:  # each CR ended a line
                yield from itertools.repeat("", crs - 1)
            pieces, chunk = [], rest
        stripped = chunk.rstrip("\r")
        crs = len(chunk) - len(stripped)
        if "\n" not in stripped and "\r" not in stripped:  # no line completed here
            if stripped:
                pieces.append(stripped)
            continue
        lines = _normalized_breaks("".join(pieces) + stripped if pieces else stripped).split("\n")
        last = lines.pop()
        pieces = [last] if last else []
        yield from lines
    if crs:
        yield "".join(pieces)
        yield from itertools.repeat("", crs - 1)
    elif pieces:
        yield UnterminatedLine("".join(pieces))


def _normalized_breaks(text: str) -> str:
    """Every line end as LF: CRLF by a plain replace (fast), rarer CR runs by the pattern."""
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        text = _CRS_LF.sub("\n", text).replace("\r", "\n")
    return text


def _chunks(text: io.TextIOBase) -> Iterator[str]:
    while chunk := text.read(_CHUNK):
        yield chunk


def iter_lines(stream: BinaryIO) -> tuple[Decoding, Iterator[str]]:
    """Sniff ``stream`` and return its decoding and its lines (without line ends).

    Line ends may be LF, CRLF or CR, mixed (see :func:`split_lines`). Undecodable bytes
    become U+FFFD rather than stopping the read: a damaged byte must not lose the rest of
    the capture.
    """
    head = stream.read(SNIFF_BYTES)
    decoding = sniff(head)
    raw = io.BufferedReader(_PrefixedStream(head, stream), buffer_size=_CHUNK)
    text = io.TextIOWrapper(raw, encoding=decoding.codec, errors="replace", newline="")
    lines = _split_chunks(_chunks(text))
    return decoding, lines if decoding.repair is None else (_fixed(decoding, line) for line in lines)


def _fixed(decoding: Decoding, line: str) -> str:
    fixed = decoding.fix_line(line)
    return UnterminatedLine(fixed) if isinstance(line, UnterminatedLine) else fixed


def split_lines(text: str) -> Iterator[str]:
    """The lines of ``text``, split at LF, CRLF or CR and nowhere else (a form feed or
    U+2028 is data); CRs just before an LF are part of that line end. A last line without a
    line break is an :class:`UnterminatedLine`."""
    return _split_chunks((text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK)))


def decode_bytes(data: bytes) -> tuple[Decoding, str]:
    """Decode a whole input; see :func:`iter_lines` for the rules."""
    decoding = sniff(data[:SNIFF_BYTES])
    text = data.decode(decoding.codec, errors="replace")
    if decoding.repair:
        lines = [decoding.fix_line(line) for line in split_lines(text)]
        ended = bool(lines) and not isinstance(lines[-1], UnterminatedLine)
        text = "\n".join(lines) + ("\n" if ended else "")
    return decoding, text
