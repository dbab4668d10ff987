"""iommud's QMP as typed Python: one async method per command, results as
dataclasses, events as typed values. `_generated.py` is written by qapi-gen
from the daemon's schema; `_runtime.py` is the hand-written part."""
from ._runtime import ConnectionLost, Event, IommudError, SchemaReport
from ._generated import IommudClient
from . import _generated as types

__all__ = ["IommudClient", "IommudError", "ConnectionLost", "Event", "SchemaReport", "types"]
