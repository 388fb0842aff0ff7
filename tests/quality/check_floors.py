#!/usr/bin/env python3
"""check_floors.py REPORT FLOORS -- compares a score report with the pinned
floors. Prints every figure beside its floor; exits 1 when one is below.
A figure well above its floor is pointed out: floors are raised as the
extractor improves (edit floors.json in the same commit), never lowered
without saying why in the commit message."""
import json
import sys

def figure(report, path):
    node = report
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node

def main():
    report = json.load(open(sys.argv[1]))
    floors = json.load(open(sys.argv[2]))["floors"]
    failed = 0
    for path, floor in sorted(floors.items()):
        value = figure(report, path)
        if value is None:
            print("%-34s missing from the report (floor %.3f)" % (path, floor))
            failed += 1
            continue
        mark = "ok"
        if value < floor:
            mark = "BELOW FLOOR"
            failed += 1
        elif value - floor > 0.01:
            mark = "ok (raise the floor?)"
        print("%-34s %.4f  floor %.3f  %s" % (path, value, floor, mark))
    if failed:
        print("quality gate: %d figure(s) below their floors" % failed)
        return 1
    print("quality gate: every figure at or above its floor")
    return 0

if __name__ == "__main__":
    sys.exit(main())
