"""Row grammars: written in pyparsing, run as one fused regular expression.

A row grammar is a pyparsing expression built from ``Regex`` and ``Literal`` pieces
joined with ``+``, ``|``, ``Opt``, ``ZeroOrMore``/``OneOrMore`` and ``Suppress``, with
flat, unique results names on the pieces and no parse actions. That subset has an exact
translation into a single regular expression, which :func:`fuse` performs once at import:

* every piece is matched the way pyparsing matches it, without backtracking into it
  afterwards: atomic groups ``(?>...)`` and possessive quantifiers (Python 3.11+);
* whitespace that pyparsing skips before an element becomes ``[ \\t...]*+`` (left out where
  the same skip has just been matched, as at the start of a group: it would match nothing);
* ``a | b`` (first match wins) becomes ``(?>a|b)``; ``Opt(x)`` becomes ``(?:x)?+``;
* results names become named groups.

Because nothing in the fused pattern can backtrack into an already-matched element, its
cost is linear in the line length as long as each piece is (pieces are single token
patterns). ``tests/test_grammar_fusion.py`` proves the fused pattern and pyparsing agree
on random rendered rows and damaged lines for every grammar in the package.
"""

from __future__ import annotations

import re
from typing import Final

import pyparsing as pp

RowFields = dict[str, str | None]
"""What a row grammar yields: results name -> matched text (None when absent)."""


class GrammarError(TypeError):
    """A grammar uses a pyparsing construct that has no exact regex translation."""


def _whitespace(element: pp.ParserElement) -> str:
    if not element.skipWhitespace or not element.whiteChars:
        return ""
    escaped = {"\t": r"\t", "\n": r"\n", "\r": r"\r"}
    chars = "".join(escaped.get(c, re.escape(c)) for c in sorted(element.whiteChars))
    return "[" + chars + "]*+"


_SCOPED_FLAGS: Final = ((re.IGNORECASE, "i"), (re.VERBOSE, "x"), (re.DOTALL, "s"))


def _scoped(element: pp.Regex) -> str:
    """The piece's pattern with its compile flags written inline, scoped to the piece."""
    flags = element.flags & ~re.UNICODE
    letters = "".join(letter for flag, letter in _SCOPED_FLAGS if flags & flag)
    if flags & ~(re.IGNORECASE | re.VERBOSE | re.DOTALL):
        raise GrammarError(f"{element}: only the IGNORECASE, VERBOSE and DOTALL flags are supported")
    # a newline ends a VERBOSE comment, so the closing parenthesis goes on its own line
    pattern = str(element.pattern)
    return f"(?{letters}:{pattern}\n)" if "x" in letters else (f"(?{letters}:{pattern})" if letters else pattern)


class _Fuser:
    def __init__(self) -> None:
        self.names: list[str] = []

    def name_group(self, element: pp.ParserElement, body: str, named: bool) -> str:
        name = element.resultsName
        if not name or not named:
            return body
        if not isinstance(element, (pp.Regex, pp.Literal, pp.MatchFirst)):
            raise GrammarError(f"{element}: name a Regex, Literal or '|' of them, not a {type(element).__name__}")
        if not name.isidentifier():
            raise GrammarError(f"results name {name!r} is not a valid group name")
        if name in self.names:
            raise GrammarError(f"results name {name!r} is used twice; row grammars need unique names")
        self.names.append(name)
        return f"(?P<{name}>{body})"

    def fuse(self, element: pp.ParserElement, named: bool = True, skipped: str = "") -> str:
        """The pattern of ``element``; ``skipped`` is the whitespace pattern that has just been
        matched before it (the same skip again would match nothing, so it is left out)."""
        if element.parseAction:
            raise GrammarError(f"{element} has a parse action; convert values in the builder instead")
        ws = _whitespace(element)
        inner = ws or skipped  # what has just been skipped where the element's own text starts
        if ws == skipped:
            ws = ""
        if isinstance(element, pp.Regex):
            body = _scoped(element)
            return ws + self.name_group(element, f"(?>{body})", named)
        if isinstance(element, pp.Literal) and not isinstance(element, pp.CaselessLiteral):
            return ws + self.name_group(element, re.escape(element.match), named)
        if isinstance(element, pp.StringEnd):
            return ws + r"\Z"
        if type(element) is pp.Empty:
            return ws
        if isinstance(element, pp.Suppress):
            return ws + self.fuse(element.expr, named=False, skipped=inner)
        if isinstance(element, pp.And):
            exprs = [e for e in element.exprs if not isinstance(e, pp.And._ErrorStop)]
            parts = "".join(self.fuse(e, named, skipped=inner if i == 0 else "") for i, e in enumerate(exprs))
            return ws + self.name_group(element, f"(?:{parts})", named)
        if isinstance(element, pp.MatchFirst):
            # whitespace is skipped before the group so a name captures only the token
            alternatives = "|".join(self.fuse(e, named, skipped=inner) for e in element.exprs)
            return ws + self.name_group(element, f"(?>{alternatives})", named)
        if isinstance(element, pp.Opt):
            if element.defaultValue is not pp.Opt._Opt__optionalNotMatched:  # type: ignore[attr-defined]
                raise GrammarError(f"{element}: Opt default values are not supported")
            return ws + self.name_group(element, f"(?:{self.fuse(element.expr, named, skipped=inner)})?+", named)
        if isinstance(element, (pp.ZeroOrMore, pp.OneOrMore)):
            if element.not_ender is not None:
                raise GrammarError(f"{element}: stop_on is not supported")
            quantifier = "*+" if isinstance(element, pp.ZeroOrMore) else "++"
            # a repeat starts after the previous one's text, not after a skip: nothing left out
            return ws + self.name_group(element, f"(?:{self.fuse(element.expr, named)}){quantifier}", named)
        raise GrammarError(f"{type(element).__name__} ({element}) cannot be fused into a regex")


def fuse(element: pp.ParserElement) -> tuple[str, tuple[str, ...]]:
    """Translate a row grammar into (regex source, results names); see the module doc."""
    fuser = _Fuser()
    body = fuser.fuse(element)
    return body, tuple(fuser.names)


class LineGrammar:
    """A whole-line grammar with a fast fused-regex path and the pyparsing reference path.

    ``match`` is what parsers call per row; ``match_reference`` runs the pyparsing grammar
    itself (used by the equivalence tests and by ``explain``); both return the same fields.
    """

    __slots__ = ("name", "element", "names", "pattern", "_full")

    def __init__(self, element: pp.ParserElement, name: str) -> None:
        self.name: Final = name
        self.element: Final = element.set_name(name).parse_with_tabs()
        body, self.names = fuse(element)
        self.pattern: Final = re.compile(body + _whitespace(pp.StringEnd()) + r"\Z")
        self._full: pp.ParserElement | None = None  # the reference, built when first asked for

    @property
    def full(self) -> pp.ParserElement:
        """The pyparsing grammar of a whole line (the reference; built on first use: most
        grammars never need it, and building them all would slow every start)."""
        if self._full is None:
            self._full = (self.element + pp.StringEnd()).parse_with_tabs()
        return self._full

    def match(self, text: str) -> RowFields | None:
        """Fields of ``text`` when the whole line matches, else None (fast path)."""
        found = self.pattern.match(text)
        return found.groupdict() if found is not None else None

    def match_reference(self, text: str) -> RowFields | None:
        """The same as :meth:`match`, computed by pyparsing (slow; the specification)."""
        try:
            result = self.full.parse_string(text, parse_all=True)
        except pp.ParseBaseException:
            return None
        found = result.as_dict()
        return {name: _as_text(found.get(name)) for name in self.names}

    def explain(self, text: str) -> tuple[int, str]:
        """(1-based column, what was expected) where ``text`` stops matching the grammar."""
        try:
            self.full.parse_string(text, parse_all=True)
        except pp.ParseBaseException as err:
            return err.col, _expected(err)
        return len(text) + 1, "end of line"

    def __repr__(self) -> str:
        return f"LineGrammar({self.name!r})"


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # a named sequence: pyparsing gives its tokens
        return "".join(str(v) for v in value)
    return str(value)


def _expected(err: pp.ParseBaseException) -> str:
    msg = err.msg
    if msg.startswith("Expected "):
        msg = msg[len("Expected ") :]
    elif msg.lower().startswith("expected"):
        msg = msg[len("expected") :].strip()
    return msg
