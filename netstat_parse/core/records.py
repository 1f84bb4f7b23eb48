"""The typed records netstat-parse produces, one frozen attrs class per kind.

Every record has a class-level ``kind`` (its JSON ``"kind"`` value) and the 1-based
``line`` where it was printed (``end_line`` when it spans lines). Each field carries a
``doc`` in its metadata: ``docs/records.md`` and the JSON Schema are generated from
these classes, so the classes are the single statement of the contract.

Records hold only JSON-ready values (str, int, bool, None, tuples and dicts of them),
so serializing needs no conversion hook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Final, TypeVar

import attrs

_NO_DEFAULT: Any = attrs.NOTHING
R = TypeVar("R", bound=type)
T = TypeVar("T", bound=attrs.AttrsInstance)
_BUILDER_TWINS: dict[type, type] = {}


def doc_field(doc: str, default: Any = None, *, example: Any = None, **kwargs: Any) -> Any:
    """An attrs field documented for the schema; ``default=attrs.NOTHING`` makes it required."""
    metadata = {"doc": doc}
    if example is not None:
        metadata["example"] = example
    if default is _NO_DEFAULT:
        return attrs.field(metadata=metadata, **kwargs)
    if isinstance(default, (dict, list)):
        raise TypeError("use factory= for mutable defaults")
    return attrs.field(default=default, metadata=metadata, **kwargs)


def _builder_twin(cls: type) -> type:
    """A subclass of ``cls`` with the same layout and plain attribute assignment: an instance
    is built as the twin, then its class is set to ``cls`` (a ``__class__`` assignment between
    layout-compatible classes), which freezes it."""
    return type(f"_{cls.__name__}Builder", (cls,), {
        "__slots__": (), "__setattr__": object.__setattr__, "__delattr__": object.__delattr__,
    })


def _default_expression(cls: type, field: attrs.Attribute[Any], namespace: dict[str, Any]) -> str | None:
    """Generated code for ``field``'s default (``_np_default_x``, or ``_np_factory_x()`` for a
    factory), its value put in ``namespace``; None for a required field."""
    default: Any = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            raise TypeError(f"{cls.__name__}.{field.name}: factories taking self are not supported")
        namespace[f"_np_factory_{field.name}"] = default.factory
        return f"_np_factory_{field.name}()"
    namespace[f"_np_default_{field.name}"] = default
    return f"_np_default_{field.name}"


ATTRS_INITS: dict[type, Callable[..., None]] = {}
"""attrs' own ``__init__`` of each record class: the reference :func:`fast_init` is tested against."""


def fast_init(cls: R) -> R:
    """Replace the ``__init__`` attrs gave a frozen slotted class with a generated one that
    assigns the slots of a builder twin (see :func:`_builder_twin`) instead of calling
    ``object.__setattr__`` once per field, which is how attrs builds frozen instances. Same
    signature, defaults and factories; a Connection costs about a third (parsers build one
    per row). attrs' initializer is kept in :data:`ATTRS_INITS`: the tests compare both on
    random fields, and a subclass that is not itself a record class still uses it."""
    fields = attrs.fields(cls)
    reference = ATTRS_INITS[cls] = cls.__init__  # type: ignore[misc]
    # generated names start with "_np_": they must not clash with field names (UnixSocket.type)
    twin = _BUILDER_TWINS[cls] = _builder_twin(cls)
    namespace: dict[str, Any] = {"_np_cls": cls, "_np_twin": twin, "_np_type": type,
                                 "_np_set": object.__setattr__, "_np_nothing": attrs.NOTHING,
                                 "_np_reference": reference}
    params, body = [], []
    for field in fields:
        if field.converter is not None or field.validator is not None or field.init is False:
            raise TypeError(f"{cls.__name__}.{field.name}: converters, validators and init=False are not supported")
        name, arg = field.name, field.alias
        default = _default_expression(cls, field, namespace)
        if default is None:
            params.append(arg)
            body.append(f"    _np_self.{name} = {arg}")
        elif default.endswith("()"):  # a factory: called when no value was given
            params.append(f"{arg}=_np_nothing")
            body.append(f"    _np_self.{name} = {default} if {arg} is _np_nothing else {arg}")
        else:
            params.append(f"{arg}={default}")
            body.append(f"    _np_self.{name} = {arg}")
    names = ", ".join(f"{field.alias}={field.alias}" for field in fields)
    source = (
        f"def __init__(_np_self, *, {', '.join(params)}):\n"
        f"    if _np_type(_np_self) is not _np_cls:\n"
        f"        return _np_reference(_np_self, {names})\n"
        f"    _np_set(_np_self, '__class__', _np_twin)\n"
        + "\n".join(body)
        + "\n    _np_self.__class__ = _np_cls\n"
    )
    exec(source, namespace)  # noqa: S102 - generated from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Build a {cls.__name__} (keyword arguments: its fields)."
    cls.__init__ = init  # type: ignore[misc]
    return cls


def record_builder(cls: type[T], *names: str) -> Callable[..., T]:
    """A function building ``cls`` from the fields ``names``, given positionally, with every
    other field at its default: what a parser calls once per row (a positional call costs
    less than keywords). Built like :func:`fast_init`; tested equal to ``cls(**fields)``."""
    fields = {field.name: field for field in attrs.fields(cls)}
    unknown = [name for name in names if name not in fields]
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {', '.join(unknown)}")
    missing = [name for name, field in fields.items() if field.default is attrs.NOTHING and name not in names]
    if missing:
        raise TypeError(f"{cls.__name__}: required field(s) {', '.join(missing)} must be among the names")
    namespace: dict[str, Any] = {"_np_cls": cls, "_np_twin": _BUILDER_TWINS[cls], "_np_new": object.__new__}
    body = []
    for name, field in fields.items():
        body.append(f"    _np_self.{name} = {name if name in names else _default_expression(cls, field, namespace)}")
    source = (f"def build({', '.join(names)}):\n    _np_self = _np_new(_np_twin)\n" + "\n".join(body)
              + "\n    _np_self.__class__ = _np_cls\n    return _np_self\n")
    exec(source, namespace)  # noqa: S102 - generated from the class's own field names
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = build.__name__ = f"build_{cls.__name__}"
    return build


@fast_init
@attrs.frozen(kw_only=True)
class Record:
    """Base of every record: where it was printed."""

    kind: ClassVar[str] = "record"

    line: int = doc_field("1-based line of the input where the record starts.", _NO_DEFAULT, example=5)
    end_line: int | None = doc_field(
        "Last line of a record that spans lines (-b owner lines, wrapped routes); null otherwise.",
        example=7,
    )


@fast_init
@attrs.frozen(kw_only=True)
class TableRecord(Record):
    """A record read from a netstat table or report."""

    platform: str = doc_field('"windows" or "linux": whose netstat printed it.', "windows", example="windows")
    snapshot: int = doc_field(
        "Which repeat of an interval/continuous capture, from 0; restarts after each prompt.", 0, example=0
    )


@fast_init
@attrs.frozen(kw_only=True)
class Connection(TableRecord):
    """One socket of a connection table (Windows ``netstat -ano``, Linux ``netstat -tunap``)."""

    kind: ClassVar[str] = "connection"

    protocol: str = doc_field(
        '"tcp", "udp", "udplite", "raw", "sctp", or "networkdirect" (Windows -x).', "tcp", example="tcp"
    )
    ip_version: int | None = doc_field("4, 6, or null when the row does not tell.", example=4)
    local_host: str | None = doc_field(
        "Local address or name as printed, IPv6 without brackets, zone kept; `*` stays `*`.", example="0.0.0.0"
    )
    local_port: int | None = doc_field(
        "Local port number; for a service name, its registered number when known; null for `*`.", example=135
    )
    local_service: str | None = doc_field("Service name when one was printed instead of a number.", example="epmap")
    local_truncated: bool = doc_field("The local `addr:port` field was cut by netstat (Linux without -W).", False)
    remote_host: str | None = doc_field("Foreign address or name as printed (see local_host).", example="0.0.0.0")
    remote_port: int | None = doc_field("Foreign port number (see local_port).", example=0)
    remote_service: str | None = doc_field("Foreign service name when printed.", example="https")
    remote_truncated: bool = doc_field("The foreign field was cut by netstat (Linux without -W).", False)
    state: str | None = doc_field(
        "Canonical TCP state (LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, "
        "CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT, CLOSED, DELETE_TCB, BOUND); null when none was printed "
        "or it is unknown.",
        example="LISTEN",
    )
    state_raw: str | None = doc_field("The state exactly as printed (localized words kept).", example="LISTENING")
    pid: int | None = doc_field("Owning process id (Windows -o, Linux -p).", example=720)
    program: str | None = doc_field(
        "Executable without brackets (Windows -b) or program name (Linux -p).", example="svchost.exe"
    )
    program_truncated: bool = doc_field("The Linux `PID/Program name` text was cut at 19 characters.", False)
    security_context: str | None = doc_field(
        "Linux -Z Security Context (SELinux) as printed; null when the table has no such column or "
        "it shows `-`.",
        example="system_u:system_r:sshd_t:s0-s0:c0.c1023",
    )
    components: tuple[str, ...] = doc_field(
        "Windows -b component/service lines, in order, as printed.", (), example=["RpcSs"]
    )
    owner_unavailable: bool = doc_field('Windows -b printed "Can not obtain ownership information".', False)
    offload_state: str | None = doc_field("Windows -t Offload State (InHost, Offloaded, ...).", example="InHost")
    template: str | None = doc_field("Windows -y Template column.", example="Internet")
    time_in_state_ms: int | None = doc_field("Windows 11 -i Time in State (ms).", example=12000)
    interface_index: int | None = doc_field("Windows -x NetworkDirect IfIndex column.", example=9)
    networkdirect_mode: str | None = doc_field("Windows -x NetworkDirect Mode column (Kernel, User).", example="Kernel")
    local_addresses: tuple[str, ...] = doc_field(
        "Linux SCTP: further local addresses of a multi-homed endpoint or association (indented lines).", ()
    )
    remote_addresses: tuple[str, ...] = doc_field("Linux SCTP: further peer addresses of an association.", ())
    recv_q: int | None = doc_field("Linux Recv-Q bytes.", example=0)
    send_q: int | None = doc_field("Linux Send-Q bytes.", example=0)
    user: str | None = doc_field("Linux -e User column (name or uid as printed).", example="root")
    inode: int | None = doc_field("Linux -e Inode column.", example=24871)
    timer_raw: str | None = doc_field("Linux -o Timer text as printed.", example="keepalive (7199.99/0/0)")
    timer_name: str | None = doc_field("Linux -o timer kind (off, on, keepalive, timewait, probe, ...).")
    timer_seconds: float | None = doc_field("Linux -o timer seconds.")
    timer_retransmits: int | None = doc_field("Linux -o timer retransmit count.")
    timer_probes: int | None = doc_field("Linux -o timer probe count.")


@fast_init
@attrs.frozen(kw_only=True)
class UnixSocket(TableRecord):
    """One row of Linux ``Active UNIX domain sockets``."""

    kind: ClassVar[str] = "unix_socket"
    platform: str = doc_field('Always "linux".', "linux")

    protocol: str = doc_field('As printed, normally "unix".', "unix")
    ref_count: int | None = doc_field("RefCnt.", example=2)
    flags: tuple[str, ...] = doc_field("Flags inside the brackets: ACC, W, N.", (), example=["ACC"])
    type: str | None = doc_field("STREAM, DGRAM, SEQPACKET, RAW, RDM, UNKNOWN.", example="STREAM")
    state: str | None = doc_field(
        "Canonical: LISTENING, CONNECTED, CONNECTING, DISCONNECTING, FREE, UNKNOWN, or null.", example="LISTENING"
    )
    state_raw: str | None = doc_field("State as printed (localized words kept).", example="LISTENING")
    inode: int | None = doc_field("I-Node.", example=24871)
    pid: int | None = doc_field("Owning process id (-p).", example=1)
    program: str | None = doc_field("Program name (-p).", example="systemd")
    program_truncated: bool = doc_field("The `PID/Program name` text was cut at 19 characters.", False)
    security_context: str | None = doc_field(
        "-Z Security Context (SELinux) as printed; null when the table has no such column or it shows `-`.",
        example="system_u:system_r:init_t:s0",
    )
    path: str | None = doc_field("Socket path; abstract names start with `@`; null when empty.", example="/run/x")


@fast_init
@attrs.frozen(kw_only=True)
class ProtocolStats(TableRecord):
    """One section of ``netstat -s`` (Windows ``TCP Statistics for IPv4``, Linux ``Tcp:``)."""

    kind: ClassVar[str] = "protocol_stats"

    section: str = doc_field("Section title as printed (Linux: without its colon).", "", example="Tcp")
    protocol: str | None = doc_field('"ip", "icmp", "tcp", "udp", "udplite", "sctp", ... or null.', example="tcp")
    ip_version: int | None = doc_field("4, 6 or null.", example=4)
    counters: dict[str, int] = attrs.field(
        factory=dict,
        hash=False,
        metadata={
            "doc": "Counter name -> value. Windows: snake_case of the English label; Linux: the kernel's name.",
            "example": {"active_opens": 12},
        },
    )
    labels: dict[str, str] = attrs.field(
        factory=dict,
        hash=False,
        metadata={"doc": "Counter name -> the label or sentence as printed.", "example": {"active_opens": "Active Opens"}},
    )
    unknown_labels: tuple[str, ...] = doc_field(
        "Counters whose label was not recognized (their key was made from the printed text).", ()
    )


@fast_init
@attrs.frozen(kw_only=True)
class EthernetStats(TableRecord):
    """Windows ``netstat -e`` Interface Statistics block."""

    kind: ClassVar[str] = "ethernet_stats"

    bytes_received: int | None = doc_field("Bytes received.", example=284101734)
    bytes_sent: int | None = doc_field("Bytes sent.", example=51022918)
    unicast_packets_received: int | None = doc_field("Unicast packets received.")
    unicast_packets_sent: int | None = doc_field("Unicast packets sent.")
    non_unicast_packets_received: int | None = doc_field("Non-unicast packets received.")
    non_unicast_packets_sent: int | None = doc_field("Non-unicast packets sent.")
    discards_received: int | None = doc_field("Discards received.")
    discards_sent: int | None = doc_field("Discards sent.")
    errors_received: int | None = doc_field("Errors received.")
    errors_sent: int | None = doc_field("Errors sent.")
    unknown_protocols_received: int | None = doc_field("Unknown protocols (Windows prints no sent value).")
    labels: dict[str, str] = attrs.field(
        factory=dict, hash=False, metadata={"doc": "Row key -> the label as printed (localized text kept)."}
    )


@fast_init
@attrs.frozen(kw_only=True)
class Interface(TableRecord):
    """A network interface: Windows route-print Interface List entry or Linux ``netstat -ie`` block."""

    kind: ClassVar[str] = "interface"

    index: int | None = doc_field("Interface index (Windows; hex indexes of XP/2003 converted).", example=14)
    mac: str | None = doc_field("Hardware address, normalized `00-15-5d-01-02-03` (Windows) / as printed (Linux).")
    name: str | None = doc_field("Description (Windows) or interface name (Linux).", example="Intel(R) Ethernet")
    raw: str | None = doc_field(
        "The entry as printed; a Windows entry an 80-column console wrapped is joined back into one line."
    )
    flags: tuple[str, ...] = doc_field("Linux interface flags (UP, BROADCAST, ...).", ())
    mtu: int | None = doc_field("Linux MTU.")
    hw_type: str | None = doc_field("Linux link type (ether, loop, ...).")
    addresses: tuple[str, ...] = doc_field("Linux inet/inet6 addresses as printed (with /prefix when known).", ())
    counters: dict[str, int] = attrs.field(
        factory=dict, hash=False, metadata={"doc": "Linux RX/TX counters: rx_packets, rx_bytes, tx_errors, ..."}
    )
    details: dict[str, str] = attrs.field(
        factory=dict, hash=False, metadata={"doc": "Other Linux -ie values as printed (netmask, broadcast, txqueuelen...)."}
    )


@fast_init
@attrs.frozen(kw_only=True)
class Route(TableRecord):
    """One routing-table entry (Windows ``route print`` / ``netstat -r``, Linux ``netstat -r``)."""

    kind: ClassVar[str] = "route"

    ip_version: int | None = doc_field("4 or 6.", example=4)
    destination: str | None = doc_field("Network destination as printed (IPv6 with /prefix).", example="0.0.0.0")
    netmask: str | None = doc_field("IPv4 netmask (Windows Netmask, Linux Genmask).", example="0.0.0.0")
    prefix_length: int | None = doc_field("Prefix length derived from the netmask or the /N suffix.", example=0)
    gateway: str | None = doc_field("Gateway address; null when on-link.", example="192.0.2.1")
    on_link: bool = doc_field("Gateway printed as On-link (localized), 0.0.0.0, `*` or `::`.", False)
    gateway_raw: str | None = doc_field("Gateway as printed.", example="On-link")
    interface: str | None = doc_field("Windows: interface address; Linux: interface name.", example="192.0.2.15")
    interface_index: int | None = doc_field("Windows IPv6 table If column.", example=14)
    metric: int | None = doc_field("Metric; null when printed as a word (Default).", example=25)
    metric_raw: str | None = doc_field("Metric as printed.", example="25")
    persistent: bool = doc_field("Listed under Persistent Routes.", False)
    flags: str | None = doc_field("Linux route flags as printed (UG, !H, ...).", example="UG")
    flag_names: tuple[str, ...] = doc_field("Linux flags spelled out (up, gateway, host, reject, ...).", ())
    ref: int | None = doc_field("Linux Ref.")
    use: int | None = doc_field("Linux Use.")
    mss: int | None = doc_field("Linux MSS.")
    window: int | None = doc_field("Linux Window.")
    irtt: int | None = doc_field("Linux irtt.")
    cache_source: str | None = doc_field("Linux routing cache (-rC) Source column.")
    ref_use_raw: str | None = doc_field(
        "Linux IPv6 rows of pre-2018 builds print Ref and Use with no space between; a use count of six "
        "digits or more fuses them into this one token (kept as printed). ref/use are set only when the "
        "split is certain (7 digits: 1 + 6), else null.",
        example="1123456",
    )


@fast_init
@attrs.frozen(kw_only=True)
class InterfaceStats(TableRecord):
    """One row of Linux ``netstat -i`` (Kernel Interface table)."""

    kind: ClassVar[str] = "interface_stats"
    platform: str = doc_field('Always "linux".', "linux")

    interface: str = doc_field("Iface (cut to 15/8/5 characters by netstat).", "", example="eth0")
    mtu: int | None = doc_field("MTU.", example=1500)
    met: int | None = doc_field("Met column of net-tools 1.60.")
    rx_ok: int | None = doc_field("RX-OK.")
    rx_err: int | None = doc_field("RX-ERR.")
    rx_drp: int | None = doc_field("RX-DRP.")
    rx_ovr: int | None = doc_field("RX-OVR.")
    tx_ok: int | None = doc_field("TX-OK.")
    tx_err: int | None = doc_field("TX-ERR.")
    tx_drp: int | None = doc_field("TX-DRP.")
    tx_ovr: int | None = doc_field("TX-OVR.")
    flags: str | None = doc_field("Flg letters as printed.", example="BMRU")


@fast_init
@attrs.frozen(kw_only=True)
class GroupMembership(TableRecord):
    """One row of Linux ``netstat -g``."""

    kind: ClassVar[str] = "group_membership"
    platform: str = doc_field('Always "linux".', "linux")

    interface: str = doc_field("Interface name.", "", example="eth0")
    ref_count: int | None = doc_field("RefCnt.", example=1)
    group: str = doc_field("Group address or name as printed.", "", example="224.0.0.1")
    ip_version: int | None = doc_field("4, 6 or null for a name.", example=4)


@fast_init
@attrs.frozen(kw_only=True)
class Message(Record):
    """Text netstat itself printed that is not a table: errors, notices, pager prompts."""

    kind: ClassVar[str] = "message"

    text: str = doc_field("The line as printed.", "", example="The requested operation requires elevation.")
    platform: str | None = doc_field('"windows", "linux" or null when unknown.')
    message_id: str | None = doc_field("Stable id of a known message (elevation_required, pager_prompt, ...).")
    snapshot: int = doc_field("Snapshot in which the message appeared.", 0)


@fast_init
@attrs.frozen(kw_only=True)
class Unparsed(Record):
    """A non-blank line (or run of lines) that nothing else claimed."""

    kind: ClassVar[str] = "unparsed"

    text: str = doc_field("The line(s) as read.", "")
    reason: str = doc_field(
        "Why it was not parsed: `not netstat output`, `truncated row`, or what the open table expected.", ""
    )
    column: int | None = doc_field("1-based column where the open table's grammar stopped matching.")
    expected: str | None = doc_field("What the open table's grammar expected at that column.")


@fast_init
@attrs.frozen(kw_only=True)
class EncodedRecord(Record):
    """A record its parser wrote as JSON itself, for the JSON writers only (``Driver(encode=
    True)``): what the writers would write for the record of kind ``record_kind``, without the
    opening brace (they put ``{`` or the ``source`` key in front). Not part of the output
    contract: the writers turn it into the record's JSON, byte for byte
    (``tests/test_encoded_rows.py``)."""

    kind: ClassVar[str] = "encoded"

    record_kind: str = doc_field("The kind of the record written.", "")
    body: bytes = doc_field("Its JSON object without the opening brace.", b"")


encoded_record: Final = record_builder(EncodedRecord, "line", "end_line", "record_kind", "body")
"""An :class:`EncodedRecord` from its line, end line, record kind and body, positionally."""


RECORD_TYPES: tuple[type[Record], ...] = (
    Connection,
    UnixSocket,
    ProtocolStats,
    EthernetStats,
    Interface,
    Route,
    InterfaceStats,
    GroupMembership,
    Message,
    Unparsed,
)
"""Every record class, in the order the docs list them."""

RECORD_BY_KIND: dict[str, type[Record]] = {cls.kind: cls for cls in RECORD_TYPES}
