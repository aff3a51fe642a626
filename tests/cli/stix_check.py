#!/usr/bin/env python3
"""Validates a STIX 2.1 bundle object by object against the OASIS JSON schemas.

Usage: stix_check.py BUNDLE.json SCHEMA_DIR
Checks: the bundle's type and id, and every object against its type's schema (not the
bundle schema's object list: it lacks location, incident and extension-definition, and
its fallback for other types accepts nothing, as both core schemas match); ids unique; every
*_ref and object_refs entry names an object of the bundle; every extension names
an extension-definition of the bundle. Prints the object count; exit 1 on a problem.
Works with Debian 12's python3-jsonschema (4.10) and later releases.
"""
import json
import os
import sys

import jsonschema

FOLDERS = ("common", "sdos", "sros", "observables")


def load_schemas(root):
    schemas = {}
    for folder in FOLDERS:
        for name in os.listdir(os.path.join(root, folder)):
            if name.endswith(".json"):
                with open(os.path.join(root, folder, name), encoding="utf-8") as f:
                    schemas[(folder, name[:-5])] = json.load(f)
    return schemas


def validator_factory(schemas):
    by_id = {s["$id"]: s for s in schemas.values()}
    cls = jsonschema.Draft202012Validator
    try:  # jsonschema >= 4.18
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (uri, Resource.from_contents(s)) for uri, s in by_id.items())
        return lambda schema: cls(schema, registry=registry)
    except ImportError:
        return lambda schema: cls(schema, resolver=jsonschema.RefResolver.from_schema(
            schema, store=by_id))


def refs(value):
    if isinstance(value, dict):
        for k, v in value.items():
            if k.endswith("_ref") and isinstance(v, str):
                yield v
            elif k.endswith("_refs") and isinstance(v, list):
                yield from v
            else:
                yield from refs(v)
    elif isinstance(value, list):
        for v in value:
            yield from refs(v)


def main():
    bundle_path, root = sys.argv[1], os.path.join(sys.argv[2], "schemas")
    schemas = load_schemas(root)
    make = validator_factory(schemas)
    with open(bundle_path, encoding="utf-8") as f:
        bundle = json.load(f)
    envelope = dict(bundle, objects=[{}])  # the object list is checked object by object
    problems = [f"bundle: {e.message}"
                for e in make(schemas[("common", "bundle")]).iter_errors(envelope)
                if "objects" not in e.absolute_path]
    validators = {}
    ids = set()
    for obj in bundle["objects"]:
        t = obj["type"]
        key = next(((d, t) for d in FOLDERS if (d, t) in schemas), None)
        if key is None:
            problems.append(f"{obj['id']}: no schema for type {t}")
            continue
        if key not in validators:
            validators[key] = make(schemas[key])
        for e in validators[key].iter_errors(obj):
            problems.append(f"{obj['id']}: {e.message}")
        if obj["id"] in ids:
            problems.append(f"{obj['id']}: duplicate id")
        ids.add(obj["id"])
    definitions = {o["id"] for o in bundle["objects"] if o["type"] == "extension-definition"}
    for obj in bundle["objects"]:
        for r in refs(obj):
            if r not in ids:
                problems.append(f"{obj['id']}: dangling reference {r}")
        for ext in obj.get("extensions", {}):
            if ext not in definitions:
                problems.append(f"{obj['id']}: undeclared extension {ext}")
    for p in problems[:50]:
        print(p)
    print(f"{len(bundle['objects'])} objects, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
