#!/usr/bin/env bash
# Proves a performance change changed no behaviour: publishes schemagen from BASE (default: where this branch left
# main) and from the work tree, runs `check` with both on the seed fixtures, a rendered corpus in every layout the
# readers accept (valid and broken, from a fixed seed) and any extra files or directories given, in text, JSON, SARIF
# and HTML (the report page, which lays the tables out from the schema model), and compares the outputs and exit codes
# byte for byte.
#   usage: tests/SchemaGen.Benchmarks/compare-output.sh [--base REF] [--count N] [EXTRA_INPUT…]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=""
count=300
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    *) break ;;
  esac
done
[[ -n "$base" ]] || base=$(git -C "$root" merge-base HEAD main)
work=$(mktemp -d /tmp/schemagen-compare.XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')

git -C "$root" worktree add --quiet --detach "$work/base-src" "$base"
echo "publishing schemagen at $base and at the work tree ($rid)"
dotnet publish "$work/base-src/src/SchemaGen.Cli" -c Release -r "$rid" --self-contained false -o "$work/base" --nologo -v q >/dev/null
dotnet publish "$root/src/SchemaGen.Cli" -c Release -r "$rid" --self-contained false -o "$work/head" --nologo -v q >/dev/null
echo "rendering $count reports in every readable layout (seed 11)"
dotnet run -c Release --project "$root/tests/SchemaGen.Benchmarks" -- corpus "$work/corpus" --count "$count" --seed 11 --shapes all >/dev/null
rm -f "$work/corpus/manifest.jsonl"

inputs=("$root/tests/fixtures/seeds" "$work/corpus" "$@")
status=0
for format in text json sarif html; do
  set +e
  "$work/base/schemagen" check "${inputs[@]}" --format "$format" >"$work/base.$format" 2>"$work/base.$format.err"; base_rc=$?
  "$work/head/schemagen" check "${inputs[@]}" --format "$format" >"$work/head.$format" 2>"$work/head.$format.err"; head_rc=$?
  set -e
  # Help links point into each tool's own folder: the same page, at two paths.
  for side in base head; do sed -i "s#$work/$side/docs/#TOOL/docs/#g" "$work/$side.$format" "$work/$side.$format.err"; done
  if [[ $base_rc -ne $head_rc ]] || ! cmp -s "$work/base.$format" "$work/head.$format" || ! cmp -s "$work/base.$format.err" "$work/head.$format.err"; then
    echo "DIFFERENT: $format (exit $base_rc vs $head_rc)"; diff <(head -c 200000 "$work/base.$format") <(head -c 200000 "$work/head.$format") | head -20 || true
    status=1
  else
    echo "identical: $format ($(wc -c <"$work/head.$format") bytes, exit $head_rc)"
  fi
done
exit $status
