#!/bin/bash
# Runs `swift test` with the given arguments, its whole output on the terminal and in
# .build/swift-test.log. When it fails, the failed tests and a crash's thread are printed
# again at the end: CI keeps only the tail of a long run, and a crash's registers and
# loaded libraries used to push the failing test's name out of it.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build
log=.build/swift-test.log
# A crash prints the crashed thread only, without registers and libraries.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=yes,threads=crashed,registers=none,images=none}"
"${SWIFT:-swift}" test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    echo
    echo "== swift test $* failed (exit $status); the failures again (whole output: $log):"
    grep -E "✘|Fatal error" "$log" | grep -v "✘ Suite" | tail -40
    if grep -q "Program crashed" "$log"; then
        echo "== the process crashed; the tests it had started last, then the crash:"
        sed -n '1,/Program crashed/p' "$log" | grep -E "started\.$" | tail -5
        sed -n '/Program crashed/,/Backtrace took/p' "$log" | head -40
    fi
fi
exit "$status"
