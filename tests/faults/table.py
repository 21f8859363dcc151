"""The fault table: each probe, how many times it was tried, how many times it held.

Minimal version (the `hostile-data` branch brings the full runner); `record` is the
whole interface the fault tests use.
"""

from __future__ import annotations

ROWS: dict[str, list[int]] = {}


def record(probe: str, tried: int, held: int) -> None:
    row = ROWS.setdefault(probe, [0, 0])
    row[0] += tried
    row[1] += held


def render() -> str:
    if not ROWS:
        return ""
    width = max(len("probe"), *(len(p) for p in ROWS))
    lines = [f"{'probe':<{width}}  tried  held", f"{'-' * width}  -----  ----"]
    lines += [f"{probe:<{width}}  {tried:>5}  {held:>4}{'' if held == tried else '  <- NOT HELD'}"
              for probe, (tried, held) in sorted(ROWS.items())]
    return "\n".join(lines)
