#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of workforce (see README.md, "Fuzzing and the malformed-input corpus").
#
#   Fuzz/fuzz.sh list                         the targets that can be built
#   Fuzz/fuzz.sh build [TARGET…]              build fuzz binaries (default: all)
#   Fuzz/fuzz.sh run TARGET [SECONDS] [-- LIBFUZZER-OPTION…]
#                                             fuzz for SECONDS (default 600)
#   Fuzz/fuzz.sh replay TARGET FILE…          run inputs once, e.g. a crash artifact
#   Fuzz/fuzz.sh seeds TARGET                 run only the seed corpus once
#
# A target is an entry file Fuzz/Targets/TARGET.swift that defines
# LLVMFuzzerTestOneInput. The modules it needs are compiled from Sources/
# directly into the binary with `swiftc -sanitize=fuzzer,address` (coverage
# for libFuzzer, AddressSanitizer for memory errors), with -enable-testing so
# an entry file can reach internal API through `@testable import`.
#
# Environment:
#   FUZZ_BUILD_DIR  where binaries, working corpora and crash artifacts go
#                   (default: .build/fuzz, which git ignores)
#   FUZZ_NICE       niceness of fuzz runs (default 10: the machine is shared)
#   FUZZ_NO_BUILD   when set, use the binaries already built (e.g. while the
#                   sources are being edited)
#
# A run uses -timeout=1 (an input that takes over a second is a hang) and
# -max_len=65536 (inputs up to 64 KiB). New inputs libFuzzer finds go to the
# working corpus under FUZZ_BUILD_DIR, never into Fuzz/corpus/ (the small,
# reviewed seed corpus). Crashes, hangs and sanitizer reports are written to
# FUZZ_BUILD_DIR/artifacts/TARGET/ and the run exits non-zero.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# Swift's own crash backtracer reads the stack in ways AddressSanitizer reports
# as errors of their own; libFuzzer prints the stack of a crash anyway.
export SWIFT_BACKTRACE=enable=no
cd "$root"
build="${FUZZ_BUILD_DIR:-$root/.build/fuzz}"
nice_level="${FUZZ_NICE:-10}"

# The library modules every target links, in dependency order.
modules=(Diagnostics YAMLSubset WorkforceModel ScenarioFormat)

flags=(-O -g -swift-version 6 -parse-as-library -enable-testing -sanitize=fuzzer,address)

die() {
  echo "fuzz.sh: $*" >&2
  exit 64
}

targets() {
  local file
  for file in Fuzz/Targets/*.swift; do
    [ -e "$file" ] && basename "$file" .swift
  done
}

check_target() {
  [ -f "Fuzz/Targets/$1.swift" ] || die "unknown target '$1' (targets: $(targets | tr '\n' ' '))"
}

# Compiles one module of Sources/ to an object file and a .swiftmodule,
# unless neither its sources (nor their list) nor the modules compiled before
# it (its possible imports) changed since.
compile_module() {
  local name=$1 object="$build/objects/$1.o" list="$build/objects/$1.sources"
  shift
  local sources
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | LC_ALL=C sort)
  [ ${#sources[@]} -gt 0 ] || die "no sources in Sources/$name"
  if [ -f "$object" ] && [ "$(printf '%s\n' "${sources[@]}")" = "$(cat "$list" 2>/dev/null)" ] \
    && [ -z "$(find "${sources[@]}" "$@" -newer "$object" -print -quit)" ]; then
    return
  fi
  printf '%s\n' "${sources[@]}" >"$list"
  echo "fuzz.sh: compiling $name (${#sources[@]} files)" >&2
  swiftc "${flags[@]}" -wmo -module-name "$name" \
    -I "$build/modules" \
    -emit-module -emit-module-path "$build/modules/$name.swiftmodule" \
    -c -o "$object" "${sources[@]}" 2> >(grep -v 'ld.gold: warning' >&2)
}

build_targets() {
  if [ -n "${FUZZ_NO_BUILD:-}" ]; then
    local target
    for target in "$@"; do [ -x "$build/bin/$target" ] || die "FUZZ_NO_BUILD is set and $build/bin/$target is missing"; done
    return
  fi
  mkdir -p "$build/modules" "$build/objects" "$build/bin"
  local name target
  local -a objects=()
  for name in "${modules[@]}"; do
    compile_module "$name" "${objects[@]}"
    objects+=("$build/objects/$name.o")
  done
  for target in "$@"; do
    check_target "$target"
    echo "fuzz.sh: linking $target" >&2
    swiftc "${flags[@]}" -module-name "Fuzz_$target" -I "$build/modules" \
      "Fuzz/Targets/$target.swift" Fuzz/Targets/Support/*.swift \
      "${objects[@]}" -o "$build/bin/$target" \
      2> >(grep -v 'ld.gold: warning' >&2)
  done
}

options_for() {
  local target=$1
  local -a options=(-timeout=1 -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1)
  [ -f "Fuzz/dictionaries/$target.dict" ] && options+=("-dict=Fuzz/dictionaries/$target.dict")
  printf '%s\n' "${options[@]}"
}

command=${1:-}
[ -n "$command" ] || die "usage: Fuzz/fuzz.sh list|build|run|replay|seeds …"
shift

case "$command" in
  list)
    targets
    ;;
  build)
    if [ $# -eq 0 ]; then
      mapfile -t all < <(targets)
      set -- "${all[@]}"
    fi
    build_targets "$@"
    ;;
  run)
    target=${1:-}
    [ -n "$target" ] || die "usage: Fuzz/fuzz.sh run TARGET [SECONDS] [-- OPTION…]"
    shift
    seconds=600
    if [ $# -gt 0 ] && [ "$1" != "--" ]; then
      seconds=$1
      shift
    fi
    [ "${1:-}" = "--" ] && shift
    build_targets "$target"
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    mapfile -t options < <(options_for "$target")
    # One fuzzing child process (-fork=1): a timeout there is recorded as an
    # artifact and the run goes on, because on a loaded machine the wall-clock
    # -timeout also fires for inputs that are merely starved of CPU. Replay a
    # timeout-* artifact to see whether it is real; the targets themselves fail
    # on any input that uses more than 1 s of CPU time, load or not.
    nice -n "$nice_level" "$build/bin/$target" "${options[@]}" \
      -fork=1 -ignore_timeouts=1 -ignore_crashes=0 -ignore_ooms=0 \
      -max_total_time="$seconds" -artifact_prefix="$artifacts/" "$@" \
      "$corpus" "Fuzz/corpus/$target"
    ;;
  replay)
    target=${1:-}
    [ -n "$target" ] && [ $# -ge 2 ] || die "usage: Fuzz/fuzz.sh replay TARGET FILE…"
    shift
    build_targets "$target"
    mapfile -t options < <(options_for "$target")
    mkdir -p "$build/artifacts/$target"
    "$build/bin/$target" "${options[@]}" -artifact_prefix="$build/artifacts/$target/" -runs=1 "$@"
    ;;
  seeds)
    target=${1:-}
    [ -n "$target" ] || die "usage: Fuzz/fuzz.sh seeds TARGET"
    build_targets "$target"
    mapfile -t options < <(options_for "$target")
    mkdir -p "$build/artifacts/$target"
    "$build/bin/$target" "${options[@]}" -artifact_prefix="$build/artifacts/$target/" -runs=0 "Fuzz/corpus/$target"
    ;;
  *)
    die "unknown command '$command' (list, build, run, replay, seeds)"
    ;;
esac
