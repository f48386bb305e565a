#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find:
# typecheck, lint, unit and component tests, production build, browser tests on the built app.
# Ends with one plain line "N passed, N failed" summed over unit and browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
failed_checks=()
rm -f .vitest-unit.json .vitest-e2e.json

run() {
  local name="$1"
  shift
  echo "==> $name"
  "$@" || failed_checks+=("$name")
}

bash scripts/ensure-test-deps.sh || exit 1
run typecheck npx tsc -b
run lint npx eslint . --max-warnings 0
run 'unit tests' npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-unit.json
if run build npx vite build; then
  run 'browser tests' npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.vitest-e2e.json
else
  failed_checks+=('browser tests (not run: the build failed)')
fi

node scripts/test-summary.mjs .vitest-unit.json .vitest-e2e.json
summary_status=$?
if [ ${#failed_checks[@]} -gt 0 ]; then
  echo "Failed checks: $(IFS=', '; echo "${failed_checks[*]}")" >&2
  exit 1
fi
exit $summary_status
