"""The fused regex of every row grammar in the package agrees with pyparsing itself.

Principle 1: the pyparsing grammar is the specification and the fused regex only a faster
way to run it. Each platform's own tests also compare both paths on rendered rows; this
test throws token soup, damage and pathological lines at every grammar there is.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pyparsing as pp
import pytest
from hypothesis import given
from hypothesis import strategies as st

import netstat_parse.platforms
from netstat_parse.core.grammar import GrammarError, LineGrammar


def _all_grammars() -> list[LineGrammar]:
    found: dict[int, LineGrammar] = {}
    for info in pkgutil.walk_packages(netstat_parse.platforms.__path__, "netstat_parse.platforms."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            candidates = value.values() if isinstance(value, dict) else [value]
            for candidate in candidates:
                if isinstance(candidate, LineGrammar):
                    found[id(candidate)] = candidate
    return list(found.values())


GRAMMARS = _all_grammars()

TOKENS = [
    "TCP", "UDP", "TCPv6", "tcp", "tcp6", "udp", "raw6", "unix", "0.0.0.0:135", "0.0.0.0:0", "[::]:0",
    "[fe80::1%12]:49664", "*:*", "127.0.0.1:5432", ":::22", "[::]:*", "kaos:epmap", "LISTENING", "LISTEN",
    "ESTABLISHED", "TIME_WAIT", "SYN_RECV", "ABHÖREN", "InHost", "Offloaded", "0", "7", "720", "65535",
    "812/sshd", "-", "[", "]", "[ ACC ]", "STREAM", "=", ":", "On-link", "255.255.255.0", "::/0", "UG",
    "Received", "Bytes", "Packets Received", "1500", "BMRU", "eth0", "lo", "[svchost.exe]", "RpcSs",
    "Default", "None", "...", "Ip:", "Tcp:", "active connection openings", "x", "é", "活动", "-- More --",
    "system_u:system_r:sshd_t:s0-s0:c0.c1023", "off (0.00/0/0)", "/run/x",
]
SEPARATORS = [" ", "  ", "   ", "\t", "        ", ""]

soup = st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(TOKENS)), max_size=12).map(
    lambda parts: "".join(sep + tok for sep, tok in parts)
)


def test_every_platform_grammar_was_found() -> None:
    assert len(GRAMMARS) >= 3


@pytest.mark.parametrize("grammar", GRAMMARS, ids=lambda g: g.name)
@given(line=st.one_of(soup, st.text(max_size=40)))
def test_fused_regex_equals_pyparsing(grammar: LineGrammar, line: str) -> None:
    assert grammar.match(line) == grammar.match_reference(line)


PATHOLOGICAL = [
    "x" * 100_000,
    ":" * 50_000,
    "[" * 50_000,
    "[" * 20_000 + "]" * 20_000,
    "  TCP    " + " " * 100_000 + "1.2.3.4:5",
    "  TCP    " + "a:" * 30_000,
    "  TCP    1.2.3.4:5   " + "[::" * 20_000,
    ("1 " * 40_000),
]


@pytest.mark.parametrize("grammar", GRAMMARS, ids=lambda g: g.name)
def test_no_grammar_backtracks_catastrophically(grammar: LineGrammar) -> None:
    """Each pathological line of ~100k characters is matched (or refused) quickly.

    A catastrophic pattern would take minutes on these; the generous bound only catches
    that, it is not a speed target (see benchmarks/ for those)."""
    for line in PATHOLOGICAL:
        start = time.perf_counter()
        grammar.match(line)
        assert time.perf_counter() - start < 2.0, (grammar.name, line[:20])


def test_fuser_translates_the_supported_subset() -> None:
    word = pp.Regex(r"[a-z]+")
    grammar = LineGrammar(word("a") + pp.Opt(pp.Literal("=").suppress() + word("b")) + pp.ZeroOrMore(pp.Regex(r"\d")),
                          "demo")
    assert grammar.match("  key = value 1 2") == {"a": "key", "b": "value"}
    assert grammar.match_reference("  key = value 1 2") == {"a": "key", "b": "value"}
    assert grammar.match("key =") is None
    assert grammar.explain("key = 7") == (5, "end of text")


@pytest.mark.parametrize(
    "element",
    [
        pp.Word(pp.alphas)("w"),
        pp.Regex(r"\d+").set_parse_action(lambda t: int(t[0])),
        pp.Group(pp.Regex("a")("x")),
        pp.Opt(pp.Regex("a"), default="z"),
        (pp.Regex("a") + pp.Regex("b"))("pair"),
        pp.Regex("a")("x") + pp.Regex("b")("x"),
    ],
)
def test_fuser_refuses_what_it_cannot_translate_exactly(element: pp.ParserElement) -> None:
    with pytest.raises(GrammarError):
        LineGrammar(element, "bad")


def test_fused_pattern_is_one_anchored_regex() -> None:
    for grammar in GRAMMARS:
        assert isinstance(grammar.pattern, re.Pattern)
        assert grammar.pattern.pattern.endswith(r"\Z")
