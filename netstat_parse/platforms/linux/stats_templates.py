"""Linux net-tools ``netstat -s``: every sentence it prints, mapped back to the kernel counter.

netstat reads ``/proc/net/snmp``, ``/proc/net/netstat``, ``/proc/net/snmp6`` and
``/proc/net/sctp/snmp`` and prints each counter either as a sentence (``N active
connection openings``) or raw (``ActiveOpens: N``). This module is the sentence side:
per section, counter name -> the sentence with ``N`` where the number goes, as in
netstat-formats.md Appendix A (net-tools HEAD), plus the wordings of older net-tools
(§1.8.5) and the translated histogram titles verified on this machine.

ICMP histogram sentences (``destination unreachable: N``) are the same words for the
input and the output direction; the histogram title printed above them tells which, so
they are kept per direction.
"""

from __future__ import annotations

from typing import Final

import attrs

IN: Final = "in"
OUT: Final = "out"


@attrs.frozen
class Template:
    """One wording of one counter: ``sentence`` has ``N`` where netstat prints the value."""

    section: str
    counter: str
    sentence: str
    direction: str | None = None
    """``in``/``out`` for an ICMP histogram line, else None."""
    source: str = "net-tools HEAD (netstat-formats.md Appendix A)"
    """Which net-tools printed this wording."""


# -- current wording (Appendix A) ---------------------------------------------------------
IP: Final[dict[str, str]] = {
    "DefaultTTL": "Default TTL is N",
    "ForwDatagrams": "N forwarded",
    "FragCreates": "N fragments created",
    "FragFails": "N outgoing packets failed fragmentation",
    "FragOKs": "N outgoing packets fragmented ok",
    "InAddrErrors": "N with invalid addresses",
    "InDelivers": "N incoming packets delivered",
    "InDiscards": "N incoming packets discarded",
    "InHdrErrors": "N with invalid headers",
    "InReceives": "N total packets received",
    "InUnknownProtos": "N with unknown protocol",
    "OutDiscards": "N outgoing packets dropped",
    "OutNoRoutes": "N dropped because of missing route",
    "OutRequests": "N requests sent out",
    "ReasmFails": "N packet reassemblies failed",
    "ReasmOKs": "N packets reassembled ok",
    "ReasmReqds": "N reassemblies required",
    "ReasmTimeout": "N fragments dropped after timeout",
}
"""Ip (``DefaultTTL`` is static and hidden by every build, but its sentence has a number)."""

IP6: Final[dict[str, str]] = {
    **{f"Ip6{name}": sentence for name, sentence in IP.items() if name not in ("DefaultTTL", "ForwDatagrams")},
    "Ip6OutForwDatagrams": "N forwarded",
    "Ip6InMcastPkts": "N incoming multicast packets",
    "Ip6InNoRoutes": "N incoming packets with no route",
    "Ip6InTooBigErrors": "N with packets too big",
    "Ip6InTruncatedPkts": "N with truncated packets",
    "Ip6OutMcastPkts": "N outgoing multicast packets",
}

ICMP: Final[dict[str, str]] = {
    "InErrors": "N input ICMP message failed",
    "InMsgs": "N ICMP messages received",
    "OutErrors": "N ICMP messages failed",
    "OutMsgs": "N ICMP messages sent",
}
ICMP_IN: Final[dict[str, str]] = {
    "InAddrMaskReps": "address mask replies: N",
    "InAddrMasks": "address mask request: N",
    "InDestUnreachs": "destination unreachable: N",
    "InEchoReps": "echo replies: N",
    "InEchos": "echo requests: N",
    "InParmProbs": "wrong parameters: N",
    "InRedirects": "redirects: N",
    "InSrcQuenchs": "source quenches: N",
    "InTimeExcds": "timeout in transit: N",
    "InTimestampReps": "timestamp reply: N",
    "InTimestamps": "timestamp request: N",
}
ICMP_OUT: Final[dict[str, str]] = {
    "OutAddrMaskReps": "address mask replies: N",
    "OutAddrMasks": "address mask requests: N",
    "OutDestUnreachs": "destination unreachable: N",
    "OutEchoReps": "echo replies: N",
    "OutEchos": "echo requests: N",
    "OutParmProbs": "wrong parameters: N",
    "OutRedirects": "redirect: N",
    "OutSrcQuenchs": "source quench: N",
    "OutTimeExcds": "time exceeded: N",
    "OutTimestampReps": "timestamp replies: N",
    "OutTimestamps": "timestamp requests: N",
}

ICMP6: Final[dict[str, str]] = {
    "Icmp6InErrors": "N input ICMP message failed",
    "Icmp6InMsgs": "N ICMP messages received",
    "Icmp6OutMsgs": "N ICMP messages sent",
}
ICMP6_IN: Final[dict[str, str]] = {
    "Icmp6InDestUnreachs": "destination unreachable: N",
    "Icmp6InEchoReplies": "echo replies: N",
    "Icmp6InEchos": "echo requests: N",
    "Icmp6InGroupMembQueries": "group member queries: N",
    "Icmp6InGroupMembReductions": "group member reductions: N",
    "Icmp6InGroupMembResponses": "group member responses: N",
    "Icmp6InNeighborAdvertisements": "neighbour advertisement: N",
    "Icmp6InNeighborSolicits": "neighbour solicits: N",
    "Icmp6InParmProblems": "parameter problem: N",
    "Icmp6InPktTooBigs": "packets too big: N",
    "Icmp6InRedirects": "redirects: N",
    "Icmp6InRouterAdvertisements": "router advertisement: N",
    "Icmp6InRouterSolicits": "router solicits: N",
    "Icmp6InTimeExcds": "received ICMPv6 time exceeded: N",
}
ICMP6_OUT: Final[dict[str, str]] = {
    "Icmp6OutDestUnreachs": "destination unreachable: N",
    "Icmp6OutEchoReplies": "echo replies: N",
    "Icmp6OutEchos": "echo requests: N",
    "Icmp6OutGroupMembQueries": "group member queries: N",
    "Icmp6OutGroupMembReductions": "group member reductions: N",
    "Icmp6OutGroupMembResponses": "group member responses: N",
    "Icmp6OutNeighborAdvertisements": "neighbor advertisements: N",
    "Icmp6OutNeighborSolicits": "neighbor solicits: N",
    "Icmp6OutParmProblems": "parameter problem: N",
    "Icmp6OutPktTooBigs": "packets too big: N",
    "Icmp6OutRedirects": "redirects: N",
    "Icmp6OutRouterAdvertisements": "router advertisement: N",
    "Icmp6OutRouterSolicits": "router solicits: N",
    "Icmp6OutTimeExcds": "sent ICMPv6 time exceeded: N",
}
"""Icmp6 output (``Icmp6OutRouterAdvertisements`` is always printed raw: its table key has a
trailing space; the sentence is kept for a build that fixes it)."""

TCP: Final[dict[str, str]] = {
    "ActiveOpens": "N active connection openings",
    "AttemptFails": "N failed connection attempts",
    "CurrEstab": "N connections established",
    "EstabResets": "N connection resets received",
    "InErrs": "N bad segments received",
    "InSegs": "N segments received",
    "OutRsts": "N resets sent",
    "OutSegs": "N segments sent out",
    "PassiveOpens": "N passive connection openings",
    "RetransSegs": "N segments retransmitted",
}
"""Tcp, also the ``Tcp:`` section of ``-s -6`` (MaxConn, RtoMin, RtoMax, RtoAlgorithm are hidden)."""

UDP: Final[dict[str, str]] = {
    "InCsumErrors": "N packets with invalid checksum",
    "InDatagrams": "N packets received",
    "InErrors": "N packet receive errors",
    "NoPorts": "N packets to unknown port received",
    "OutDatagrams": "N packets sent",
    "RcvbufErrors": "N receive buffer errors",
    "SndbufErrors": "N send buffer errors",
}
UDP6: Final[dict[str, str]] = {f"Udp6{name}": sentence for name, sentence in UDP.items()}

TCP_EXT: Final[dict[str, str]] = {
    "DelayedACKLocked": "N delayed acks further delayed because of locked socket",
    "DelayedACKLost": "Quick ack mode was activated N times",
    "DelayedACKs": "N delayed acks sent",
    "EmbryonicRsts": "N resets received for embryonic SYN_RECV sockets",
    "ListenDrops": "N SYNs to LISTEN sockets dropped",
    "ListenOverflows": "N times the listen queue of a socket overflowed",
    "LockDroppedIcmps": "N ICMP packets dropped because socket was locked",
    "OfoPruned": "N packets dropped from out-of-order queue because of socket buffer overrun",
    "OutOfWindowIcmps": "N ICMP packets dropped because they were out-of-window",
    "PAWSActive": "N active connections rejected because of time stamp",
    "PAWSEstab": "N packets rejected in established connections because of timestamp",
    "PAWSPassive": "N passive connections rejected because of time stamp",
    "PruneCalled": "N packets pruned from receive queue because of socket buffer overrun",
    "RcvPruned": "N packets pruned from receive queue",
    "SockMallocOOM": "Ran N times out of system memory during packet sending",
    "SyncookiesFailed": "N invalid SYN cookies received",
    "SyncookiesRecv": "N SYN cookies received",
    "SyncookiesSent": "N SYN cookies sent",
    "TCPAbortFailed": "N times unable to send RST due to no memory",
    "TCPAbortOnClose": "N connections reset due to early user close",
    "TCPAbortOnData": "N connections reset due to unexpected data",
    "TCPAbortOnLinger": "N connections aborted after user close in linger timeout",
    "TCPAbortOnMemory": "N connections aborted due to memory pressure",
    "TCPAbortOnSyn": "N connections reset due to unexpected SYN",
    "TCPAbortOnTimeout": "N connections aborted due to timeout",
    "TCPDirectCopyFromBacklog": "N bytes directly in process context from backlog",
    "TCPDirectCopyFromPrequeue": "N bytes directly received in process context from prequeue",
    "TCPDSACKOfoRecv": "N DSACKs for out of order packets received",
    "TCPDSACKOfoSent": "N DSACKs sent for out of order packets",
    "TCPDSACKOldSent": "N DSACKs sent for old packets",
    "TCPDSACKRecv": "N DSACKs received",
    "TCPDSackUndo": "N congestion window recovered without slow start using DSACK",
    "TCPDSACKUndo": "N congestion windows recovered without slow start by DSACK",
    "TCPFACKReorder": "Detected reordering N times using FACK",
    "TCPFastRetrans": "N fast retransmits",
    "TCPForwardRetrans": "N forward retransmits",
    "TCPFullUndo": "N congestion windows fully recovered without slow start",
    "TCPHPAcks": "N predicted acknowledgments",
    "TCPHPHits": "N packet headers predicted",
    "TCPHPHitsToUser": "N packet headers predicted and directly queued to user",
    "TCPLossFailures": "N timeouts in loss state",
    "TCPLoss": "N TCP data loss events",
    "TCPLossUndo": "N congestion windows recovered without slow start after partial ack",
    "TCPLostRetransmits": "N retransmits lost",
    "TCPMemoryPressures": "TCP ran low on memory N times",
    "TCPPartialUndo": "N congestion windows partially recovered using Hoe heuristic",
    "TCPPrequeued": "N packets directly queued to recvmsg prequeue",
    "TCPPrequeueDropped": "N packets dropped from prequeue",
    "TCPPureAcks": "N acknowledgments not containing data payload received",
    "TCPRcvCollapsed": "N packets collapsed in receive queue due to low socket buffer",
    "TCPRenoFailures": "N timeouts after reno fast retransmit",
    "TCPRenoRecoveryFailed": "N reno fast retransmits failed",
    "TCPRenoRecoveryFail": "N classic Reno fast retransmits failed",
    "TCPRenoRecovery": "N times recovered from packet loss due to fast retransmit",
    "TCPRenoReorder": "Detected reordering N times using reno fast retransmit",
    "TCPSackFailures": "N timeouts after SACK recovery",
    "TCPSackRecoveryFail": "N SACK retransmits failed",
    "TCPSackRecovery": "N times recovered from packet loss by selective acknowledgements",
    "TCPSACKReneging": "N bad SACK blocks received",
    "TCPSACKReorder": "Detected reordering N times using SACK",
    "TCPSchedulerFailed": "N times receiver scheduled too late for direct processing",
    "TCPSlowStartRetrans": "N retransmits in slow start",
    "TCPTimeouts": "N other TCP timeouts",
    "TCPTSReorder": "Detected reordering N times using time stamp",
    "TWKilled": "N TCP sockets finished time wait in slow timer",
    "TW": "N TCP sockets finished time wait in fast timer",
    "TWRecycled": "N time wait sockets recycled by time stamp",
}
"""TcpExt (the binary-search bug prints a third of these raw in every build since 2015)."""

SCTP: Final[dict[str, str]] = {
    "SctpAborteds": "N Number of Aborteds",
    "SctpActiveEstabs": "N Active Associations",
    "SctpChecksumErrors": "N Number of Packets with invalid Checksum",
    "SctpCurrEstab": "N Current Associations",
    "SctpFragUsrMsgs": "N Number of messages fragmented",
    "SctpInCtrlChunks": "N Number of control chunks received",
    "SctpInOrderChunks": "N Number of ordered chunks received",
    "SctpInSCTPPacks": "N Number of SCTP packets received",
    "SctpInUnorderChunks": "N Number of Unordered chunks received",
    "SctpOutCtrlChunks": "N Number of control chunks sent",
    "SctpOutOfBlues": "N Number of Out of Blue packets",
    "SctpOutOrderChunks": "N Number of ordered chunks sent",
    "SctpOutSCTPPacks": "N Number of SCTP packets sent",
    "SctpOutUnorderChunks": "N Number of Unordered chunks sent",
    "SctpPassiveEstabs": "N Passive Associations",
    "SctpReasmUsrMsgs": "N Number of messages reassembled",
    "SctpShutdowns": "N Number of Graceful Terminations",
}

CURRENT: Final[dict[str, dict[str | None, dict[str, str]]]] = {
    "Ip": {None: IP},
    "Ip6": {None: IP6},
    "Icmp": {None: ICMP, IN: ICMP_IN, OUT: ICMP_OUT},
    "Icmp6": {None: ICMP6, IN: ICMP6_IN, OUT: ICMP6_OUT},
    "Tcp": {None: TCP},
    "Udp": {None: UDP},
    "Udp6": {None: UDP6},
    "TcpExt": {None: TCP_EXT},
    "Sctp": {None: SCTP},
}
"""Section -> histogram direction (None outside histograms) -> counter -> current sentence.
Sections missing here (IcmpMsg, UdpLite, IpExt, MPTcpExt, UdpLite6, ...) print only raw lines."""

# -- older wording (netstat-formats.md §1.8.5, and the first statistics.c) ----------------
_BEFORE_2021 = "net-tools before 2021-01 (netstat-formats.md §1.8.5)"
_BEFORE_2015 = "net-tools before 2015-11 (netstat-formats.md §1.8.5)"
_OLDER = "older net-tools, 1.60 and before (netstat-formats.md §1.8.5)"
_FIRST = "net-tools statistics.c of 1997 (ecki/net-tools @ 0456b54a8c00963d4c9e83ac40c45d3aabebb2ee)"

OLDER: Final[tuple[Template, ...]] = (
    *(Template(section, f"{prefix}FragFails", "N fragments failed", source=_BEFORE_2021)
      for section, prefix in (("Ip", ""), ("Ip6", "Ip6"))),
    *(Template(section, f"{prefix}FragOKs", "N fragments received ok", source=_BEFORE_2021)
      for section, prefix in (("Ip", ""), ("Ip6", "Ip6"))),
    *(Template(section, f"{prefix}ReasmFails", "N packet reassembles failed", source=_BEFORE_2015)
      for section, prefix in (("Ip", ""), ("Ip6", "Ip6"))),
    Template("Icmp", "InErrors", "N input ICMP message failed.", source=_OLDER),
    Template("Icmp6", "Icmp6InErrors", "N input ICMP message failed.", source=_OLDER),
    Template("Icmp", "OutEchos", "echo request: N", OUT, source=_OLDER),
    Template("Icmp", "InSrcQuenchs", "source quenchs: N", IN, source=_FIRST),
    Template("Tcp", "ActiveOpens", "N active connections openings", source=_OLDER),
    Template("Tcp", "ActiveOpens", "N active opens", source=_FIRST),
    Template("Tcp", "PassiveOpens", "N passive opens", source=_FIRST),
    Template("Tcp", "InErrs", "N bad segments received.", source=_OLDER),
    Template("Tcp", "OutSegs", "N segments send out", source=_OLDER),
    Template("Tcp", "RetransSegs", "N segments retransmited", source=_OLDER),
    Template("Udp", "NoPorts", "N packets to unknown port received.", source=_OLDER),
    Template("Udp6", "Udp6NoPorts", "N packets to unknown port received.", source=_OLDER),
    Template("Udp", "OutDatagrams", "N packets send", source=_FIRST),
    Template("TcpExt", "PAWSEstab", "N packetes rejected in established connections because of timestamp",
             source="net-tools 2015-2021 (netstat-formats.md §1.8.5)"),
    Template("TcpExt", "PAWSEstab", "N packets rejects in established connections because of timestamp",
             source=_OLDER),
    Template("TcpExt", "TCPHPHits", "N packets header predicted", source=_OLDER),
    Template("TcpExt", "TCPHPHitsToUser", "N packets header predicted and directly queued to user", source=_OLDER),
    Template("TcpExt", "TCPPrequeued", "N packets directly queued to recvmsg prequeue.", source=_OLDER),
    Template("TcpExt", "TCPAbortFailed", "N times unabled to send RST due to no memory", source=_OLDER),
    Template("TcpExt", "ListenDrops", "N SYNs to LISTEN sockets ignored", source=_OLDER),
)
"""Wordings of older net-tools builds, each mapped to the same kernel counter."""

TEMPLATES: Final[tuple[Template, ...]] = (
    *(Template(section, counter, sentence, direction)
      for section, tables in CURRENT.items()
      for direction, table in tables.items()
      for counter, sentence in table.items()),
    *OLDER,
)
"""Every known wording, current first."""

# -- histogram titles ---------------------------------------------------------------------
_CAPTURED = "captured here with LANGUAGE={} netstat -s, net-tools 2.10"

HISTOGRAM_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "ICMP input histogram:": (IN, "en", "net-tools (netstat-formats.md §1.8.1)"),
    "ICMP output histogram:": (OUT, "en", "net-tools (netstat-formats.md §1.8.1)"),
    "ICMP-Eingabehistogramm:": (IN, "de", _CAPTURED.format("de")),
    "ICMP-Ausgabehistogramm:": (OUT, "de", _CAPTURED.format("de")),
    "Histogramme d'entrée ICMP": (IN, "fr", _CAPTURED.format("fr")),
    "Histogramme de sortie ICMP": (OUT, "fr", _CAPTURED.format("fr")),
    "Histograma de entrada ICMP:": (IN, "pt-BR", _CAPTURED.format("pt_BR")),
    "Histograma de saída ICMP": (OUT, "pt-BR", _CAPTURED.format("pt_BR")),
    "Histogram ICMP vstupu:": (IN, "cs", _CAPTURED.format("cs")),
    "Histogram ICMP výstupu:": (OUT, "cs", _CAPTURED.format("cs")),
    "ICMP入力ヒストグラム:": (IN, "ja", _CAPTURED.format("ja")),
    "ICMP出力ヒストグラム:": (OUT, "ja", _CAPTURED.format("ja")),
    "Siseneva ICMP jaotus:": (IN, "et", _CAPTURED.format("et")),
    "Väljuva ICMP jaotus:": (OUT, "et", _CAPTURED.format("et")),
}
"""Histogram title as printed -> (direction, language, source). net-tools 2.10 translates
only these two lines of ``-s``: its catalogs were written for the older ``%d``/``%u``
sentences, so every sentence comes out in English whatever the language (derived by
comparing ``LANGUAGE=xx`` runs with the English run line by line)."""


def lookup_table() -> dict[tuple[str, str | None, str], str]:
    """(section, direction, sentence) -> counter over every known wording."""
    return {(t.section, t.direction, t.sentence): t.counter for t in TEMPLATES}
