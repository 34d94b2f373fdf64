#!/usr/bin/env bash
# What the package costs a real build, as the compiler itself reports it: packs SchemaGen into a local feed, writes the
# analyzers part's consumer (240 source files from ConsumerCode, seed 1) into a project that uses the package with the
# 2021 schema, and builds it ROUNDS times from scratch with all analyzers and with none (RunAnalyzersDuringBuild=false;
# the generator runs in both), with -p:ReportAnalyzer=true. Prints each build's wall and CPU time (GNU time) and the
# compiler's per-assembly analyzer and generator times.
# With a second argument, the builds go through the compiler server instead (the SDK's default, which this
# machine's environment turns off with UseSharedCompilation=false): the server is started afresh, then the project is
# built ROUNDS times without analyzers, one C# file edited (a comment appended) before each build, and each build's
# generator time printed. "server" is the SDK's default; "server-cache" adds Roslyn's generator driver cache
# (-p:Features=enable-generator-cache), which keeps each project's driver between builds. "ours" measures SchemaGen's
# analyzers alone, through the server: after three pairs of builds to warm it up, ROUNDS pairs of builds, with and
# without SchemaGen's analyzers (the SDK's analyzers and the generator run in both; each pair in the other order than
# the one before), one C# file edited before each;
# prints each build's wall time and the time MSBuild charged the Csc task, then the medians of each side.
#   usage: tests/SchemaGen.Benchmarks/real-build.sh [ROUNDS [server|server-cache|ours]]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-2}
mode=${2:-separate}
case "$mode" in separate|server|server-cache|ours) ;; *) echo "mode must be server, server-cache or ours, not $mode" >&2; exit 2 ;; esac
work=$(mktemp -d /tmp/schemagen-real-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
version="0.1.0-build.$(date +%s)"

dotnet pack "$root/src/SchemaGen.Package" -o "$work/local-feed" -p:PackageVersion="$version" --nologo -v q >/dev/null
dotnet run -c Release --project "$root/tests/SchemaGen.Benchmarks" -- consumer "$work/src" >/dev/null
cp "$root"/tests/SchemaGen.PackageConsumer/{Directory.Build.props,Directory.Packages.props,NuGet.config} "$work/"
mkdir -p "$work/schema" && cp "$root/schema/gov-info-annual-report-2021.yaml" "$work/schema/"
cat > "$work/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <RunAnalyzersDuringBuild>\$(WithAnalyzers)</RunAnalyzersDuringBuild>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SchemaGen" Version="$version" />
  </ItemGroup>
  <!-- -p:WithSchemaGenAnalyzers=false: the compiler gets every analyzer but SchemaGen's (the generator stays). -->
  <Target Name="DropSchemaGenAnalyzers" BeforeTargets="CoreCompile" Condition="'\$(WithSchemaGenAnalyzers)' == 'false'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'SchemaGen.Analyzers' or '%(Filename)' == 'SchemaGen.CodeFixes'" />
    </ItemGroup>
  </Target>
</Project>
PROJECT
cd "$work"
export NUGET_PACKAGES="$work/packages"
dotnet restore --nologo -v q >/dev/null
if [ "$mode" = ours ]; then
  dotnet build-server shutdown >/dev/null 2>&1 || true
  build() { # $1: true|false (SchemaGen's analyzers), $2: label
    echo "// edit $2" >> src/File000.cs
    UseSharedCompilation=true /usr/bin/time -f "%e" -o "$work/time.txt" \
      dotnet build --no-restore --no-incremental -nodeReuse:false -p:WithAnalyzers=true -p:WithSchemaGenAnalyzers=$1 -clp:PerformanceSummary -v:d > "$work/build.log"
    local csc
    csc=$(grep -E "^ +[0-9]+ ms +Csc +[0-9]+ calls" "$work/build.log" | awk '{print $1}' | head -1)
    grep -q "CompilerServer: server" "$work/build.log" || echo "    (this build did not go through the compiler server)"
    echo "$1 $(cat "$work/time.txt") $csc" >> "$work/ours.txt"
    echo "build $2, SchemaGen's analyzers $1: $(cat "$work/time.txt") s wall, Csc task ${csc} ms"
  }
  # The server's own code warms up over several builds: the first ones are dropped, and each round swaps which side
  # builds first (with, without; then without, with), so that what is left of the trend falls on both alike.
  for warm in 1 2 3; do build true "warm-up-$warm-with"; build false "warm-up-$warm-without"; done
  : > "$work/ours.txt"
  for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then build true "$round-with"; build false "$round-without"
    else build false "$round-without"; build true "$round-with"; fi
  done
  median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
  for side in true false; do
    echo "median, SchemaGen's analyzers $side: $(awk -v s=$side '$1==s {print $2}' "$work/ours.txt" | median) s wall, Csc task $(awk -v s=$side '$1==s {print $3}' "$work/ours.txt" | median) ms"
  done
  dotnet build-server shutdown >/dev/null 2>&1 || true
  exit 0
fi
if [ "$mode" != separate ]; then
  features=""
  [ "$mode" = server-cache ] && features="-p:Features=enable-generator-cache"
  dotnet build-server shutdown >/dev/null 2>&1 || true
  for round in $(seq 1 "$rounds"); do
    echo "// edit $round" >> src/File000.cs
    UseSharedCompilation=true /usr/bin/time -f "build $round ($mode): %e s wall" -o "$work/time.txt" \
      dotnet build --no-restore --no-incremental -nodeReuse:false -p:WithAnalyzers=false -p:ReportAnalyzer=true $features -v:d > "$work/build.log"
    cat "$work/time.txt"
    grep -E "CompilerServer: |Total generator execution time|^ +[0-9.<]+ +[0-9<]+ +SchemaGen.Generator," "$work/build.log" | sed 's/^ */    /'
  done
  dotnet build-server shutdown >/dev/null 2>&1 || true
  exit 0
fi
for round in $(seq 1 "$rounds"); do
  for analyzers in true false; do
    /usr/bin/time -f "round $round, analyzers $analyzers: %e s wall, %U+%S s CPU" -o "$work/time.txt" \
      dotnet build --no-restore --no-incremental -nodeReuse:false -p:WithAnalyzers=$analyzers -p:ReportAnalyzer=true -v:d > "$work/build.log"
    cat "$work/time.txt"
    grep -E "Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9<]+ +(SchemaGen|Microsoft.CodeAnalysis(.CSharp)?.NetAnalyzers)[.,]|InvariantInitializerAnalyzer" "$work/build.log" | sed 's/^ */    /'
  done
done
