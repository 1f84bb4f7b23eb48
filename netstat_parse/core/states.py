"""Canonical TCP states and the spellings netstat implementations print for them.

Localized words live with their platform (``platforms/*/localized.py``); this module
knows only the English/ASCII spellings: Windows, Linux net-tools, Wine/ReactOS, BSD,
and the typos of Microsoft's documentation (netstat-formats.md §2.3.3, §1.3.2, §2.7).
"""

from __future__ import annotations

from typing import Final

TCP_STATES: Final = (
    "LISTEN",
    "SYN_SENT",
    "SYN_RECEIVED",
    "ESTABLISHED",
    "FIN_WAIT_1",
    "FIN_WAIT_2",
    "CLOSE_WAIT",
    "CLOSING",
    "LAST_ACK",
    "TIME_WAIT",
    "CLOSED",
    "DELETE_TCB",
    "BOUND",
)
"""The canonical ``state`` values of a connection record."""

TCP_STATE_SPELLINGS: Final[dict[str, str]] = {
    **{state: state for state in TCP_STATES},
    "LISTENING": "LISTEN",  # Windows
    "SYN_RECV": "SYN_RECEIVED",  # Linux
    "SYN_RCVD": "SYN_RECEIVED",  # Wine, ReactOS, BSD
    "FIN_WAIT1": "FIN_WAIT_1",  # Linux, Wine, ReactOS
    "FIN_WAIT2": "FIN_WAIT_2",
    "CLOSE": "CLOSED",  # Linux
    "SYN_SEND": "SYN_SENT",  # typo in Microsoft's netstat documentation
    "TIMED_WAIT": "TIME_WAIT",  # likewise
}
"""English spelling as printed (upper case) -> canonical state."""


def canonical_tcp_state(printed: str) -> str | None:
    """The canonical state for an English spelling (case-insensitive), else None."""
    return TCP_STATE_SPELLINGS.get(printed) or TCP_STATE_SPELLINGS.get(printed.upper())

