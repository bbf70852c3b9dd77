"""Roster export of 2,000 memberships beside bare openpyxl writing the same cells, same run.

    python benchmarks/roster_export.py [--memberships 2000] [--runs 7] [--json]

A temporary database is built through the real services: 20 bodies with 100 current
memberships each (leaders, members, deputies standing for members, observers,
a secretary), 1,200 people in 30 organisations. Then, alternating so machine noise
hits both alike:

* hfdesk: `export_roster(session, out)`: the register queries, the composition
  check, the styled workbook (tables, widths, print setup, date formats, formula
  neutralisation) and the atomic save (temp file, fsync, rename);
* bare: `openpyxl.Workbook()`, the same sheets, the same cell values (read back from
  the hfdesk file once, before timing) written with plain `ws.append`, `wb.save(path)`.

Medians are reported with the ratio; the goal (issue 16, since XlsxWriter) is at most 1.0.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl

from hfdesk.db import open_database
from hfdesk.exports.roster import export_roster
from hfdesk.models import Role, Side
from hfdesk.services import register

GIVEN = ["Anne", "Kari", "Ola", "Per", "Ingrid", "Solveig", "Håkon", "Øystein", "Åse", "Bjørn", "Marit", "Trond", "Sigrid", "Eirik", "Gunhild", "Lars"]
FAMILY = ["Ådland", "Hatlestad", "Kalvatn", "Øvretveit", "Haugstad", "Bolstad", "Tysse", "Lunde", "Myklebust", "Vågenes", "Rong", "Seim"]
GOAL = 1.0


def build(path: Path, memberships: int) -> None:
    """`memberships` current memberships in bodies of 100, through the services."""
    per_body = 100
    n_bodies = max(1, memberships // per_body)
    db = open_database(path)
    with db.transaction() as s:
        areas = [register.create_area(s, name, i) for i, name in enumerate(("Bergen", "Bergensregionen", "Nordhordland", "Voss"))]
        sides = [Side.MUNICIPAL] * 18 + [Side.HOSPITAL] * 6 + [Side.USER, Side.GP, Side.KS, Side.UNION, Side.SECRETARIAT, Side.OTHER]
        orgs = [
            register.create_organisation(s, f"Organisasjon {i:02d} {side.value}", side, area_id=areas[i % 4].id if side == Side.MUNICIPAL else None)
            for i, side in enumerate(sides)
        ]
        people = [
            register.create_person(
                s,
                GIVEN[i % len(GIVEN)],
                f"{FAMILY[i % len(FAMILY)]}-{i:04d}",
                organisation_id=orgs[i % len(orgs)].id,
                email=f"person{i:04d}@kommune.eksempel.no",
                phone=f"+47 {40000000 + i * 37:08d}",
                title="Kommunedirektør" if i % 9 == 0 else "",
            )
            for i in range(1200)
        ]
        k = 0
        for b in range(n_bodies):
            body = register.create_body(s, f"Samarbeidsutval nummer {b + 1:02d} for helsefellesskapet", 3, short_name=f"SU {b + 1:02d}", sort_order=b)
            members = []
            for j in range(per_body):
                person = people[k % len(people)]
                k += 1
                term_to = date(2027, 12, 31) if j % 3 else None
                if j == 0:
                    role, deputy_for = Role.LEADER, None
                elif j == 1:
                    role, deputy_for = Role.DEPUTY_LEADER, None
                elif j < 50:
                    role, deputy_for = Role.MEMBER, None
                elif j < 85:
                    role, deputy_for = Role.DEPUTY, members[j - 50]
                elif j < 99:
                    role, deputy_for = Role.OBSERVER, None
                else:
                    role, deputy_for = Role.SECRETARY, None
                m = register.add_membership(
                    s, body.id, person.id, role, term_from=date(2024, 1, 1), term_to=term_to,
                    area_id=areas[j % 4].id if j % 5 == 0 else None,
                    deputy_for_id=deputy_for.id if deputy_for is not None else None,
                    represents_text="Kommunane i Nordhordland" if j % 17 == 0 else "",
                )  # fmt: skip
                if role in (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER):
                    members.append(m)
    db.close()


def sheets_of(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    wb = openpyxl.load_workbook(path)
    out = [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]
    wb.close()
    return out


def bare(sheets: list[tuple[str, list[tuple[object, ...]]]], out: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


def timed(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(memberships: int = 2000, runs: int = 7) -> dict[str, object]:
    """Build the database, then time hfdesk's export and the bare baseline, alternating."""
    with tempfile.TemporaryDirectory(prefix="hfdesk-bench-") as tmp:
        folder = Path(tmp)
        dbfile = folder / "roster.sqlite"
        t0 = time.perf_counter()
        build(dbfile, memberships)
        build_s = time.perf_counter() - t0
        db = open_database(dbfile)
        hf_out, bare_out = folder / "hfdesk.xlsx", folder / "bare.xlsx"

        def run_hfdesk() -> None:
            with db.session() as session:
                export_roster(session, hf_out)

        run_hfdesk()  # warm-up (imports, first queries) and the cells for the baseline
        sheets = sheets_of(hf_out)
        cells = sum(len(r) for _, rows in sheets for r in rows)
        data_rows = sum(len(rows) for _, rows in sheets)
        bare(sheets, bare_out)  # warm-up

        hf_times, bare_times = [], []
        for _ in range(runs):
            hf_times.append(timed(run_hfdesk))
            bare_times.append(timed(lambda: bare(sheets, bare_out)))
        db.close()
        hf, base = statistics.median(hf_times), statistics.median(bare_times)
        return {
            "memberships": memberships,
            "sheets": len(sheets),
            "rows": data_rows,
            "cells": cells,
            "runs": runs,
            "hfdesk_ms": round(hf * 1000, 1),
            "bare_ms": round(base * 1000, 1),
            "ratio": round(hf / base, 2),
            "goal": GOAL,
            "hfdesk_bytes": hf_out.stat().st_size,
            "bare_bytes": bare_out.stat().st_size,
            "build_s": round(build_s, 1),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memberships", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.memberships, args.runs)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"database built in {result['build_s']} s: {args.memberships} memberships, "
              f"{result['sheets']} sheets, {result['rows']} rows, {result['cells']} cells")  # fmt: skip
        print(f"hfdesk export_roster : {result['hfdesk_ms']:8.1f} ms  (median of {args.runs})")
        print(f"bare openpyxl        : {result['bare_ms']:8.1f} ms")
        verdict = "within" if result["ratio"] <= GOAL else "OVER"
        print(f"ratio                : {result['ratio']:8.2f}x  ({verdict} the goal of {GOAL}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
