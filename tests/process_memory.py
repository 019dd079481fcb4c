"""Reading a live process's memory and looking for strings in it, as someone who seized a
running tablet would (a debugger attached to the kiosk, or a core dump made from outside).

Linux only: the memory is read through ``/proc/PID/mem`` over the regions ``/proc/PID/maps``
lists, which needs the right to trace the process (the same user, and Yama's
``ptrace_scope`` at 0 or the reader being the parent; :func:`memory_readable` says whether
it is allowed here). Mappings of files that are not writable are skipped: they are the
program's and its libraries' code and constants, read from disk, and hold nothing typed at
run time.

A string is looked for in every encoding a program keeps text in: UTF-8 (C strings, Python's
UTF-8 caches, JSON), Latin-1 (CPython's one-byte ``str``), UTF-16-LE (Qt's ``QString``) and
UTF-32-LE (CPython's four-byte ``str``, HarfBuzz's buffers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENCODINGS = ("utf-8", "latin-1", "utf-16-le", "utf-32-le")
_MAPS_LINE = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$")
_CHUNK = 64 * 1024 * 1024  # read big regions in parts, so memory use stays bounded
OVERLAP = 4096  # parts overlap by more than any needle is long
_UNREADABLE = ("[vvar]", "[vsyscall]", "[vvar_vclock]")


@dataclass(frozen=True)
class Region:
    """One mapping of a process: its address range, permissions and what backs it."""

    start: int
    end: int
    perms: str
    path: str

    @property
    def worth_reading(self) -> bool:
        """Readable, and able to hold what was made at run time (anonymous, or written to)."""
        if "r" not in self.perms or self.path in _UNREADABLE:
            return False
        from_file = self.path.startswith("/")
        return not from_file or "w" in self.perms


@dataclass(frozen=True)
class Hit:
    """Where a needle was found."""

    label: str
    encoding: str
    address: int
    region: str


def regions(pid: int) -> list[Region]:
    """The process's mappings, as ``/proc/PID/maps`` lists them."""
    found = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        match = _MAPS_LINE.match(line)
        if match:
            start, end, perms, path = match.groups()
            found.append(Region(int(start, 16), int(end, 16), perms, path.strip()))
    return found


def memory_readable(pid: int) -> bool:
    """Whether this process may read ``pid``'s memory (ptrace rights)."""
    try:
        with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
            for region in regions(pid):
                if region.worth_reading:
                    mem.seek(region.start)
                    mem.read(1)
                    return True
    except OSError:
        return False
    return False


def read_memory(pid: int) -> Iterator[tuple[Region, int, bytes]]:
    """Every worthwhile region's bytes, in parts: ``(region, address of the part, bytes)``.

    Parts overlap by :data:`OVERLAP` bytes, so a needle across a boundary is still found.
    """
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for region in regions(pid):
            if not region.worth_reading:
                continue
            address = region.start
            while address < region.end:
                size = min(_CHUNK + OVERLAP, region.end - address)
                try:
                    mem.seek(address)
                    data = mem.read(size)
                except OSError:  # a guard page or a region unmapped meanwhile
                    break
                yield region, address, data
                address += _CHUNK



def encoded(text: str) -> dict[str, bytes]:
    """``text`` in each of :data:`ENCODINGS` it can be written in."""
    forms = {}
    for encoding in ENCODINGS:
        try:
            forms[encoding] = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # e.g. a Korean name has no Latin-1 form (CPython keeps it as UCS-2 or UCS-4)
    return forms


def search(pid: int, needles: dict[str, str]) -> list[Hit]:
    """Every place in ``pid``'s memory where one of ``needles`` (label -> text) is, in any encoding.

    Fast enough for a whole kiosk (about 150 MiB): each part is searched once with its NUL bytes
    taken out, where a Latin-1 text's UTF-16-LE and UTF-32-LE forms become its Latin-1 form, so
    a text needs two searches (Latin-1, UTF-8) instead of four. What is found there is then
    placed in the part as it is, encoding by encoding; a text found only with its NULs taken
    out (its letters spread among zero bytes in some other layout) is reported as ``"spread"``.
    """
    hits = []
    seen: set[tuple[str, str, int]] = set()
    forms = {label: encoded(text) for label, text in needles.items()}
    for region, base, data in read_memory(pid):
        squeezed = data.replace(b"\0", b"")
        for label, by_encoding in forms.items():
            quick = {form.replace(b"\0", b"") for form in by_encoding.values()}
            if not any(form in squeezed for form in quick):
                continue
            placed = False
            for encoding, form in by_encoding.items():
                at = data.find(form)
                while at != -1:
                    placed = True
                    if (label, encoding, base + at) not in seen:
                        seen.add((label, encoding, base + at))
                        hits.append(Hit(label, encoding, base + at, region.path or "[anonymous]"))
                    at = data.find(form, at + 1)
            if not placed:
                hits.append(Hit(label, "spread", base, region.path or "[anonymous]"))
    return hits


def ptrace_scope() -> int | None:
    """Yama's ptrace policy (``None`` where Yama is not built in: then same-user reads are allowed)."""
    try:
        return int(Path("/proc/sys/kernel/yama/ptrace_scope").read_text().strip())
    except (OSError, ValueError):
        return None
