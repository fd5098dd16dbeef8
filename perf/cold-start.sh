#!/usr/bin/env bash
# Cold start of CareerBot (issue 7): for English and for French separately, RUNS times each, the milliseconds from
# spawning a fresh Release process (fresh SQLite database each time) to its first right answer to the language's
# salary question; then the median and the max per language and whether the targets hold (EN <= 1500 ms,
# FR <= 3000 ms, judged on the median). The timing is done in Node (perf/cold-start.mjs), from just before spawn.
#
#   bash perf/cold-start.sh     (from any folder)
#
# Exit status: 0 when every run got its right answer, whatever the figures; 1 otherwise. With CHECK_TARGETS=1, 3 when
# a target does not hold.
#
# Env: RUNS per language (5), LAUNCH=apphost (default: artifacts/perf/careerbot/CareerBot, the published build) or dotnet
# (`dotnet CareerBot.dll`), RUN_TIMEOUT seconds per run (60), CHECK_TARGETS (0), QUESTIONS (another questions file).
set -euo pipefail
cd "$(dirname "$0")/.."
. perf/lib.sh

RUNS=${RUNS:-5}
RUN_TIMEOUT=${RUN_TIMEOUT:-60}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number above 0 (it is '$RUNS')"
[[ $RUN_TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "RUN_TIMEOUT must be a whole number above 0 (it is '$RUN_TIMEOUT')"

need node "the cold starts are timed in Node.js"
careerbot_build
# Two languages, RUNS runs each, each at most RUN_TIMEOUT s plus its stop, and some slack.
cpu_mark
RUNS=$RUNS RUN_TIMEOUT=$RUN_TIMEOUT bounded $((2 * RUNS * (RUN_TIMEOUT + 10) + 60)) node perf/cold-start.mjs "$app_dir"
echo "cpu steal during the runs: $(steal_since_mark)% (time the hypervisor gave to other machines)"
