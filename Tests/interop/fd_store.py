"""systemd's side of the file descriptor store, for tests: a notify socket
(NOTIFY_SOCKET) that keeps the descriptors a service sends with FDSTORE=1
under their FDNAME, drops them on FDSTOREREMOVE=1, and starts the service
again with them as LISTEN_FDS / LISTEN_FDNAMES / LISTEN_PID, as systemd does
for a unit with FileDescriptorStoreMax=."""

import fcntl
import os
import socket
import subprocess
import tempfile


class FdStore:
    def __init__(self):
        self.path = os.path.join(tempfile.mkdtemp(), "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.setblocking(False)
        self.stored = []  # (name, fd), in the order stored
        self.messages = []

    def drain(self):
        """Takes every message the service sent so far."""
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(self.sock, 65536, 64)
            except BlockingIOError:
                return
            fields = dict(line.split("=", 1) for line in data.decode().split("\n") if "=" in line)
            self.messages.append(fields)
            if fields.get("FDSTORE") == "1":
                self.stored += [(fields.get("FDNAME", "stored"), fd) for fd in fds]
                continue
            for fd in fds:
                os.close(fd)
            if fields.get("FDSTOREREMOVE") == "1":
                name = fields.get("FDNAME")
                for stored_name, fd in self.stored:
                    if stored_name == name:
                        os.close(fd)
                self.stored = [(n, fd) for n, fd in self.stored if n != name]

    def names(self):
        self.drain()
        return sorted(name for name, _ in self.stored)

    def put(self, name, fd):
        """Stores `fd` (the store's now) as if the service had."""
        self.stored.append((name, fd))

    def spawn(self, command, stderr):
        """Starts `command` with NOTIFY_SOCKET and the stored descriptors
        passed as 3, 4, … (LISTEN_PID set by the shell that execs it)."""
        self.drain()
        fds = [fd for _, fd in self.stored]
        env = dict(os.environ, NOTIFY_SOCKET=self.path)
        if fds:
            env["LISTEN_FDS"] = str(len(fds))
            env["LISTEN_FDNAMES"] = ":".join(name for name, _ in self.stored)

        def hand_over():
            # Out of the way first, so no target number is overwritten
            # before it is moved.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 512) for fd in fds]
            for i, fd in enumerate(high):
                os.dup2(fd, 3 + i, inheritable=True)

        return subprocess.Popen(["sh", "-c", 'LISTEN_PID=$$ exec "$@"', "sh", *command], env=env,
                                stderr=stderr, close_fds=False, preexec_fn=hand_over)

    def close(self):
        for _, fd in self.stored:
            os.close(fd)
        self.stored = []
        self.sock.close()
