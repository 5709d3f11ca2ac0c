#!/usr/bin/env bash
# Load test of a running registry on loopback: 64 concurrent clients for 60 s (bounded), half searches
# (/api/search) and half person pages. Needs wrk (Debian's package) and python3.
#   ./snegov generate --persons 400000 --seed 7 --out /tmp/load/persons.csv --truth /tmp/load/truth.csv
#   ./snegov import --db /tmp/load/data /tmp/load/persons.csv
#   ./snegov serve --db /tmp/load/data --port 7080 &
#   bench/load/run.sh http://127.0.0.1:7080 /tmp/load/persons.csv [60s] [all|search|persons]
# The last argument keeps only searches or only person pages, to see which half costs what.
set -euo pipefail
base=${1:-http://127.0.0.1:7080}
persons=${2:?Person CSV the registry was built from}
duration=${3:-60s}
only=${4:-all}
case "$base" in http://127.*|http://localhost*) ;; *) echo "only loopback targets" >&2; exit 64;; esac
cd "$(dirname "$0")"
python3 paths.py "$base" "$persons" 2000 > paths.txt
case "$only" in
  search) grep '^/api/search' paths.txt > paths.only || true; mv paths.only paths.txt;;
  persons) grep '^/persons/' paths.txt > paths.only || true; mv paths.only paths.txt;;
  all) ;;
  *) echo "unknown filter '$only'; use all, search or persons" >&2; exit 64;;
esac
echo "$(grep -c '^/api/search' paths.txt) search paths, $(grep -c '^/persons/' paths.txt) person pages"
wrk -t2 -c64 -d10s -s mix.lua "$base" > /dev/null   # warm-up
wrk -t2 -c64 -d"$duration" --timeout 5s --latency -s mix.lua "$base"
