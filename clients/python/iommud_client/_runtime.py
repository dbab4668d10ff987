"""The hand-written half of iommud_client: the connection, typed decoding
driven by the generated type table, schema comparison, events.

Replies and events are decoded leniently, so a client survives a daemon of
another version: members the client does not know are ignored, enum values
it does not know are kept as strings, a member it expects but the reply
lacks is None."""
import asyncio
import dataclasses
import keyword
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from qemu.qmp import ExecInterruptedError, ExecuteError, QMPClient
from qemu.qmp.protocol import Runstate


class IommudError(Exception):
    """A command's QMP error: its class (`GenericError`, `DeviceNotFound`…),
    its description and, when a system call failed, the errno's name."""

    def __init__(self, command: str, error_class: str, desc: str, errno: Optional[str] = None):
        super().__init__(f"{command}: {error_class}: {desc}")
        self.command = command
        self.error_class = error_class
        self.desc = desc
        self.errno = errno


class ConnectionLost(Exception):
    """The daemon went away while a call or a wait was pending."""


@dataclasses.dataclass
class Event:
    """An event: its name, its data decoded to the event's type (the raw
    object for an event the client does not know) and its timestamp."""
    name: str
    data: Any
    timestamp: Dict[str, int]
    raw: Dict[str, Any] = dataclasses.field(repr=False, default_factory=dict)


@dataclasses.dataclass
class SchemaReport:
    """How the daemon's schema (query-qmp-schema) and the client's differ."""
    missing_in_daemon: List[str]
    missing_in_client: List[str]
    arguments: Dict[str, Tuple[List[str], List[str]]]

    @property
    def matches(self) -> bool:
        return not (self.missing_in_daemon or self.missing_in_client or self.arguments)

    def __str__(self) -> str:
        if self.matches:
            return "the daemon's schema matches the client's"
        parts = []
        if self.missing_in_daemon:
            parts.append("commands the daemon lacks: " + ", ".join(self.missing_in_daemon))
        if self.missing_in_client:
            parts.append("commands this client lacks: " + ", ".join(self.missing_in_client))
        for name, (client_only, daemon_only) in sorted(self.arguments.items()):
            parts.append(f"{name}: arguments only the client has {client_only}, only the daemon has {daemon_only}")
        return "; ".join(parts)


def python_name(wire: str) -> str:
    """A wire name as a Python identifier: `-` and `.` become `_`, a keyword
    gains a trailing `_`."""
    name = wire.replace("-", "_").replace(".", "_")
    if keyword.iskeyword(name) or name[:1].isdigit():
        name += "_"
    return name


class Types:
    """Decodes and encodes values by the generated type table:
    `table[name]` is ("struct", class, members), ("union", class, members,
    tag, {value: branch}), ("enum", values) or ("alternate", [types]);
    members are (wire name, python name, type, optional)."""

    def __init__(self, table: Dict[str, tuple]):
        self.table = table

    def decode(self, type_name: str, value: Any) -> Any:
        if value is None:
            return None
        if type_name.startswith("["):
            element = type_name[1:-1]
            return [self.decode(element, v) for v in value] if isinstance(value, list) else value
        entry = self.table.get(type_name)
        if entry is None:  # built-ins: str, int, number, bool, any, null
            return value
        kind = entry[0]
        if kind == "enum":
            return value  # unknown values are kept
        if kind == "alternate":
            for branch in entry[1]:
                decoded = self._try_alternate(branch, value)
                if decoded is not None:
                    return decoded
            return value
        if not isinstance(value, dict):
            return value
        cls, members = entry[1], entry[2]
        fields = {py: self.decode(t, value.get(wire)) for wire, py, t, _ in members}
        if kind == "union":
            branch = entry[4].get(value.get(entry[3]))
            fields["variant"] = self.decode(branch, value) if branch else None
        return cls(**fields)

    def _try_alternate(self, branch: str, value: Any) -> Any:
        builtin = {"str": str, "int": int, "number": (int, float), "bool": bool, "null": type(None)}
        if branch in builtin:
            return value if isinstance(value, builtin[branch]) and not (branch == "int" and isinstance(value, bool)) else None
        entry = self.table.get(branch)
        if entry and entry[0] == "enum":
            return value if isinstance(value, str) else None
        if branch.startswith("["):
            return self.decode(branch, value) if isinstance(value, list) else None
        return self.decode(branch, value) if isinstance(value, dict) else None

    def encode(self, value: Any) -> Any:
        """A dataclass as its wire object (members that are None left out);
        lists and dicts element by element; anything else as it is."""
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            entry = self.table.get(type(value).__name__)
            members = entry[2] if entry else []
            out = {}
            for wire, py, _, _ in members:
                v = getattr(value, py)
                if v is not None:
                    out[wire] = self.encode(v)
            variant = getattr(value, "variant", None)
            if variant is not None:
                out.update(self.encode(variant))
            return out
        if isinstance(value, list):
            return [self.encode(v) for v in value]
        if isinstance(value, dict):
            return {k: self.encode(v) for k, v in value.items()}
        return value


class ClientBase:
    """The connection: negotiation, calls, descriptors, events, and the
    comparison of schemas at connect."""

    #: How many unread events are kept for wait_event (oldest dropped).
    EVENT_BUFFER = 1024

    def __init__(self, name: str = "iommud-client"):
        self._qmp = QMPClient(name)
        self._events: List[Event] = []
        self._changed = asyncio.Event()
        self._tasks: List[asyncio.Task] = []
        self._lost = False
        self.schema_report: Optional[SchemaReport] = None

    async def connect(self, path_or_address: Union[str, Tuple[str, int]], compare_schema: bool = True) -> None:
        """Connects to a Unix socket path, a (host, port) pair or "host:port",
        negotiates, and compares schemas (`schema_report`). A connection that
        fails while negotiating or comparing is closed before the error rises."""
        address = path_or_address
        if isinstance(address, str) and not address.startswith("/") and address.count(":") == 1 \
                and address.rsplit(":", 1)[1].isdigit():
            host, port = address.rsplit(":", 1)
            address = (host, int(port))
        # qemu.qmp's default listener holds every event from the start.
        listener = self._qmp.events
        await self._qmp.connect(address)
        self._lost = False
        self._tasks = [asyncio.ensure_future(self._drain(listener)), asyncio.ensure_future(self._watch())]
        if compare_schema:
            try:
                self.schema_report = self._compare(await self._qmp.execute("query-qmp-schema"))
            except BaseException:
                await self.disconnect()
                raise

    async def disconnect(self) -> None:
        """Closes the connection; pending calls and waits fail with ConnectionLost."""
        try:
            await self._qmp.disconnect()
        except (EOFError, ConnectionError):
            pass  # the daemon had gone already
        for task in self._tasks:
            task.cancel()
        self._tasks = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.disconnect()

    async def send_fd(self, fd: int) -> None:
        """Sends descriptor `fd` (SCM_RIGHTS) for the next getfd or add-fd."""
        self._qmp.send_fd_scm(fd)

    async def _call(self, command: str, arguments: Dict[str, Any], returns: Optional[str]) -> Any:
        if self._lost:
            raise ConnectionLost(f"{command}: the connection to iommud is lost")
        try:
            given = {k: v for k, v in arguments.items() if v is not None}
            result = await self._qmp.execute(command, self.TYPES.encode(given) if given else None)
        except ExecuteError as error:
            e = error.error.error
            raise IommudError(command, e.class_, e.desc, error.received.get("error", {}).get("errno")) from None
        except (ExecInterruptedError, EOFError, ConnectionError) as error:
            raise ConnectionLost(f"{command}: the connection to iommud is lost ({error})") from None
        return self.TYPES.decode(returns, result) if returns else None

    async def _drain(self, listener) -> None:
        async for message in listener:
            name = message["event"]
            data_type = self.EVENT_TYPES.get(name)
            raw = dict(message)
            data = self.TYPES.decode(data_type, message.get("data", {})) if data_type else message.get("data")
            self._events.append(Event(name, data, message.get("timestamp", {}), raw))
            del self._events[:-self.EVENT_BUFFER]
            self._changed.set()

    async def _watch(self) -> None:
        while True:
            state = await self._qmp.runstate_changed()
            if state in (Runstate.DISCONNECTING, Runstate.IDLE):
                self._lost = True
                self._changed.set()
                return

    async def wait_event(self, name: str, match: Union[None, Dict[str, Any], Callable[[Event], bool]] = None,
                         timeout: Optional[float] = None) -> Event:
        """The first unread event `name` that `match` accepts (a dict of data
        members that must be equal, by wire name, or a predicate), waiting up
        to `timeout` seconds for it; events that arrived since the last wait,
        even before this call, count. Raises asyncio.TimeoutError, or
        ConnectionLost when the daemon goes away first."""
        async def find() -> Event:
            while True:
                for i, event in enumerate(self._events):
                    if event.name == name and self._matches(event, match):
                        return self._events.pop(i)
                if self._lost:
                    raise ConnectionLost(f"waiting for {name}: the connection to iommud is lost")
                self._changed.clear()
                await self._changed.wait()
        return await asyncio.wait_for(find(), timeout)

    @staticmethod
    def _matches(event: Event, match) -> bool:
        if match is None:
            return True
        if callable(match):
            return bool(match(event))
        data = event.raw.get("data", {})
        return all(data.get(key) == value for key, value in match.items())

    def _compare(self, schema: List[Dict[str, Any]]) -> SchemaReport:
        by_name = {entity["name"]: entity for entity in schema}

        def members(type_name: str) -> List[str]:
            entity = by_name.get(type_name, {})
            names = [m["name"] for m in entity.get("members", [])]
            for variant in entity.get("variants", []):
                names += [n for n in members(variant["type"]) if n not in names]
            return names

        daemon = {e["name"]: members(e["arg-type"]) for e in schema if e.get("meta-type") == "command"}
        client = self.COMMANDS
        arguments = {}
        for name in sorted(set(daemon) & set(client)):
            client_only = sorted(set(client[name]) - set(daemon[name]))
            daemon_only = sorted(set(daemon[name]) - set(client[name]))
            if client_only or daemon_only:
                arguments[name] = (client_only, daemon_only)
        return SchemaReport(sorted(set(client) - set(daemon)), sorted(set(daemon) - set(client)), arguments)
