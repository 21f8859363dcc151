"""The large benchmark database shared by the bench scripts, built once on first use."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

LARGE_DB = Path("/tmp/liaison-bench-large.db")


def large_db_url(given: str | None = None) -> str:
    """`given`, else the SQLite file of `liaison demo --size large` (made if missing)."""
    if given:
        return given
    url = f"sqlite:///{LARGE_DB}"
    if not LARGE_DB.exists():
        print("building the large demo database (once)...", flush=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "liaison_app", "--db", url, "demo", "--size", "large"],
                       check=True)
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return url
