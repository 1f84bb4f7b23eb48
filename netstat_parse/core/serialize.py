"""Records to JSON-ready dicts, JSON, JSON Lines and CSV.

Records hold only JSON-ready values, so a record's dict is its ``kind`` plus its fields
in declaration order; the field names per class are computed once. JSON is written with
orjson when it is installed (``pip install netstat-parse[fast]``), else with the stdlib;
both give the same JSON values.
"""

from __future__ import annotations

import csv
import importlib
import json
import typing
from collections.abc import Callable, Iterable
from typing import IO, Any

import attrs

from netstat_parse.core.records import Record

orjson: Any  # the optional speed-up (``pip install netstat-parse[fast]``), or None
try:
    orjson = importlib.import_module("orjson")
except ImportError:  # pragma: no cover - exercised when orjson is absent
    orjson = None


_FIELD_NAMES: dict[type[Record], tuple[str, ...]] = {}
_DICT_MAKERS: dict[type[Record], Callable[[Record], dict[str, Any]]] = {}


def field_names(cls: type[Record]) -> tuple[str, ...]:
    """The field names of a record class, in declaration order (base fields first)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in attrs.fields(cls))
    return names


def _dict_maker(cls: type[Record]) -> Callable[[Record], dict[str, Any]]:
    """A function building ``cls``'s dict in one literal (generated once per class: this is
    the hot path of every output format). Tuple fields become lists."""
    maker = _DICT_MAKERS.get(cls)
    if maker is None:
        maker = _DICT_MAKERS[cls] = _generate_dict_maker(cls)
    return maker


def _generate_dict_maker(cls: type[Record]) -> Callable[[Record], dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    items = [f'"kind": {cls.kind!r}']
    for name in field_names(cls):
        is_tuple = typing.get_origin(hints[name]) is tuple
        items.append(f'"{name}": list(r.{name})' if is_tuple else f'"{name}": r.{name}')
    namespace: dict[str, Any] = {}
    exec(f"def make(r):\n    return {{{', '.join(items)}}}", namespace)  # noqa: S102 - generated from field names
    return namespace["make"]


def record_to_dict(record: Record, **extra: Any) -> dict[str, Any]:
    """``{"kind": ..., <fields>}``, with ``extra`` keys (for example ``source``) first."""
    made = _dict_maker(type(record))(record)
    return {**extra, **made} if extra else made


def dumps(value: Any, *, indent: bool = False) -> str:
    """JSON text of ``value`` (non-ASCII kept as is)."""
    if orjson is not None:
        option = orjson.OPT_INDENT_2 if indent else 0
        return orjson.dumps(value, option=option | orjson.OPT_NON_STR_KEYS).decode()
    return json.dumps(value, ensure_ascii=False, indent=2 if indent else None)


def write_jsonl(records: Iterable[Record], out: IO[str], *, source: str | None = None) -> int:
    """Write one JSON object per record and line, with a leading ``source`` key when given
    (spliced in as text: no per-record dict copy); return how many."""
    prefix = "{" if source is None else '{"source":' + dumps(source) + ","
    count = 0
    for record in records:
        text = dumps(_dict_maker(type(record))(record))
        out.write(prefix + text[1:] + "\n")
        count += 1
    return count


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str], *, header: bool = True) -> int:
    """Write CSV rows with ``columns`` (and their header line); lists join with ``;``, dicts become JSON."""
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in columns])
        count += 1
    return count

