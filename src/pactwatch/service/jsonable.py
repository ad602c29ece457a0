"""JSON as every interface gives it: the CLI's ``--json`` and the HTTP API print the same."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel


def to_jsonable(value: Any) -> Any:
    """Models as their JSON (by alias: ``from``), lists and dicts walked."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def dumps(value: Any, indent: int | None = 2) -> str:
    """The stable JSON text of ``value``.

    ``ensure_ascii=False`` keeps names readable; lone surrogates (which UTF-8 cannot carry)
    are escaped, and every control character is escaped by json itself.
    """
    text = json.dumps(to_jsonable(value), indent=indent, ensure_ascii=False)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
