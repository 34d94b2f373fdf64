#!/usr/bin/env bash
# Measures what a change did to batch speed: publishes schemagen from BASE (default: where this branch left main) and
# from the work tree, both compiled with Native AOT (or framework-dependent ReadyToRun with --ready-to-run), renders a
# corpus of one kind from a fixed seed, and runs `check DIR --format json` with the two in turn, ROUNDS times each
# (alternating, so load on a shared machine falls on both, and which runs first alternating too). Prints each side's median CPU (user + system, GNU time),
# the wall time of that run and peak memory, and whether the two JSON outputs are the same byte for byte. With
# --by-layout, each layout's reports are checked as a folder of their own and a Markdown table gives each side's median
# CPU per file for each layout (the layouts cost very different amounts: a run-together dump several times a pipe table).
# With --instructions, each side instead checks the corpus once under valgrind's callgrind, one worker thread, and the
# instructions each executed are compared: the same count to ±0.3% run after run whatever else the machine is doing
# (the collector's timing varies a little), where CPU time varies by several percent, so a change of 1% is seen in one
# run; instructions are not time (a cache miss or a mispredicted branch costs many), so a change worth keeping is then
# timed too. Native AOT only. With both, each layout's folder is counted apart: a Markdown table of each side's
# instructions per report by layout, the folder's count less that of its first file alone (so that neither the start
# nor the one-time work the first report sets off is spread over the others), divided by the files but one. Few files
# a layout make it noisy: a commit against itself with --count 60 (4 files a layout) moved rows by up to 21%, where
# the whole corpus moves by 0.3%; the default 400 gives 26-28 files a layout.
#   usage: tests/SchemaGen.Benchmarks/compare-speed.sh [--base REF] [--count N (1200; 6000 by layout; 400 with --instructions)] [--rounds R] [--shapes text|html|docx|pdf|all] [--ready-to-run] [--by-layout] [--instructions]
set -euo pipefail
shopt -s inherit_errexit # a failed run inside $(…) stops the script too
root=$(cd "$(dirname "$0")/../.." && pwd)
base=""
count=""
rounds=7
shapes=text
native=true
by_layout=false
instructions=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --shapes) shapes=$2; shift 2 ;;
    --ready-to-run) native=false; shift ;;
    --by-layout) by_layout=true; shift ;;
    --instructions) instructions=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# By layout, 400 reports of each text layout by default: a folder's run then takes long enough that start-up and the
# timer's 10 ms steps do not blur the CPU per file.
if $instructions; then
  $native || { echo "--instructions compares Native AOT executables only" >&2; exit 2; }
  command -v valgrind >/dev/null || { echo "--instructions needs valgrind (Debian package 'valgrind')" >&2; exit 2; }
  [[ -n "$count" ]] || count=400
fi
[[ -n "$count" ]] || { $by_layout && count=6000 || count=1200; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time at /usr/bin/time (Debian package 'time')" >&2; exit 2; }
[[ -n "$base" ]] || base=$(git -C "$root" merge-base HEAD main)
work=$(mktemp -d /tmp/schemagen-speed.XXXXXX)
trap 'git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
git -C "$root" worktree add --quiet --detach "$work/base-src" "$base"
publish=(-c Release -r "$rid" --nologo -v q)
if $native; then publish+=(-p:SchemaGenNativeAot=true); else publish+=(--self-contained false); fi
echo "publishing schemagen at $base and at the work tree ($rid, $($native && echo 'Native AOT' || echo 'ReadyToRun'))"
dotnet publish "$work/base-src/src/SchemaGen.Cli" "${publish[@]}" -o "$work/base" >/dev/null
dotnet publish "$root/src/SchemaGen.Cli" "${publish[@]}" -o "$work/head" >/dev/null
echo "rendering $count reports ($shapes shapes, seed 5)"
dotnet run -c Release --project "$root/tests/SchemaGen.Benchmarks" -- corpus "$work/corpus" --count "$count" --seed 5 --shapes "$shapes" >/dev/null
if $by_layout; then
  # One folder per layout, named after the shape the manifest gives each file ("text/pipe" -> text-pipe).
  sed -E 's/^\{"file":"([^"]+)".*"shape":"([^"]+)".*$/\1 \2/' "$work/corpus/manifest.jsonl" | while read -r file shape; do
    mkdir -p "$work/layouts/${shape//\//-}"
    mv "$work/corpus/$file" "$work/layouts/${shape//\//-}/"
  done
fi
rm -f "$work/corpus/manifest.jsonl"
# `check DIR` reads a folder's Markdown only when named: the Markdown shapes are checked as the text they are.
for f in "$work/corpus"/*.md "$work"/layouts/*/*.md; do [[ -e "$f" ]] && mv "$f" "${f%.md}.txt"; done
# The order of the two sides in round r: base first in even rounds, head first in odd ones. The second run of a pair
# gains from what the first left warm (an A/A run of one executable against a copy of itself, always in the same order:
# the second 0.991 of the first, less in 8 of 11 rounds), which a fixed order would credit to one side.
sides() { if (($1 % 2)); then echo head base; else echo base head; fi; }

# Whether the two sides wrote the same JSON, once each executable's own place (in its help links) is set aside.
same_json() {
  for side in base head; do sed -i "s#$work/$side/docs/#TOOL/docs/#g" "$work/$side.json"; done
  cmp -s "$work/base.json" "$work/head.json"
}
report_json() { if same_json; then echo "output: identical ($(wc -c <"$work/head.json") bytes of JSON)"; else echo "output: DIFFERS"; return 1; fi; }

# With --by-layout: a Markdown table, a row per layout. $1 says what the base and head columns hold; $2 is a function
# that measures one layout's folder (given the folder and its number of files) and prints the base's figure and the
# head's, one per line, leaving each side's JSON of its last run; layouts with fewer than $3 files are left out.
# Sets differs to 1 when some layout's JSON differed (a return code would turn off -e inside, where it guards the runs).
differs=0
layout_table() {
  echo "| layout | files | base: $1 | head | head ÷ base | JSON |"
  echo "|---|---|---|---|---|---|"
  local dir files figures same
  for dir in "$work"/layouts/*/; do
    files=$(ls "$dir" | wc -l)
    ((files >= $3)) || continue
    figures=$("$2" "$dir" "$files")
    same=identical; same_json || { same=DIFFERS; differs=1; }
    awk -v l="$(basename "$dir")" -v f="$files" -v b="${figures%%$'\n'*}" -v h="${figures##*$'\n'}" -v s="$same" \
      'BEGIN { printf "| %s | %d | %.2f | %.2f | %.3f | %s |\n", l, f, b, h, h / b, s }'
  done
}

if $instructions; then
  # valgrind gives up on the debugging information published beside the executable (schemagen.dbg, "possibly
  # corrupted debuginfo file"): a copy that does not point to it runs.
  for side in base head; do objcopy --remove-section=.gnu_debuglink "$work/$side/schemagen" "$work/$side/schemagen-nodebug"; done
  # The instructions one side executes checking PATH with one worker; its JSON in $work/SIDE.json.
  instructions_of() {
    DOTNET_PROCESSOR_COUNT=1 valgrind --tool=callgrind --callgrind-out-file="$work/$1.callgrind" \
      "$work/$1/schemagen-nodebug" check "$2" --format json >"$work/$1.json" 2>"$work/$1.valgrind" || true
    local n
    n=$({ grep -o 'refs: *[0-9,]*' "$work/$1.valgrind" || true; } | tr -d ' ,' | cut -d: -f2)
    [[ -n "$n" ]] || { echo "valgrind gave no count for $1 over $2:" >&2; tail -5 "$work/$1.valgrind" >&2; exit 2; }
    echo "$n"
  }
  if $by_layout; then
    # Million instructions per report: the folder's count less its first file's alone, over the files but one.
    layout_instructions() {
      local side one all
      local files=("$1"*)
      local first=${files[0]}
      for side in base head; do
        one=$(instructions_of "$side" "$first")
        all=$(instructions_of "$side" "$1")
        awk -v one="$one" -v all="$all" -v f="$2" 'BEGIN { printf "%.4f\n", (all - one) / (f - 1) / 1e6 }'
      done
    }
    layout_table "million instructions per report" layout_instructions 2
    echo "(callgrind, one worker; each layout's count less that of its first file alone, over the files but one)"
    exit "$differs"
  fi
  b=$(instructions_of base "$work/corpus"); h=$(instructions_of head "$work/corpus")
  files=$(ls "$work/corpus" | wc -l)
  awk -v b="$b" -v h="$h" -v f="$files" 'BEGIN { printf "instructions over %d files, one worker: base %.0f (%.2f M per file), head %.0f (%.2f M per file), head ÷ base %.4f\n", f, b, b / f / 1e6, h, h / f / 1e6, h / b }'
  report_json || exit 1
  exit 0
fi

# The middle value of a file of numbers, one per line.
median() { sort -n "$1" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

if $by_layout; then
  # Median CPU per file in ms over the rounds, the two sides in turn.
  layout_cpu() {
    local r side
    rm -f "$work"/*.times
    for ((r = 0; r < rounds; r++)); do
      for side in $(sides "$r"); do
        /usr/bin/time -f "%U %S" "$work/$side/schemagen" check "$1" --format json >"$work/$side.json" 2>"$work/time" || true
        tail -1 "$work/time" | awk '{printf "%.3f\n", $1 + $2}' >>"$work/$side.times"
      done
    done
    for side in base head; do awk -v t="$(median "$work/$side.times")" -v f="$2" 'BEGIN { printf "%.4f\n", t * 1000 / f }'; done
  }
  layout_table "median CPU per file, ms" layout_cpu 1
  echo "($rounds rounds per layout, the two sides in turn, which first alternating; CPU is user + system of the whole run, start-up included)"
  exit "$differs"
fi
files=$(ls "$work/corpus" | wc -l)
for ((r = 0; r < rounds; r++)); do
  for side in $(sides "$r"); do
    /usr/bin/time -f "%e %U %S %M" "$work/$side/schemagen" check "$work/corpus" --format json >"$work/$side.json" 2>"$work/time" || true
    echo "$(tail -1 "$work/time")" >>"$work/$side.times"
  done
done
for side in base head; do
  sort -k2,2 -n <(awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/$side.times") | awk -v side="$side" -v files="$files" '
    { wall[NR] = $1; cpu[NR] = $2; mem[NR] = $3 }
    END { m = int((NR + 1) / 2); printf "%s: median CPU %.2f s over %d files (%.2f ms per file; %.2f–%.2f s over the rounds), wall %.2f s, peak %.0f MiB (%d rounds)\n", side, cpu[m], files, cpu[m] * 1000 / files, cpu[1], cpu[NR], wall[m], mem[m] / 1024, NR }'
done
# Round by round, head against the base run beside it: the machine's speed drifts over minutes, so paired ratios
# say more than two medians taken apart.
paste <(awk '{printf "%.3f\n", $2 + $3}' "$work/base.times") <(awk '{printf "%.3f\n", $2 + $3}' "$work/head.times") |
  awk '{ printf "%.4f %d\n", $2 / $1, $2 < $1 }' | sort -n |
  awk '{ r[NR] = $1; faster += $2 } END { printf "paired: head ÷ base CPU, median %.3f (%.3f–%.3f); head took less CPU in %d of %d rounds\n", r[int((NR + 1) / 2)], r[1], r[NR], faster, NR }'
report_json || exit 1
