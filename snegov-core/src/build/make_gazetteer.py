#!/usr/bin/env python3
"""Derives snegov-core's gazetteer table from GeoNames cities15000 (former USSR subset).

Usage: make_gazetteer.py ../shared/data/places/geonames-cities15000-ex-ussr/cities15000_ex_ussr.tsv > gazetteer.tsv
Keeps, per city, the GeoNames id, name, country, population and the alternate names written in Latin or Cyrillic
letters (other scripts are dropped; ICU folds them at query time anyway). Data: GeoNames (geonames.org), CC BY 4.0.
"""
import csv
import re
import sys

LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF\u2019' .()\-]+$")


def main(path):
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["geonameid", "name", "country", "population", "names"])
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        for row in rows:
            names = []
            for n in [row["name"], row["asciiname"]] + row["alternatenames"].split(","):
                n = n.strip()
                if (n and LATIN_OR_CYRILLIC.match(n) and n not in names and len(n) > 1
                        and not re.match(r"^[A-Z]{2,4}$", n)):  # IATA and other codes
                    names.append(n)
            out.writerow([row["geonameid"], row["name"], row["country_code"], row["population"], "|".join(names)])


if __name__ == "__main__":
    main(sys.argv[1])
