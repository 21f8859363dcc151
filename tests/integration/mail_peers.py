"""Real mail peers on 127.0.0.1 for the tests: aiosmtpd, pymap, and a cutting TCP proxy."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "hardq@bank.example"
PASSWORD = "s3cret-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self):
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class SmtpPeer:
    port: int
    received: list[Received] = field(default_factory=list)
    controller: Controller | None = None
    reject_with: str | None = None  # e.g. "550 5.1.1 mailbox unknown"

    # aiosmtpd handler hooks
    async def handle_DATA(self, server, session, envelope):
        if self.reject_with:
            return self.reject_with
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content))
        return "250 OK queued"

    def start(self) -> None:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
                  and auth_data.password.decode() == PASSWORD)
            return AuthResult(success=ok, handled=False)

        self.controller = Controller(self, hostname="127.0.0.1", port=self.port,
                                     authenticator=authenticate, auth_require_tls=False,
                                     decode_data=False)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class ImapPeer:
    """pymap's in-memory server (a real IMAP4rev1 server) in a child process."""

    user = "demouser"
    password = "demopass"

    def __init__(self, port: int) -> None:
        self.port = port
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        exe = Path(sys.executable).with_name("pymap")
        cmd = [str(exe)] if exe.exists() else [shutil.which("pymap") or "pymap"]
        self.proc = subprocess.Popen(
            cmd + ["--host", "127.0.0.1", "--port", str(self.port), "--no-tls", "dict",
                   "--demo-data", "--demo-user", self.user, "--demo-password", self.password],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
        wait_port(self.port)
        self.clear()

    def client(self):
        from imapclient import IMAPClient

        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        return c

    def clear(self) -> None:
        """Remove pymap's demo mail so each test starts with an empty INBOX."""
        c = self.client()
        c.select_folder("INBOX")
        uids = c.search(["ALL"])
        if uids:
            c.delete_messages(uids)
            c.expunge()
        c.logout()

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        c = self.client()
        c.append(folder, raw)
        c.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, tuple]:
        c = self.client()
        c.select_folder(folder, readonly=True)
        out = {uid: d[b"FLAGS"] for uid, d in c.fetch(c.search(["ALL"]), ["FLAGS"]).items()}
        c.logout()
        return out

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None


class CuttingProxy:
    """Forwards 127.0.0.1:port to a target; can cut connections after N bytes one way."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.port = free_port()
        self.cut_after_down: int | None = None  # bytes from server to client
        self.cut_after_up: int | None = None  # bytes from client to server
        self.cuts = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self._sock.listen(8)
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            state = {"closed": False}
            threading.Thread(target=self._pipe, args=(client, upstream, "up", state),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, "down", state),
                             daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, way: str, state: dict) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                limit = self.cut_after_down if way == "down" else self.cut_after_up
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    if way == "down":
                        self.cut_after_down = None
                    else:
                        self.cut_after_up = None
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._stop = True
        self._sock.close()
