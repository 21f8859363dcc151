"""A private PostgreSQL server that checks passwords (SCRAM), for sign-in tests.

The shared test server trusts 127.0.0.1, so a wrong password would get in there. This
starts a throw-away cluster with `initdb --auth=scram-sha-256` on a free port (as the
`postgres` system user when the tests run as root: initdb refuses root) and stops it
after. Tests that need it skip when no PostgreSQL server binaries are installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from tests.integration.mail_peers import free_port

SUPERUSER_PASSWORD = "team-server-superuser"


def server_bin() -> str | None:
    for pattern in ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin"):
        for folder in sorted(glob.glob(pattern), reverse=True):
            if os.path.exists(os.path.join(folder, "initdb")):
                return folder
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


@dataclass
class ScramServer:
    folder: str
    port: int
    bindir: str

    def url(self, user: str = "postgres", password: str | None = None,
            database: str = "postgres") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def _as_owner(self, *argv: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(prefix + list(argv), check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        pwfile = os.path.join(self.folder, "pw")
        with open(pwfile, "w") as f:
            f.write(SUPERUSER_PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(pwfile, "postgres")
        data = os.path.join(self.folder, "data")
        self._as_owner(f"{self.bindir}/initdb", "-D", data, "-U", "postgres", "-E", "UTF8",
                       "--auth=scram-sha-256", f"--pwfile={pwfile}", "--no-sync")
        self._as_owner(f"{self.bindir}/pg_ctl", "-D", data, "-w", "-l",
                       os.path.join(self.folder, "log"), "-o",
                       f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                       "-c fsync=off -c max_connections=30", "start")

    def stop(self) -> None:
        try:
            self._as_owner(f"{self.bindir}/pg_ctl", "-D", os.path.join(self.folder, "data"),
                           "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_scram_server() -> ScramServer | None:
    bindir = server_bin()
    if bindir is None:
        return None
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return None
    server = ScramServer(tempfile.mkdtemp(prefix="liaison-scram-"), free_port(), bindir)
    os.chmod(server.folder, 0o700)
    server.start()
    return server
