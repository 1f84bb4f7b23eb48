"""netstat-parse: captured ``netstat`` text (Windows and Linux) to typed records and JSON.

    >>> import netstat_parse
    >>> doc = netstat_parse.parse("  TCP    0.0.0.0:135    0.0.0.0:0    LISTENING    720")
    >>> rec = next(doc.records())
    >>> rec.protocol, rec.local_port, rec.state, rec.pid
    ('tcp', 135, 'LISTEN', 720)
"""

from netstat_parse.api import iter_events, iter_records, parse, parse_bytes, parse_file
from netstat_parse.core.document import Document
from netstat_parse.core.errors import NetstatParseError
from netstat_parse.core.records import (
    Connection,
    EthernetStats,
    GroupMembership,
    Interface,
    InterfaceStats,
    Message,
    ProtocolStats,
    Record,
    Route,
    UnixSocket,
    Unparsed,
)
from netstat_parse.core.sections import Section

__version__ = "0.1.0"

__all__ = (
    "Connection",
    "Document",
    "EthernetStats",
    "GroupMembership",
    "Interface",
    "InterfaceStats",
    "Message",
    "NetstatParseError",
    "ProtocolStats",
    "Record",
    "Route",
    "Section",
    "UnixSocket",
    "Unparsed",
    "iter_events",
    "iter_records",
    "parse",
    "parse_bytes",
    "parse_file",
)
