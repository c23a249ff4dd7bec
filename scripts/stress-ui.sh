#!/usr/bin/env bash
# The window's tests, many times in a row (make stress-ui): fails on any failed test or crash.
#
#   scripts/stress-ui.sh [RUNS] [pytest args…]      e.g. scripts/stress-ui.sh 30 -n 2
#
# A crash is a run that ended by a signal (exit code > 128), or whose output shows a fatal
# Python error or a pytest-xdist worker that died. Each run's output is kept in
# $STRESS_LOGS (default $TMPDIR/vanthu-stress-ui/) and the failing ones are named at the end.
set -u
runs=${1:-30}
shift || true
py=${PY:-.venv/bin/python}
logs=${STRESS_LOGS:-${TMPDIR:-/tmp}/vanthu-stress-ui}
mkdir -p "$logs"
failures=0
crashes=0
bad=()
start=$(date +%s)
for ((i = 1; i <= runs; i++)); do
  log="$logs/run-$i.log"
  t0=$(date +%s)
  QT_QPA_PLATFORM=offscreen "$py" -X faulthandler -m pytest -q -p no:cacheprovider tests/ui "$@" \
    >"$log" 2>&1
  rc=$?
  if ((rc > 128)) || grep -qE "Fatal Python error|worker '?gw[0-9]+'? crashed|node down" "$log"; then
    crashes=$((crashes + 1))
    bad+=("$log (crash, exit $rc)")
    state=CRASH
  elif ((rc != 0)); then
    failures=$((failures + 1))
    bad+=("$log (failed, exit $rc)")
    state=FAILED
  else
    state=ok
  fi
  echo "run $i/$runs: $state in $(($(date +%s) - t0)) s — $(grep -E '[0-9]+ (passed|failed)' "$log" | tail -1)"
done
total=$(($(date +%s) - start))
echo "stress-ui: runs=$runs failures=$failures crashes=$crashes time=${total}s ($((total / 60)) min)" \
  "on $(nproc) cores, $(date -u +%Y-%m-%d)"
for line in "${bad[@]}"; do echo "  $line"; done
((failures == 0 && crashes == 0))
