#!/usr/bin/env python3
"""Parse Wikipedia's lists of state leaders (shared/data/state-leaders, CC BY-SA 4.0).

Two Markdown pages, "List of state leaders in the 20th century (1951–2000)" and "... in the
21st century" (as of mid-2019). Their layout (see the data README):

    -   Polity name (complete list) –          a polity, at column 0
    :*Presidents (complete list) –             an office heading
    ::*Name, Role (1975–1979), Role (1979–)    one person, one or more roles with terms
    ::*Name                                    a bare name, followed by
    :::*Role (years)                           its roles
        -   Name, Role (years)                 an indented block (same meaning)

`parse(path)` yields `Entry(polity, office, name, role, terms, line)`; `terms` is a list of
(from, to) years, `to` = "present" for an open term (present = mid-2019). Lines that are no
person (notes, coups, collective bodies, joint holders) are returned by `parse` in `skipped`
with the reason, for the generator's log. Run this file directly to print a summary.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass

DASH = "–"  # the en dash the pages use for year ranges; a few lines use "-"


@dataclass(frozen=True)
class Entry:
    polity: str
    office: str
    name: str
    role: str
    terms: tuple[tuple[int, int | str], ...]
    line: int


# Source errors fixed by hand (see the data README): year typos and odd notations.
YEAR_FIXES = {"198154": "1981", "_2019_": "2019", "???": "present"}
# Words that make a "name" a collective body or an event, not a person.
NOT_PERSON = re.compile(
    r"\b(Junta|Council|Committee|Commission|Directory|Directorate|Government|Presidium|"
    r"coup|coups|Regency|Triumvirate|Board|Command|Collective|Military|Revolutionary|"
    r"abolished|vacant|Vacant|Provisional)\b|^\d|_")
PREFIX_WORDS = re.compile(r"^(?:(?:Acting|Interim|Provisional|Transitional|caretaker|Caretaker|"
                          r"_de facto_|de facto|_Rebel_|Rebel|Military|Co-|Joint)\s*,?\s*)+")


def _polity(line: str) -> str:
    p = line[4:].strip()
    p = re.sub(r"\s*\(complete list[^)]*\)", "", p)
    p = re.sub(r"\s*–\s*$", "", p).strip().rstrip(",").strip()
    p = re.sub(r",?\s*_[^_]*_\s*$", "", p).strip()
    return p


def _years(text: str):
    """'1991–1992, 1996–1999' -> [(1991, 1992), (1996, 1999)]; None when unparsable."""
    t = text.strip()
    for bad, good in YEAR_FIXES.items():
        t = t.replace(bad, good)
    t = t.replace("since ", "").replace("-", DASH)
    out = []
    for part in t.split(","):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d{4})(?:\s*–\s*(\d{4}|present)?)?", part)
        if not m:
            return None
        start = int(m.group(1))
        if m.group(2) is None:
            # "(1975)" is one year; "(2019–)" is open
            end: int | str = "present" if part.endswith(DASH) else start
        elif m.group(2) == "present":
            end = "present"
        else:
            end = int(m.group(2))
        if isinstance(end, int) and end < start:
            return None
        out.append((start, end))
    return out or None


ROLE_YEARS = re.compile(r"([^()]*?)\s*\(([^()]*\d{4}[^()]*)\)")


def _roles(rest: str):
    """'Emir (1949–1951), King (1951–1969)' -> [('Emir', terms), ('King', terms)]."""
    out = []
    pos = 0
    for m in ROLE_YEARS.finditer(rest):
        between = rest[pos:m.start()].strip(" ,")
        if between:
            return None  # text that is no role: give up on the line
        role = m.group(1).strip(" ,")
        terms = _years(m.group(2))
        if terms is None:
            return None
        out.append((role, terms))
        pos = m.end()
    if rest[pos:].strip(" ,."):
        tail = rest[pos:].strip(" ,.")
        # "Prime minister since 2019"
        m = re.fullmatch(r"(.+?)\s+since\s+(\d{4})", tail)
        if m and not out:
            return [(m.group(1), [(int(m.group(2)), "present")])]
        return None
    return out


def parse(path: str):
    entries: list[Entry] = []
    skipped: list[tuple[int, str, str]] = []
    polity = ""
    office = ""
    pending = None  # (name, line) of a bare "::*Name" line
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        if raw.startswith("-   "):
            polity, office, pending = _polity(raw), "", None
            continue
        stripped = raw.strip()
        m = re.match(r"^(:{1,3})\*\s*(.*)$", stripped) or re.match(r"^-\s{3}(.*)$", stripped)
        if not m:
            continue  # region headings, italic notes, prose
        if stripped.startswith("-"):
            depth, body = (2 if raw.startswith("        ") else 1), m.group(1).strip()
        else:
            depth, body = len(m.group(1)), m.group(2).strip()
        if not polity:
            continue
        if "complete list" in body or (body.endswith(DASH) and "(" not in body):
            office, pending = re.sub(r"\s*\(complete list[^)]*\)\s*–?\s*$", "", body).strip(" –"), None
            continue
        if depth == 3 and pending is not None:
            roles = _roles(body)
            if roles is None:
                skipped.append((n, body, "unparsable role line"))
                continue
            for role, terms in roles:
                entries.append(Entry(polity, office, pending[0], role, tuple(terms), n))
            continue
        if "(" not in body:
            name = body.rstrip(",").strip()
            if NOT_PERSON.search(name) or not re.search(r"[A-Z]", name):
                skipped.append((n, body, "not a person"))
                pending = None
            elif len(name.split()) > 1 or re.fullmatch(r"[A-Z][\w'-]+", name):
                pending = (name, n)
            else:
                skipped.append((n, body, "no role"))
            continue
        pending = None
        if ", " not in body:
            m = re.fullmatch(r"([A-Z][^(),_]+?)\s*\(([^()]*\d{4}[^()]*)\)", body)
            terms = _years(m.group(2)) if m else None
            if terms and office and not NOT_PERSON.search(m.group(1)):
                # "Kim Yong-nam (1998–present)" under an office heading
                entries.append(Entry(polity, office, m.group(1).strip(), office, tuple(terms), n))
            else:
                skipped.append((n, body, "no name, role separator"))
            continue
        name, rest = body.split(", ", 1)
        rest = re.sub(r"\[\d+\]", "", rest)
        rest = re.sub(r"\s*\((?![^)]*\d{4})[^)]*\)", "", rest)
        name = name.strip()
        rest = PREFIX_WORDS.sub("", rest.strip())
        if NOT_PERSON.search(name) or " and " in name or " & " in name or "/" in name:
            skipped.append((n, body, "not a single person"))
            continue
        roles = _roles(rest)
        if not roles:
            skipped.append((n, body, "unparsable roles"))
            continue
        for role, terms in roles:
            role = PREFIX_WORDS.sub("", role).strip()
            if not role:
                role = office
            entries.append(Entry(polity, office, name, role, tuple(terms), n))
    return entries, skipped


def main(argv: list[str]) -> None:
    for path in argv:
        entries, skipped = parse(path)
        print(f"{path}: {len(entries)} role entries, {len({(e.polity, e.name) for e in entries})} "
              f"people, {len(skipped)} lines skipped")
        for n, body, why in skipped:
            print(f"  skipped line {n}: {why}: {body[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
