#!/usr/bin/env python3
"""Reads the CSV tables of `dossier export --format csv` back with Python's csv module
and compares them with the JSON export of the same store.

Usage: csv_check.py EXPORT.json INCIDENTS.csv FIGURES.csv ENTITIES.csv MENTIONS.csv
The exports must be unfiltered and use the same policy. Prints the row counts;
exit 1 on a problem.
"""
import csv
import json
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\n" in raw.replace("\r\n", ""):
        raise SystemExit(f"{path}: a line ends without CR (RFC 4180 wants CRLF)")
    return list(csv.DictReader(raw.splitlines(keepends=True)))


def opt(value):
    return "" if value is None else str(value)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        export = json.load(f)
    incidents, figures, entities, mentions = (read(p) for p in sys.argv[2:6])
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: {got!r} != {want!r}")

    names = {e["id"]: e["name"] for e in export["entities"]}
    expect("incident ids", [r["id"] for r in incidents], [v["id"] for v in export["events"]])
    for row, v in zip(incidents, export["events"]):
        expect(f"{v['id']} date", row["date"], opt(v["date"]))
        expect(f"{v['id']} type", row["type"], v["type"])
        expect(f"{v['id']} place", row["place"], opt(names.get(v["location"])))
        expect(f"{v['id']} perpetrators", row["perpetrators"],
               "; ".join(names[p] for p in v["perpetrators"]))
        estimates = {e["measure"]: e for e in v["estimates"]}
        for m in ("killed", "wounded", "arrested"):
            e = estimates.get(m)
            expect(f"{v['id']} {m}", (row[m], row[m + "_low"], row[m + "_high"]),
                   (opt(e["low"]), opt(e["reported_low"]), opt(e["reported_high"])) if e
                   else ("", "", ""))
        documents = {x["document"] for x in v["mentions"] + v["figures"]}
        expect(f"{v['id']} sources", int(row["sources"]), len(documents))
        expect(f"{v['id']} source_list", len(row["source_list"].split("; ")), len(documents))

    want = [(v["id"], f["measure"], str(f["low"]), str(f["high"]), f["document"], f["text"],
             opt(f["attributed_to"]), "; ".join(f["hedges"]))
            for v in export["events"] for f in v["figures"]]
    got = [(r["incident"], r["measure"], r["low"], r["high"], r["document"], r["text"],
            r["attributed_to"], r["hedges"]) for r in figures]
    expect("figures", sorted(got), sorted(want))

    expect("entity ids", [r["id"] for r in entities], [e["id"] for e in export["entities"]])
    for row, e in zip(entities, export["entities"]):
        expect(f"{e['id']} name", (row["type"], row["name"]), (e["type"], e["name"]))
        expect(f"{e['id']} aliases", row["aliases"], "; ".join(e["aliases"]))
        expect(f"{e['id']} mentions", int(row["mentions"]), len(e["mentions"]))
        expect(f"{e['id']} documents", int(row["documents"]),
               len({m["document"] for m in e["mentions"]}))
    want = sorted((e["id"], m["document"], str(m["start"]), str(m["end"]), m["text"])
                  for e in export["entities"] for m in e["mentions"])
    got = sorted((r["entity"], r["document"], r["start"], r["end"], r["text"]) for r in mentions)
    expect("mentions", got, want)
    for p in problems[:50]:
        print(p)
    print(f"{len(incidents)} incidents, {len(figures)} figures, {len(entities)} entities, "
          f"{len(mentions)} mentions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
