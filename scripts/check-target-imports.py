#!/usr/bin/env python3
"""Checks that each target's `dependencies:` in Package.swift equal the modules
its sources import (system modules such as Foundation, Dispatch and Testing
aside). Prints every difference; exit status 1 when there is one.

Usage: scripts/check-target-imports.py   (from the package root)
"""
import os, re, sys

SYSTEM = {"Foundation", "Dispatch", "Testing", "XCTest", "Glibc", "Darwin", "FoundationEssentials", "Synchronization", "FoundationXML", "FoundationNetworking"}
manifest = open("Package.swift").read()
targets = []
for m in re.finditer(r'\.(target|testTarget|executableTarget)\(\s*name:\s*"([^"]+)"(.*?)\)\s*,?\s*\n', manifest, re.S):
    kind, name, rest = m.groups()
    deps = re.search(r'dependencies:\s*\[(.*?)\]', rest, re.S)
    declared = set(re.findall(r'"([^"]+)"', deps.group(1))) if deps else set()
    path = re.search(r'path:\s*"([^"]+)"', rest)
    folder = path.group(1) if path else ("Tests/" if kind == "testTarget" else "Sources/") + name
    targets.append((name, folder, declared))
names = {t[0] for t in targets}
problems = 0
for name, folder, declared in targets:
    imported = set()
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".swift"):
                for line in open(os.path.join(root, f)):
                    m = re.match(r'(?:@[\w()]+\s+)*import\s+(?:(?:struct|enum|func|class)\s+)?(\w+)', line)
                    if m and m.group(1) not in SYSTEM:
                        imported.add(m.group(1))
    # A test target may depend on the executable only to have it built first.
    missing = imported - declared
    extra = {d for d in declared - imported if d in names and d != "workforce"}
    for d in sorted(missing):
        print(f"{name}: imports {d} but does not declare it"); problems += 1
    for d in sorted(extra):
        print(f"{name}: declares {d} but does not import it"); problems += 1
sys.exit(1 if problems else 0)
