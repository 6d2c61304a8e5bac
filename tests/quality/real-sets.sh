#!/usr/bin/env bash
# Real-news sets of docs/extraction.md, reproduced: the text is never committed, only the days
# (real-sets.tsv) and the annotations (tests/fixtures/<set>/).
#   tests/quality/real-sets.sh fetch <cctv_news git dir> [set…]   copy the days into $TMPDIR/tupu-data/<set>/
#   tests/quality/real-sets.sh score <out dir> [set…]             ingest each set, score it: <out>/<set>.md
# The git dir is a clone of https://github.com/yuekcc/cctv_news (commit f3f0776 for the figures).
# No set named: every set of real-sets.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
list=tests/quality/real-sets.tsv
data="${TMPDIR:-/tmp}/tupu-data"
cmd="${1:-}"; dir="${2:-}"
[[ ($cmd == fetch || $cmd == score) && -n $dir ]] || { sed -n '4,5p' "$0" | sed 's/^# *//' >&2; exit 2; }
shift 2
sets=("$@")
((${#sets[@]})) || mapfile -t sets < <(grep -v '^#' "$list" | cut -f1)
for s in "${sets[@]}"; do
  row=$(awk -F'\t' -v s="$s" '$1 == s' "$list")
  [[ -n $row ]] || { echo "real-sets: no set $s in $list" >&2; exit 2; }
  kind=$(cut -f2 <<<"$row"); days=$(cut -f3 <<<"$row")
  if [[ $cmd == fetch ]]; then
    mkdir -p "$data/$s"
    for d in $days; do git --git-dir="$dir" show "HEAD:news/$d.md" >"$data/$s/$d.md"; done
    echo "$s: $(wc -w <<<"$days") days in $data/$s"
  else
    mkdir -p "$dir"
    node bin/tupu.js ingest "$data/$s" -q --out "$dir/$s.json" >/dev/null
    if [[ $kind == people ]]; then
      npx tsx tests/quality/people-gold.ts "tests/fixtures/$s/people-gold.json" "$dir/$s.json" --show >"$dir/$s.md"
    else
      npx tsx tests/quality/resolution.ts "tests/fixtures/$s/annotation-blind.json" "$dir/$s.json" --groups >"$dir/$s.md"
    fi
    echo "$s: $dir/$s.md"
  fi
done
