"""iommud's JSON parsing against QEMU's own, byte for byte of input.

Each input goes, on a fresh negotiated connection, to iommud and to QEMU 10
(`-machine none`), followed by a probe request; the replies before the
probe's must be the same JSON (member order aside: QEMU prints in hash
order). The inputs are the cases of Tests/JSONTests: what json-c accepted
or mangled, QEMU's check-qjson cases, and bad input of every kind.

iommud departs from QEMU on purpose in two places, checked here too:
numbers past 64 bits or past the double range are echoed as written (QEMU
echoes a rounded double, or `inf`, which is not JSON), and the rest of a
message that breaks a limit is skipped by its nesting (QEMU lexes it as new
input: its inner parts become messages).
"""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
QEMU = os.environ.get("QEMU", "qemu-system-x86_64")
PROBE = b'{"execute": "query-version", "id": "probe"}'


def wrap_id(raw):
    """`raw` bytes as the id of a request for a command neither server has."""
    return b'{"execute": "no-such-command", "id": ' + raw + b"}"


def string_id(content):
    return wrap_id(b'"' + content + b'"')


CASES = [
    # JSON that is not JSON (json-c accepted it)
    b"NaN", b"Infinity", b"-Infinity", b"[1, NaN]", b"[1 /* c */]", b"// c\n1", b"[1, 2,]",
    b'{"a": 1,}', b"[,1]", b"True", b"NULL", b"fAlse", b"007", b"-01", b"1.", b"[1.]", b".5", b"+1",
    b"1e ", b"1e+ ", b"0x10 ", b"[0e5]", b'{"a" 1}', b'{"a": 1 "b": 2}', b"[1 2]", b"undefined ",
    b'{"id": "a", "execute": "query-version", "id": "b"}', b'{"a": {"x": 1, "x": 1}}',
    wrap_id(b'{"K": 1, "\\u212A": 2}'),
    # framing and recovery
    b"{]", b"]", b"}", b"{\xff", b"{\x01", b"{'bad \xff", b"{'execute': 'nonexistent', 'id':'\n",
    b"%p", b"%%p", b"42", b"true", b"null", b'"s"', b"-0", b'{"a": "x\ny"}', b'{"a": "x\ty"}',
    b"{'a': 'x\ry'}", b'{"execute": "no-such", "id": "a\x00"}', b'{"execute": "no-such", "id": "a\r\n"}',
    b'{"id": NaN}', b'{"id": 007}', b"{1: 2}", b"{[1]: 2}", b'{{"a": 1, "a": 2}: 3}', b'{"k": 1, "k": "\\x"}',
    b"[1}", b'{"a": 1]', b'{"a": }', b"[nul, ]", b'{"a": [1, 2}}', b"\xc3\xa9", b"\x1b", b"@",
    b"[" * 1024 + b"]" * 1024,
    # escapes
    string_id(b"\\b\\f\\n\\r\\t\\\\\\\"\\/\\'"), wrap_id(b"'\\\"'"), string_id(b"\\u00A2\\u20AC\\uD834\\uDD1E"),
    string_id(b"\\uD836\\uDC00"), string_id(b"\\z"), string_id(b"\\ux"), string_id(b"\\u12"), string_id(b"\\u12345"),
    string_id(b"\\u0000x"), string_id(b"\\uD800"), string_id(b"\\ud800\\uCAFE"), string_id(b"\\uDC00\\uD800"),
    string_id(b"\\uFDD0"), string_id(b"\\uD87F\\uDFFE"), string_id(b"\\uFFFF"),
    # raw UTF-8
    string_id("Falsches Üben von Xylophonmusik quält".encode()), string_id(b"\xc2\x80\xe0\xa0\x80\xf0\x90\x80\x80"),
    string_id(b"\xf8\x88\x80\x80\x80"), string_id(b"\xef\xbf\xbc\xf4\x8f\xbf\xbd"), string_id(b"\xf4\x90\x80\x80"),
    string_id(b"\x80"), string_id(b"\xc0 \xc1 "), string_id(b"\xe0\x80"), string_id(b"\xc0\xaf"),
    string_id(b"\xe0\x80\xaf"), string_id(b"\xc0\x80"), string_id(b"\xe0\x80\x80"), string_id(b"\xed\xa0\x80"),
    string_id(b"\xef\xbf\xbe"), string_id(b"\xef\xb7\x90"), string_id(b"\xf0\x9f\xbf\xbf"), string_id(b"\x7f"),
    string_id(b"\xfe"),
    # numbers that both hold exactly
    wrap_id(b"9223372036854775807"), wrap_id(b"-9223372036854775808"), wrap_id(b"9223372036854775808"),
    wrap_id(b"18446744073709551615"), wrap_id(b"-32.20e-10"), wrap_id(b"1e-400"), wrap_id(b"[1.5, -0.0]"),
]

# Echoed ids where iommud keeps the literal and QEMU a double: (input, QEMU's
# id, iommud's id), both as the reply's JSON text.
DEVIATIONS = [
    (wrap_id(b"18446744073709551616"), "1.8446744073709552e+19", "18446744073709551616"),
    (wrap_id(b"-9223372036854775809"), "-9.2233720368547758e+18", "-9223372036854775809"),
    (wrap_id(b"1180591620717411303424"), "1.1805916207174113e+21", "1180591620717411303424"),
]


class Server:
    def __init__(self, path):
        self.path = path

    def exchange(self, data, deadline=10.0):
        """Sends `data`, a newline and the probe on a fresh negotiated
        connection; returns the raw reply lines before the probe's reply."""
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(deadline)
        s.connect(self.path)
        f = s.makefile("rb")
        f.readline()  # greeting
        s.sendall(b'{"execute": "qmp_capabilities"}\n')
        assert b'"return"' in f.readline()
        s.sendall(data + b"\n" + PROBE + b"\n")
        lines = []
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            line = f.readline()
            if not line:
                break
            if b'"probe"' in line and b'"return"' in line:
                s.close()
                return lines
            lines.append(line.rstrip(b"\r\n"))
        s.close()
        raise AssertionError(f"{self.path}: no reply to the probe after {data!r}; got {lines!r}")


@pytest.fixture(scope="module")
def servers():
    if shutil.which(QEMU) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{QEMU} is missing (make bench-qemu installs it)")
        pytest.skip(f"{QEMU} is not installed")
    qemu_sock = os.path.join(tempfile.mkdtemp(), "qemu.sock")
    qemu = subprocess.Popen(
        [QEMU, "-machine", "none", "-nodefaults", "-display", "none", "-S",
         "-qmp", f"unix:{qemu_sock},server=on,wait=off"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problem = iommud_process.wait_for_socket(qemu, qemu_sock, attempts=500)
    if problem:
        pytest.fail(problem)
    sock, daemon, problem = iommud_process.start(IOMMUD, "--kernel", "sim", stderr=subprocess.DEVNULL)
    if problem:
        qemu.kill()
        pytest.fail(problem)
    yield Server(sock), Server(qemu_sock)
    for p in (daemon, qemu):
        p.terminate()
        p.wait(timeout=10)


def parsed(lines):
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("data", CASES, ids=lambda d: repr(d)[:60])
def test_same_replies_as_qemu(servers, data):
    iommud, qemu = servers
    assert parsed(iommud.exchange(data)) == parsed(qemu.exchange(data))


@pytest.mark.parametrize("data,qemu_id,iommud_id", DEVIATIONS, ids=lambda d: repr(d)[:40])
def test_big_numbers_echo_exactly_where_qemu_rounds(servers, data, qemu_id, iommud_id):
    iommud, qemu = servers
    mine, theirs = iommud.exchange(data), qemu.exchange(data)
    assert len(mine) == len(theirs) == 1
    assert mine[0].decode().endswith(f'"id": {iommud_id}}}') or f'"id": {iommud_id}' in mine[0].decode()
    assert f'"id": {qemu_id}' in theirs[0].decode()
    # Apart from the id, the replies agree.
    a, b = json.loads(mine[0]), json.loads(theirs[0])
    a.pop("id"), b.pop("id")
    assert a == b


def test_the_rest_of_a_message_past_a_limit_is_skipped(servers):
    """Nesting 1025: QEMU reports the limit, then takes each of the 1025
    closing brackets as a message of its own; iommud skips them."""
    iommud, qemu = servers
    data = b"[" * 1025 + b"]" * 1025
    mine, theirs = parsed(iommud.exchange(data)), parsed(qemu.exchange(data))
    limit = {"error": {"class": "GenericError", "desc": "JSON nesting depth limit exceeded"}}
    assert mine == [limit]
    assert theirs[0] == limit and len(theirs) == 1 + 1025


def random_inputs(count, seed=20261204):
    """Token soup: random runs of JSON pieces, good and bad, ended by ESC so
    that a message left open is dropped on both sides."""
    import random
    rng = random.Random(seed)
    pieces = [b"{", b"}", b"[", b"]", b":", b",", b'"a"', b"'b'", b'"k"', b"1", b"-0", b"1.5", b"1e3", b"0",
              b"true", b"nul", b'"', b"'", b"\\", b"\\u00e9", b"\\uD800", b"\\uDC00", b"\x00", b"\x01", b"\xff",
              b"\xc3", b"\xa9", b"\n", b"\t", b" ", b"%", b"x", b".", b"e", b"-", b"18446744073709551615",
              b'"\\n"', b'"\xc0\x80"', b"\r\n", b"/"]
    for _ in range(count):
        yield b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) + b"\x1b"


@pytest.mark.parametrize("data", list(random_inputs(400)), ids=lambda d: repr(d)[:60])
def test_random_token_soup_gets_the_same_replies(servers, data):
    iommud, qemu = servers
    assert parsed(iommud.exchange(data)) == parsed(qemu.exchange(data))
