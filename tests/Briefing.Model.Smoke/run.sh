#!/usr/bin/env bash
# Consumer smoke test: what a newcomer does with the packages, done from outside the repository.
#   1. pack Briefing.Model and Briefing.Cli into the local feed (tests/Briefing.Model.Smoke/feed),
#      with a version used by this run only, so no stale package from an earlier pack can be used;
#   2. check what the packages hold (readme, docs, schema, symbols, SourceLink commit, one dependency);
#   3. create a fresh console project in a temporary folder outside the repository (so the repo's
#      Directory.Build.props and central package versions do not apply), with a nuget.config that
#      adds the feed and keeps the machine's default source (FluentValidation comes from there),
#      add Briefing.Model from the feed, copy in the README quickstart (Quickstart.cs) and run it;
#      its output must equal Quickstart.expected.txt;
#   4. install the tool from the feed with `dotnet tool install` and run it;
#   5. pack the native tool set (-p:NativeTool=true: pointer, linux-x64 Native AOT, any), install it,
#      check that the linux-x64 machine got the native binary, and print both start-up times.
# Usage: bash tests/Briefing.Model.Smoke/run.sh   (from anywhere; about a minute)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
feed="$here/feed"
seed="$repo/seeds/russian-interest.txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

prefix="$(dotnet msbuild "$repo/src/Briefing.Model/Briefing.Model.csproj" -getProperty:VersionPrefix)"
version="$prefix-smoke.$(date -u +%Y%m%d%H%M%S).$$"
native="$version.native"   # the native tool set gets its own version: one id, two shapes
work="$(mktemp -d "${TMPDIR:-/tmp}/briefing-smoke.XXXXXX")"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
cleanup() {
  rm -rf "$work"
  # Only this run's packages leave the feed: packages packed by hand (the README's Install) stay.
  rm -f "$feed"/Briefing.Model."$version".*nupkg "$feed"/Briefing.Cli."$version".*nupkg "$feed"/Briefing.Cli.*."$native".*nupkg "$feed"/Briefing.Cli."$native".*nupkg
  # This run's version is unique: drop it from the global packages folder so runs do not pile up.
  rm -rf "${packages%/}/briefing.model/$version" "${packages%/}/briefing.cli/$version" "${packages%/}/briefing.cli/$native" \
    "${packages%/}/briefing.cli.linux-x64/$native" "${packages%/}/briefing.cli.any/$native"
  rmdir --ignore-fail-on-non-empty "${packages%/}/briefing.model" "${packages%/}/briefing.cli" "${packages%/}/briefing.cli.linux-x64" "${packages%/}/briefing.cli.any" 2>/dev/null || true
}
trap cleanup EXIT
case "$work" in "$repo"/*) fail "the temporary folder $work is inside the repository";; esac

echo "== smoke: pack $version into $feed"
mkdir -p "$feed"
# Earlier smoke runs' packages (a run killed before its cleanup) go; anything else in the feed stays.
find "$feed" -maxdepth 1 -name '*-smoke.*' \( -name '*.nupkg' -o -name '*.snupkg' \) -delete
for project in src/Briefing.Model src/Briefing.Cli; do
  dotnet pack "$repo/$project" -c Release -o "$feed" -p:VersionSuffix="${version#"$prefix"-}" -v quiet -nologo \
    || fail "dotnet pack $project"
done

echo "== smoke: package contents"
lib="$feed/Briefing.Model.$version.nupkg"
tool="$feed/Briefing.Cli.$version.nupkg"
for file in "$lib" "$tool" "${lib%.nupkg}.snupkg" "${tool%.nupkg}.snupkg"; do
  [ -f "$file" ] || fail "missing $(basename "$file")"
done
lib_files="$(unzip -Z1 "$lib")"
for entry in PACKAGE.md CHANGELOG.md lib/net10.0/Briefing.Model.dll lib/net10.0/Briefing.Model.xml contentFiles/any/any/briefing.schema.json; do
  grep -qx "$entry" <<<"$lib_files" || fail "Briefing.Model package lacks $entry"
done
grep -qx lib/net10.0/Briefing.Model.pdb <<<"$(unzip -Z1 "${lib%.nupkg}.snupkg")" || fail "symbols package lacks the PDB"
grep -qx tools/net10.0/any/DotnetToolSettings.xml <<<"$(unzip -Z1 "$tool")" || fail "Briefing.Cli is not a tool package"
nuspec="$(unzip -p "$lib" Briefing.Model.nuspec)"
commit="$(git -C "$repo" rev-parse HEAD 2>/dev/null || true)"
grep -q '<readme>PACKAGE.md</readme>' <<<"$nuspec" || fail "no package readme"
grep -q '<releaseNotes>.*CHANGELOG.md' <<<"$nuspec" || fail "release notes do not point at CHANGELOG.md"
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "no licence expression"
grep -q '<repository type="git" url="https://' <<<"$nuspec" || fail "no repository URL"
if [ -n "$commit" ]; then
  grep -q "commit=\"$commit\"" <<<"$nuspec" || fail "the package does not record commit $commit"
fi
dependencies="$(grep -o '<dependency id="[^"]*"' <<<"$nuspec" | sed 's/.*id="//;s/"//' | sort -u | tr '\n' ' ')"
[ "$dependencies" = "FluentValidation " ] || fail "Briefing.Model must depend on FluentValidation only, found: $dependencies"

echo "== smoke: fresh console project outside the repository ($work)"
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- No <clear/>: the machine's default source still serves FluentValidation. -->
    <add key="briefing-local" value="$feed" />
  </packageSources>
</configuration>
EOF
(
  cd "$work"
  dotnet new console -o consumer --framework net10.0 >/dev/null || fail "dotnet new console"
  cd consumer
  dotnet add package Briefing.Model --version "$version" >/dev/null || fail "dotnet add package Briefing.Model --version $version"
  cp "$here/Quickstart.cs" Program.cs
  # The quickstart must compile as written, warning-free, against the package alone.
  dotnet build -p:TreatWarningsAsErrors=true -v quiet -nologo >build.log 2>&1 || { cat build.log; fail "the quickstart does not build"; }
  dotnet run --no-build -- "$seed" >output.txt 2>stderr.txt || { cat stderr.txt; fail "the quickstart failed"; }
  diff -u "$here/Quickstart.expected.txt" output.txt || fail "the quickstart printed something else than Quickstart.expected.txt"
  # Outside the repository without an argument it says how to run it (exit 2), never crashes.
  set +e; dotnet run --no-build >noargs.txt 2>&1; code=$?; set -e
  [ "$code" = 2 ] && grep -q "usage" noargs.txt || { cat noargs.txt; fail "the quickstart without an argument exited $code"; }
  cat output.txt
)

echo "== smoke: install the tool from the feed"
dotnet tool install --tool-path "$work/tools" --add-source "$feed" Briefing.Cli --version "$version" >/dev/null \
  || fail "dotnet tool install Briefing.Cli --version $version"
briefing="$work/tools/briefing"
tool_version="$("$briefing" --version)"
case "$tool_version" in "$version"*) ;; *) fail "briefing --version printed '$tool_version', expected $version";; esac
"$briefing" schema >"$work/schema.json" || fail "briefing schema exited with $?"
cmp -s "$work/schema.json" "$repo/src/Briefing.Model/briefing.schema.json" || fail "briefing schema differs from src/Briefing.Model/briefing.schema.json"
echo "briefing $tool_version: schema ok"
"$briefing" validate "$repo/seeds" >"$work/validate.txt" || fail "briefing validate seeds exited with $? (expected 0)"
echo "briefing validate seeds: ok"

echo "== smoke: native tool packages (pointer, linux-x64 Native AOT, any)"
for rid in "" linux-x64 any; do
  dotnet pack "$repo/src/Briefing.Cli" -c Release -o "$feed" -p:NativeTool=true -p:VersionSuffix="${native#"$prefix"-}" ${rid:+-r "$rid"} -v quiet -nologo \
    > "$work/pack-native.log" 2>&1 || { tail -n 40 "$work/pack-native.log"; fail "dotnet pack -p:NativeTool=true ${rid:+-r $rid}"; }
  if grep -E "warning [A-Z]+[0-9]+" "$work/pack-native.log"; then fail "the native pack ${rid:+-r $rid} warned"; fi
done
pointer_settings="$(unzip -p "$feed/Briefing.Cli.$native.nupkg" tools/any/any/DotnetToolSettings.xml)"
for rid in linux-x64 any; do
  grep -q "RuntimeIdentifier=\"$rid\" Id=\"Briefing.Cli.$rid\"" <<<"$pointer_settings" || fail "the pointer package does not name Briefing.Cli.$rid"
done
grep -qx tools/any/linux-x64/briefing <<<"$(unzip -Z1 "$feed/Briefing.Cli.linux-x64.$native.nupkg")" || fail "Briefing.Cli.linux-x64 lacks the native binary"
grep -qx tools/net10.0/any/briefing.dll <<<"$(unzip -Z1 "$feed/Briefing.Cli.any.$native.nupkg")" || fail "Briefing.Cli.any lacks the framework-dependent tool"
dotnet tool install --tool-path "$work/native-tools" --add-source "$feed" Briefing.Cli --version "$native" >/dev/null \
  || fail "dotnet tool install Briefing.Cli --version $native"
native_briefing="$(readlink -f "$work/native-tools/briefing")"
case "$native_briefing" in */briefing.cli.linux-x64/*) ;; *) fail "a linux-x64 machine got $native_briefing, not the linux-x64 package";; esac
head -c 4 "$native_briefing" | grep -q "ELF" || fail "the installed briefing is not a native executable"
"$native_briefing" validate "$repo/seeds" --rules strict >/dev/null || fail "native briefing validate seeds exited with $?"
# Start-up of each shape, ten runs of `briefing schema` (figures, not a test: timing belongs to benchmarks).
starts() { local begin end; begin=$(date +%s%N); for _ in 1 2 3 4 5 6 7 8 9 10; do "$@" schema >/dev/null; done; end=$(date +%s%N); echo $(( (end - begin) / 10000000 )); }
echo "briefing schema start-up: native $(starts "$native_briefing") ms, framework-dependent $(starts "$briefing") ms (mean of 10)"

echo "== smoke: passed"
