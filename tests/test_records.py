"""The generated record initializers (``records.fast_init``) against attrs' own.

Parsers build a record per row through the fast ``__init__``; these tests prove it builds
exactly what attrs' initializer builds, for every record class and random field values,
and that the records stay frozen, hashable and independent.
"""

from __future__ import annotations

from random import Random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netstat_parse.core import records
from netstat_parse.core.records import ATTRS_INITS, RECORD_TYPES, Connection, EthernetStats, UnixSocket, record_builder

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=20),
    st.tuples(st.text(max_size=5)), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@st.composite
def class_and_fields(draw: st.DrawFn) -> tuple[type[records.Record], dict[str, object]]:
    cls = draw(st.sampled_from(RECORD_TYPES))
    fields = attrs.fields(cls)
    chosen = {f.alias: draw(VALUES) for f in fields if f.default is attrs.NOTHING or draw(st.booleans())}
    return cls, chosen


def reference(cls: type[records.Record], fields: dict[str, object]) -> records.Record:
    built = object.__new__(cls)
    ATTRS_INITS[cls](built, **fields)
    return built


@given(class_and_fields())
def test_fast_init_builds_what_attrs_builds(case: tuple[type[records.Record], dict[str, object]]) -> None:
    cls, fields = case
    fast, slow = cls(**fields), reference(cls, fields)
    assert type(fast) is cls
    assert attrs.astuple(fast, recurse=False) == attrs.astuple(slow, recurse=False)
    assert fast == slow
    assert repr(fast) == repr(slow)


def test_every_record_class_has_the_fast_init() -> None:
    for cls in RECORD_TYPES:
        assert cls in ATTRS_INITS and cls.__init__ is not ATTRS_INITS[cls]


def test_records_stay_frozen_and_hashable() -> None:
    row = Connection(line=3, protocol="udp", local_host="0.0.0.0", local_port=68)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        row.local_port = 67  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del row.line  # type: ignore[misc]
    assert hash(row) == hash(Connection(line=3, protocol="udp", local_host="0.0.0.0", local_port=68))
    assert attrs.evolve(row, local_port=67).local_port == 67


def test_defaults_and_factories() -> None:
    first, second = EthernetStats(line=1), EthernetStats(line=1)
    assert first.labels == {} and first.labels is not second.labels
    assert Connection(line=1).components == () and Connection(line=1).platform == "windows"
    assert UnixSocket(line=1, type="STREAM").type == "STREAM"  # a field named like a builtin


def test_signature_errors_are_those_of_attrs() -> None:
    with pytest.raises(TypeError, match="line"):
        Connection()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="colour"):
        Connection(line=1, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Connection(1)  # type: ignore[misc]


def test_a_plain_subclass_uses_the_attrs_init() -> None:
    class Tagged(Connection):
        pass

    tagged = Tagged(line=4, pid=9)
    assert type(tagged) is Tagged and tagged.pid == 9 and tagged.line == 4


@given(class_and_fields(), st.randoms(use_true_random=False))
def test_record_builder_builds_what_the_keywords_build(
    case: tuple[type[records.Record], dict[str, object]], random: Random
) -> None:
    cls, fields = case
    names = list(fields)
    random.shuffle(names)
    build = record_builder(cls, *names)
    built = build(*(fields[name] for name in names))
    assert type(built) is cls and built == cls(**fields)


def test_record_builder_refuses_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError, match="colour"):
        record_builder(Connection, "line", "colour")
    with pytest.raises(TypeError, match="line"):
        record_builder(Connection, "pid")
    first, second = record_builder(EthernetStats, "line")(1), record_builder(EthernetStats, "line")(1)
    assert first.labels == {} and first.labels is not second.labels


def test_no_field_is_named_like_a_key_the_writers_add() -> None:
    """JSON Lines and CSV put the input's name in ``source`` and the record's kind in
    ``kind``: a field of either name would collide (a route cache's Source column did)."""
    for cls in RECORD_TYPES:
        assert {"source", "kind"}.isdisjoint(f.name for f in attrs.fields(cls)), cls.__name__
