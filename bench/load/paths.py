#!/usr/bin/env python3
"""Writes the request paths of the load test: searches for surnames found in a Person CSV, and the person
pages those searches return. Usage: paths.py BASE_URL PERSONS.csv N > paths.txt"""
import csv, json, random, sys, urllib.parse, urllib.request

base, persons, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(1)
names = []
with open(persons, encoding="utf-8") as f:
    for i, row in enumerate(csv.DictReader(f)):
        if row.get("surname"):
            names.append((row["surname"], row.get("birth_date", "")[:4]))
        if i > 200_000:
            break
random.shuffle(names)
paths, ids = [], []
for surname, year in names[:n]:
    q = surname if not year or random.random() < 0.5 else f"{surname} born:{year}"
    path = "/api/search?q=" + urllib.parse.quote(q)
    paths.append(path)
    if len(ids) < n:
        with urllib.request.urlopen(base + path, timeout=10) as r:
            ids += [h["id"] for h in json.load(r)["hits"][:2]]
for pid in ids[:n]:
    paths.append("/persons/" + pid)
random.shuffle(paths)
print("\n".join(paths))
