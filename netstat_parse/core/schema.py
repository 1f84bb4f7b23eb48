"""The JSON Schema and the record reference, both generated from ``core/records.py``.

``python -m netstat_parse.core.schema`` rewrites ``netstat_parse/schema/netstat-parse.schema.json``
and ``docs/records.md``; a test fails when either is out of date, so the documentation
cannot drift from the records.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from netstat_parse.core.records import RECORD_TYPES, Record

SCHEMA_ID = "https://netstat-parse.invalid/schema/netstat-parse.schema.json"
PACKAGE_SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "netstat-parse.schema.json"
DOCS_RECORDS = Path(__file__).resolve().parent.parent.parent / "docs" / "records.md"


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [_type_schema(arg) for arg in typing.get_args(hint)]
        return {"anyOf": options}
    if hint is type(None):
        return {"type": "null"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        return {"type": "string"}
    if origin is tuple or origin is list:
        item = typing.get_args(hint)[0]
        return {"type": "array", "items": _type_schema(item)}
    if origin is dict:
        value = typing.get_args(hint)[1]
        return {"type": "object", "additionalProperties": _type_schema(value)}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _type_name(hint: Any) -> str:
    schema = _type_schema(hint)
    options = schema.get("anyOf", [schema])
    names = []
    for option in options:
        if option["type"] == "array":
            names.append(f"array of {option['items']['type']}")
        elif option["type"] == "object":
            names.append(f"object of {option['additionalProperties']['type']}")
        else:
            names.append(option["type"])
    return " or ".join(names)


def record_schema(cls: type[Record]) -> dict[str, Any]:
    """The JSON Schema of one record kind's JSON object."""
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {"kind": {"const": cls.kind}}
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name])
        prop["description"] = field.metadata.get("doc", "")
        properties[field.name] = prop
    return {
        "title": cls.__name__,
        "description": (cls.__doc__ or "").strip(),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """Schema of the CLI's JSON outputs: a document (or a list of them), or a JSONL record."""
    records = {cls.kind: record_schema(cls) for cls in RECORD_TYPES}
    record_ref = {"oneOf": [{"$ref": f"#/$defs/{kind}"} for kind in records]}
    section = {
        "type": "object",
        "required": ["kind", "platform", "title", "language", "snapshot", "command", "line", "end_line",
                     "header_lines", "records"],
        "properties": {
            "kind": {"type": "string"},
            "platform": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "language": {"type": "string"},
            "snapshot": {"type": "integer", "minimum": 0},
            "command": {"type": ["string", "null"]},
            "command_line": {"type": ["integer", "null"]},
            "options": {"type": "array", "items": {"type": "string"}},
            "line": {"type": "integer", "minimum": 1},
            "end_line": {"type": "integer", "minimum": 1},
            "header_lines": {"type": "array", "items": {"type": "integer"}},
            "records": {"type": "array", "items": record_ref},
        },
    }
    document = {
        "type": "object",
        "required": ["source", "encoding", "line_count", "sections", "prompts", "unparsed"],
        "additionalProperties": False,
        "properties": {
            "source": {"type": "string"},
            "encoding": {"type": ["string", "null"]},
            "line_count": {"type": "integer", "minimum": 0},
            "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
            "prompts": {"type": "array", "items": {"type": "object"}},
            "unparsed": {"type": "array", "items": {"$ref": "#/$defs/unparsed"}},
        },
    }
    jsonl_record = {"allOf": [record_ref]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "netstat-parse output",
        "description": "A document, a list of documents (several inputs), or one JSON Lines record "
        "(validate those against #/$defs/jsonl_record after removing its `source` key).",
        "oneOf": [{"$ref": "#/$defs/document"}, {"type": "array", "items": {"$ref": "#/$defs/document"}}],
        "$defs": {**records, "section": section, "document": document, "jsonl_record": jsonl_record},
    }


def markdown() -> str:
    """docs/records.md: every record kind, field, type, meaning and example."""
    lines = [
        "# Records",
        "",
        "Generated from `netstat_parse/core/records.py` by `python -m netstat_parse.core.schema`;",
        "do not edit by hand. Every record's JSON form is a flat object with a `kind` field and",
        "all of the fields below (null when netstat did not print the value). The JSON Schema is",
        "`netstat_parse/schema/netstat-parse.schema.json`.",
        "",
    ]
    for cls in RECORD_TYPES:
        hints = typing.get_type_hints(cls)
        lines += [f"## `{cls.kind}` ({cls.__name__})", "", (cls.__doc__ or "").strip(), "",
                  "| field | type | meaning | example |", "|---|---|---|---|"]
        for field in attrs.fields(cls):
            example = field.metadata.get("example")
            shown = "" if example is None else f"`{json.dumps(example, ensure_ascii=False)}`"
            doc = field.metadata.get("doc", "").replace("|", "\\|")
            lines.append(f"| `{field.name}` | {_type_name(hints[field.name])} | {doc} | {shown} |")
        lines.append("")
    return "\n".join(lines)


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    """Rewrite the generated schema and docs."""
    PACKAGE_SCHEMA.parent.mkdir(exist_ok=True)
    PACKAGE_SCHEMA.write_text(schema_text(), encoding="utf-8")
    DOCS_RECORDS.write_text(markdown(), encoding="utf-8")
    print(f"wrote {PACKAGE_SCHEMA} and {DOCS_RECORDS}", file=sys.stderr)


if __name__ == "__main__":
    main()
