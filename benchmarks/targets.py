"""How a benchmark reports its targets, so that `make bench` can list every miss at the end.

Each target checked prints one line, `ok   <what>: <value> (target <target>)` or
`MISS <what>: <value> (target <target>)`; `exit_code()` is 0 when every target was met and
`MISSED` (3) otherwise. Any other non-zero exit status means the benchmark itself failed.
`benchmarks/run_all.py` (the `make bench` target) runs every benchmark and collects the MISS
lines and the failures.
"""

from __future__ import annotations

MISSED = 3
_missed: list[str] = []


def check(what: str, value: str, target: str, ok: bool) -> bool:
    """Print the verdict on one target and remember a miss."""
    line = f"{what}: {value} (target {target})"
    print(f"{'ok  ' if ok else 'MISS'} {line}", flush=True)
    if not ok:
        _missed.append(line)
    return ok


def missed() -> list[str]:
    return list(_missed)


def exit_code() -> int:
    return MISSED if _missed else 0
