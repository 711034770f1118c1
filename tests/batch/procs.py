"""Processes and sockets from /proc: what a test started, and where its sockets point (Linux)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

LOOPBACK_V6 = "00000000000000000000000001000000"
LISTEN = "0A"


def descendants(root: int) -> set[int]:
    """Every live process below `root`."""
    parent: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            parent[int(d.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {p for p, pp in parent.items() if pp in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


def wait_gone(pids: set[int], seconds: float) -> set[int]:
    """Wait for `pids` to exit; kill (by id) and return those still alive after `seconds`."""
    deadline = time.monotonic() + seconds
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = alive(pids)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return left


def inet_sockets(pids: set[int]) -> list[tuple[str, str, str]]:
    """(local address, remote address, state) of every TCP socket the processes hold, hex as in /proc."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[9] in inodes:
                out.append((cols[1].split(":")[0], cols[2].split(":")[0], cols[3]))
    return out


def is_loopback(addr: str) -> bool:
    """127.0.0.0/8 (also IPv4-mapped) or ::1, in /proc's hex (IPv4 little-endian: 127.0.0.1 is 0100007F)."""
    if len(addr) == 8:
        return addr[6:] == "7F"
    return addr == LOOPBACK_V6 or (addr.startswith("0000000000000000FFFF0000") and addr[30:] == "7F")
