#!/usr/bin/env bash
# What the package costs a real build, as the compiler itself reports it: packs SchemaGen into a local feed, writes the
# analyzers part's consumer (240 source files from ConsumerCode, seed 1) into a project that uses the package with the
# 2021 schema, and builds it ROUNDS times from scratch with all analyzers and with none (RunAnalyzersDuringBuild=false;
# the generator runs in both), with -p:ReportAnalyzer=true. Prints each build's wall and CPU time (GNU time) and the
# compiler's per-assembly analyzer and generator times.
#   usage: tests/SchemaGen.Benchmarks/real-build.sh [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-2}
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
</Project>
PROJECT
cd "$work"
export NUGET_PACKAGES="$work/packages"
dotnet restore --nologo -v q >/dev/null
for round in $(seq 1 "$rounds"); do
  for analyzers in true false; do
    /usr/bin/time -f "round $round, analyzers $analyzers: %e s wall, %U+%S s CPU" -o "$work/time.txt" \
      dotnet build --no-restore --no-incremental -nodeReuse:false -p:WithAnalyzers=$analyzers -p:ReportAnalyzer=true -v:d > "$work/build.log"
    cat "$work/time.txt"
    grep -E "Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9<]+ +(SchemaGen|Microsoft.CodeAnalysis(.CSharp)?.NetAnalyzers)[.,]|InvariantInitializerAnalyzer" "$work/build.log" | sed 's/^ */    /'
  done
done
