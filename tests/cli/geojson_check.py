#!/usr/bin/env python3
"""Checks `dossier export --format geojson` against RFC 7946 and the CSV incident table.

Usage: geojson_check.py INCIDENTS.geojson INCIDENTS.csv
Checks: a FeatureCollection of Features, each with a string id, a Point geometry whose
coordinates are [longitude, latitude] within -180..180 and -90..90, and properties
holding date, type, perpetrators and the killed/wounded/arrested estimates; exactly
the CSV incidents that have coordinates, with the same coordinates and values.
Prints the feature count; exit 1 on a problem.
"""
import csv
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        collection = json.load(f)
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f) if r["latitude"]}
    problems = []
    if collection.get("type") != "FeatureCollection" or not isinstance(
            collection.get("features"), list):
        print("not a FeatureCollection")
        return 1
    seen = []
    for feature in collection["features"]:
        fid = feature.get("id")
        geometry, props = feature.get("geometry", {}), feature.get("properties", {})
        if feature.get("type") != "Feature" or not isinstance(fid, str):
            problems.append(f"{fid}: not a Feature with a string id")
            continue
        seen.append(fid)
        lon, lat = geometry.get("coordinates", [None, None])
        if geometry.get("type") != "Point" or not (-180 <= lon <= 180 and -90 <= lat <= 90):
            problems.append(f"{fid}: bad geometry {geometry}")
        for key in ("date", "type", "perpetrators", "killed", "wounded", "arrested"):
            if key not in props:
                problems.append(f"{fid}: no property {key}")
        row = rows.get(fid)
        if row is None:
            problems.append(f"{fid}: not a placed incident of the CSV table")
            continue
        if (float(row["longitude"]), float(row["latitude"])) != (lon, lat):
            problems.append(f"{fid}: coordinates {lon},{lat} != CSV")
        for key in ("date", "type", "killed", "wounded", "arrested"):
            value = "" if props.get(key) is None else str(props[key])
            if value != row[key]:
                problems.append(f"{fid}: {key} {value!r} != CSV {row[key]!r}")
    if sorted(seen) != sorted(rows):
        problems.append(f"features {sorted(seen)} != placed incidents {sorted(rows)}")
    for p in problems[:50]:
        print(p)
    print(f"{len(seen)} features, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
