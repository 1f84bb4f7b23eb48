"""Undo what pasting and re-saving did to a capture before any grammar sees a line.

In this order, per line or per block of lines:

1. characters: non-breaking and other Unicode spaces become spaces (web pages); zero-width
   characters, NULs and terminal escape sequences (colours and window titles in a
   ``script`` log) are removed; trailing whitespace goes.
2. e-mail quoting: the ``>`` markers of a quoted run (nested ``> >`` or ``>>`` too) are
   removed, and with them one space if *every* quoted line of the run has one after its
   markers. The rule is learned from the run, not decided per line, because the leading
   spaces of a line are data: Windows ``-b`` owner lines differ by one space.
3. Markdown and wiki markup: fence lines (````` ``` `````, ``~~~``, ``{code}``,
   ``{noformat}``, ``<pre>``, ``[code]``) are reported as markup; the indentation of an
   indented fence is removed from its content (as CommonMark does).
4. indented code blocks: a block after a blank line (or at the start) whose non-blank lines
   are all indented by 4 or more columns loses 4 columns (or one leading TAB) from every
   line, when it has two or more non-blank lines and at least one of them, de-indented, is
   something netstat prints (a title, header, row or prompt: the caller's ``recognizes``).
   Native output indented that deep (the ``Received  Sent`` header of ``netstat -e``, a
   ``grep`` of ``netstat -s`` lines) is a single line or is recognized as it is.
5. TABs left in a line (an editor's "spaces to tabs" on re-save) are expanded to 8-column
   stops, which restores the original columns.

Blocks are learned from a bounded look-ahead (:data:`LOOKAHEAD` lines), so memory stays
flat whatever the input size.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

LOOKAHEAD: Final = 200
"""How many lines of a quoted run or indented block are read before its prefix is decided."""

MARKDOWN_INDENT: Final = 4

_SPACES: Final = str.maketrans({
    **{chr(c): " " for c in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)},
    **{chr(c): None for c in (0x00, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)},
})
_ESCAPES: Final = re.compile(
    r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]?|\][^\x07\x1b]*+(?:\x07|\x1b\\)?|[()][0-9A-Za-z]|[^\[\]()])?"
)
_QUOTE: Final = re.compile(r">(?: ?>)*+")
_FENCE: Final = re.compile(r"(?P<indent> {0,3})(?P<fence>`{3,}+|~{3,}+)(?P<info>[^`]*+)")
_WIKI_TAG: Final = re.compile(r"\s*+(?:\{(?:code|noformat)(?::[^}]*+)?\}|</?pre>|\[/?code(?:=\w++)?\])\s*+",
                              re.IGNORECASE)


_MARKUP_STARTS: Final = frozenset("`~{<[")
"""First characters of every fence and wiki tag line (a cheap test before the patterns)."""


class PastedLine(NamedTuple):
    """One input line after clean-up; ``markup`` lines (fences) are paste artefacts.

    ``block`` changes where pasted text changes hands: entering or leaving a quoted run (or
    its nesting depth), a de-indented code block; a table does not go on across it.
    """

    number: int
    text: str
    markup: bool = False
    block: tuple[int, int] = (0, 0)


def clean_chars(line: str) -> str:
    """Stage 1 on one line: spaces, invisible characters, escape sequences, trailing blanks."""
    if "\x1b" in line:
        line = _ESCAPES.sub("", line)
    if not line.isascii():
        line = line.translate(_SPACES)
    elif "\x00" in line:
        line = line.replace("\x00", "")
    return line.rstrip()


def _indent(text: str) -> int:
    """Columns of leading whitespace, TABs to 8-column stops."""
    body = text.lstrip(" \t")
    return len(text[: len(text) - len(body)].expandtabs(8))


def _dedent(text: str, columns: int) -> str:
    lead = len(text) - len(text.lstrip(" \t"))
    return text[:lead].expandtabs(8)[columns:] + text[lead:]


def _unquote(lines: Iterable[PastedLine], paste: Paste) -> Iterator[PastedLine]:
    """Stage 2: remove e-mail quote markers, with the space after them learned per run."""
    pending: deque[PastedLine] = deque()
    source = iter(lines)
    space: bool | None = None  # the open run's rule, once decided
    depth, block = 0, 0  # quote depth of the last non-blank line; a count of depth changes
    for line in source:
        quoted = line.text.startswith(">")
        if quoted:
            paste.pristine = False
        if quoted or depth:  # (the common case, unquoted text outside any quote, needs no regex)
            if line.text.strip():
                found = _QUOTE.match(line.text)
                level = found.group().count(">") if found else 0
                if level != depth and _QUOTE.fullmatch(line.text) is None:
                    depth, block = level, block + 1
        if block:
            line = line._replace(block=(block, 0))
        if not quoted:
            yield from _release_quoted(pending, space)
            space = None
            yield line
            continue
        if space is not None:
            yield _strip_quote(line, space)
            continue
        pending.append(line)
        if len(pending) >= LOOKAHEAD:
            space = _space_rule(pending)
            yield from _release_quoted(pending, space)
    yield from _release_quoted(pending, space)


def _space_rule(run: Iterable[PastedLine]) -> bool:
    rests = [line.text[_QUOTE.match(line.text).end() :] for line in run]  # type: ignore[union-attr]
    return all(rest.startswith(" ") for rest in rests if rest.strip())


def _release_quoted(pending: deque[PastedLine], space: bool | None) -> Iterator[PastedLine]:
    if pending:
        rule = _space_rule(pending) if space is None else space
        while pending:
            yield _strip_quote(pending.popleft(), rule)


def _strip_quote(line: PastedLine, space: bool) -> PastedLine:
    found = _QUOTE.match(line.text)
    assert found is not None
    rest = line.text[found.end() :]
    if space and rest.startswith(" "):
        rest = rest[1:]
    return line._replace(text=rest)


class _Blocks:
    """Stages 3 to 5: fences, indented code blocks, TABs (see the module doc)."""

    def __init__(self, recognizes: Callable[[str], bool], paste: Paste) -> None:
        self.recognizes = recognizes
        self.paste = paste
        self.fence: str | None = None  # the open fence's character, or "wiki" for {code} and the like
        self.fence_length = 0
        self.fence_indent = 0
        self.after_blank = True
        self.region = 0  # counts de-indented code blocks entered and left

    def run(self, lines: Iterable[PastedLine]) -> Iterator[PastedLine]:
        source = iter(lines)
        for line in source:
            if self.fence is None and self.after_blank and _starts_block(line.text):
                self.paste.pristine = False
                yield from self._indented_block(line, source)
            else:
                yield self._one(line)

    def _one(self, line: PastedLine, in_block: bool = False) -> PastedLine:
        text = line.text
        if not text.strip():
            self.after_blank = True
            return line
        if line.block[1] != self.region:
            line = line._replace(block=(line.block[0], self.region))
        if not in_block and text.lstrip()[:1] in _MARKUP_STARTS and self._fence_line(text):
            self.after_blank = True
            self.paste.pristine = False
            return line._replace(markup=True)
        self.after_blank = False
        if self.fence is not None and self.fence_indent:
            text = _dedent(text, min(self.fence_indent, _indent(text)))
        if "\t" in text:
            text = text.expandtabs(8)
        return line if text is line.text else line._replace(text=text)

    def _fence_line(self, text: str) -> bool:
        """Whether ``text`` opens or closes a fence (and update the state if so)."""
        fence = _FENCE.fullmatch(text)
        if fence is not None:
            char, length = fence["fence"][0], len(fence["fence"])
            if self.fence is None:
                self.fence, self.fence_length, self.fence_indent = char, length, len(fence["indent"])
                return True
            if self.fence == char and length >= self.fence_length and not fence["info"].strip():
                self.fence = None
                return True
            return False
        if _WIKI_TAG.fullmatch(text) is not None and self.fence in (None, "wiki"):
            self.fence = None if self.fence else "wiki"
            self.fence_length = self.fence_indent = 0
            return True
        return False

    def _indented_block(self, first: PastedLine, source: Iterator[PastedLine]) -> Iterator[PastedLine]:
        block = [first]
        ended: PastedLine | None = None
        for line in source:
            if _ends_block(line.text):
                ended = line
                break
            block.append(line)
            if len(block) >= LOOKAHEAD:
                break
        content = [line.text for line in block if line.text.strip()]
        candidate = _drop_tab if all(text.startswith("\t") for text in content) else _drop_indent
        strip: Callable[[str], str] | None = None
        if len(content) >= 2 and any(self.recognizes(candidate(text)) for text in content):
            strip = candidate
            self.region += 1
        for line in block:
            yield self._one(line._replace(text=strip(line.text)) if strip else line, in_block=True)
        if ended is None and len(block) >= LOOKAHEAD:  # a long block: the same rule until it ends
            for line in source:
                if _ends_block(line.text):
                    ended = line
                    break
                yield self._one(line._replace(text=strip(line.text)) if strip else line, in_block=True)
        if strip is not None:
            self.region += 1
        if ended is not None:
            yield self._one(ended)


def _starts_block(text: str) -> bool:
    return _indent(text) >= MARKDOWN_INDENT and text.strip() != ""


def _ends_block(text: str) -> bool:
    return text.strip() != "" and (_indent(text) < MARKDOWN_INDENT)


def _drop_tab(text: str) -> str:
    return text[1:] if text.startswith("\t") else text


def _drop_indent(text: str) -> str:
    return _dedent(text, MARKDOWN_INDENT)


UNCHANGED_LINE: Final = re.compile(
    r"""(?=\ *+[!-~])                   # something to read
        (?!>|\ {4})                      # not quoted, not a code block's line
        (?!\ *+[`~{<])                   # no fence, {code}, <pre>
        (?!\ *+\[/?(?i:code)(?:=\w++)?\]\ *+\Z)  # no [code] tag
        [\ -~]*+                         # printable ASCII: no TAB, escape, NUL, odd spaces
    """,
    re.VERBOSE,  # not IGNORECASE: it would let a Kelvin sign or a long s pass as ASCII
)
"""A line that clean-up leaves as it is (but for trailing blanks) while :attr:`Paste.pristine`
holds, use with ``fullmatch``: the driver's row lane lets such lines skip the stages."""

LANE_LINE: Final = re.compile(r"(?=\ |[^$#%>]*+\Z)" + UNCHANGED_LINE.pattern, UNCHANGED_LINE.flags)
"""A line the driver's row lane may take (``fullmatch``): one clean-up leaves unchanged
(:data:`UNCHANGED_LINE`) that cannot be a shell prompt (a prompt starts at column 0 and holds
one of ``$ # % >``)."""


class Paste:
    """The clean-up of one input (see the module doc): :attr:`lines` is the cleaned line
    iterator. :attr:`pristine` stays True while no paste artefact (quote, fence, markup,
    indented block) has been met: then no stage holds a line back, and an
    :data:`UNCHANGED_LINE` may go past the stages (tell :meth:`skipped`)."""

    def __init__(self, numbered: Iterable[tuple[int, str]], recognizes: Callable[[str], bool]) -> None:
        self.pristine = True
        self._blocks = _Blocks(recognizes, self)
        chars = (PastedLine(number, clean_chars(line)) for number, line in numbered)
        self.lines: Iterator[PastedLine] = self._blocks.run(_unquote(chars, self))

    def skipped(self) -> None:
        """Non-blank unchanged lines went past the stages: what follows comes after text."""
        self._blocks.after_blank = False


def clean_lines(lines: Iterable[str], recognizes: Callable[[str], bool], first_line: int = 1) -> Iterator[PastedLine]:
    """The input's lines, numbered from ``first_line``, with paste damage undone.

    ``recognizes(text)`` tells whether a de-indented line is netstat output or a prompt; it
    decides whether an indented block was indented by the paste (see the module doc).
    """
    return Paste(enumerate(lines, first_line), recognizes).lines
