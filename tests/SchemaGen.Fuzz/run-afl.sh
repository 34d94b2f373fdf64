#!/usr/bin/env bash
# Long fuzzing run of one harness under AFL++ (Debian's afl++ package) through SharpFuzz.
#
#   tests/SchemaGen.Fuzz/run-afl.sh TARGET MINUTES [OUT_DIR]
#
# TARGET is one of: schema rule text html word pdf (`dotnet run --project tests/SchemaGen.Fuzz -- list`).
# SCHEMAGEN_FUZZ_PUBLISHED=DIR uses a harness already published there (`dotnet publish tests/SchemaGen.Fuzz -c Release -o DIR`)
# instead of publishing it again, so that runs of several targets at once do not build at once.
# Needs: apt-get install -y afl++   (and the .NET SDK; SharpFuzz's instrumenter is restored as a local dotnet tool).
# What it does: publishes the harness program (Release), instruments the assemblies under test with `sharpfuzz`,
# writes the seed corpus (the repository's fixtures and rendered reports) and runs afl-fuzz for MINUTES minutes with
# the target's dictionary and time limit. Afterwards it prints afl-fuzz's counts (executions, crashes, hangs) and
# replays every crash and hang with the uninstrumented build, saying what failed. Findings stay in OUT_DIR/afl
# (crashes/, hangs/); copy the ones worth keeping to tests/SchemaGen.Fuzz/Crashes/TARGET/ with a regression test.
set -euo pipefail

target="${1:?usage: run-afl.sh TARGET MINUTES [OUT_DIR]}"
minutes="${2:?usage: run-afl.sh TARGET MINUTES [OUT_DIR]}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${3:-$repo/artifacts/fuzz/$target}"
export SCHEMAGEN_REPO="$repo"   # where the seeds command finds the fixtures

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }

case "$target" in
  schema) libraries="SchemaGen.Schema.dll YamlDotNet.dll"; timeout_ms=5000 ;;
  rule)   libraries="SchemaGen.Schema.dll"; timeout_ms=2000 ;;
  text)   libraries="SchemaGen.Runtime.dll SchemaGen.Documents.dll UtfUnknown.dll"; timeout_ms=5000 ;;
  html)   libraries="SchemaGen.Runtime.dll SchemaGen.Documents.dll AngleSharp.dll"; timeout_ms=5000 ;;
  word)   libraries="SchemaGen.Runtime.dll SchemaGen.Documents.dll"; timeout_ms=5000 ;;
  pdf)    libraries="SchemaGen.Runtime.dll SchemaGen.Documents.dll UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Tokens.dll UglyToad.PdfPig.Fonts.dll"; timeout_ms=10000 ;;
  *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

rm -rf "$out"
mkdir -p "$out"
if [ -n "${SCHEMAGEN_FUZZ_PUBLISHED:-}" ]; then
  # A build published before (several runs at once must not build the same projects at once).
  echo "== using the harness published in $SCHEMAGEN_FUZZ_PUBLISHED"
  cp -r "$SCHEMAGEN_FUZZ_PUBLISHED" "$out/plain"
else
  echo "== publishing the harness (Release)"
  dotnet publish "$here/SchemaGen.Fuzz.csproj" -c Release -o "$out/plain" -nologo -v q >/dev/null
fi
cp -r "$out/plain" "$out/instrumented"

echo "== instrumenting: $libraries"
(cd "$here" && dotnet tool restore >/dev/null)
for library in $libraries; do
  if [ -f "$out/instrumented/$library" ]; then
    (cd "$here" && dotnet sharpfuzz "$out/instrumented/$library")
  fi
done

echo "== seeds"
dotnet "$out/plain/SchemaGen.Fuzz.dll" seeds "$target" "$out/seeds"
dictionary="$(dotnet "$out/plain/SchemaGen.Fuzz.dll" dict "$target")"
dict_args=()
[ -n "$dictionary" ] && dict_args=(-x "$dictionary")

echo "== afl-fuzz for $minutes minutes (time limit ${timeout_ms} ms per input)"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
export AFL_FAST_CAL=1 AFL_FORKSRV_INIT_TMOUT=120000
afl-fuzz -i "$out/seeds" -o "$out/afl" -t "$timeout_ms" -m none "${dict_args[@]}" -V "$((minutes * 60))" \
  -- dotnet "$out/instrumented/SchemaGen.Fuzz.dll" afl "$target" > "$out/afl-fuzz.log" 2>&1 || {
    echo "afl-fuzz failed; the end of its log:" >&2; tail -30 "$out/afl-fuzz.log" >&2; exit 1; }

stats="$out/afl/default/fuzzer_stats"
echo "== $target: afl-fuzz counts ($stats)"
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats" || true

for kind in crashes hangs; do
  found=("$out/afl/default/$kind"/id:*)
  if [ -e "${found[0]}" ]; then
    echo "== replaying $kind (uninstrumented build)"
    dotnet "$out/plain/SchemaGen.Fuzz.dll" replay "$target" "${found[@]}" || true
  fi
done
