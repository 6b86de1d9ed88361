#!/usr/bin/env bash
# Runs `cli summarize` from two checkouts of this repository on the same inputs and compares
# stdout, stderr and the exit code of each case byte for byte: how a change to summarize's road
# (issue 20: through the engine registry) is shown not to change what it prints.
#   scripts/summarizeSameOutput.sh OLD_DIR NEW_DIR
# Each run is held to one CPU (see run below). With --out, the JSON report's timing and memory fields differ run to run: they are blanked, and
# the written CSV is compared too. Prints one line per case and "N of M cases identical".
set -u
OLD=$(cd "$1" && pwd)
NEW=$(cd "$2" && pwd)
WORK=$(mktemp -d /tmp/summarize-same-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

S=$NEW/static/samples/retail/transactions.csv
Z=$NEW/static/samples/retail/transactions_zh.csv
CD=$NEW/tests/fixtures/cdnow/cdnowElog.csv
H=$NEW/tests/fixtures/hostile
# Made here: the sample without its amount, then without its order id; one month of rows.
cut -d, -f2,3 "$S" >"$WORK/no-amount.csv"
cut -d, -f2- "$S" >"$WORK/no-order.csv"
printf 'customer,date,amount\nA,2024-01-01,5\nA,2024-01-08,6\nB,2024-01-02,7\n' >"$WORK/one-month.csv"
# Five copies of the sample as other customers (ids and orders suffixed): 288,315 rows, more than
# one chunk of summarize's cohorts (200,000 rows), so chunks are merged.
{
	head -1 "$S"
	for k in 1 2 3 4 5; do tail -n +2 "$S" | awk -F, -v k="$k" 'BEGIN { OFS = "," } { $1 = $1 "-" k; $2 = $2 "-" k; print }'; done
} >"$WORK/five.csv"
# The sample's rows shuffled with CRLF line ends (DuckDB's text road, not its typed one).
{ head -1 "$S"; tail -n +2 "$S" | shuf --random-source=<(yes); } | sed 's/$/\r/' >"$WORK/shuffled.csv"

CASES=(
	"$S --what rfm"
	"$S --what rfm --as-of 2024-06-30"
	"$S --what rfm --bins 3"
	"$S --what rfm --bins 9 --preset short"
	"$S --what rfm --preset rfGrid --bins 4"
	"$S --what rfm --preset cn8"
	"$S --what rfm --as-of 2000-01-01"
	"$S --what rfm --bins 12"
	"$S --what cohorts"
	"$S --what cohorts --as-of 2025-01-01"
	"$S --what cohorts --as-of 2023-07-15"
	"$S --what cohorts --grain week"
	"$S --what cohorts --grain quarter"
	"$S --what cohorts --as-of 2000-01-01"
	"$S --what cohorts --grain year"
	"$S --what btyd"
	"$S --what btyd --unit month --calibration-end 2024-06-30"
	"$Z --what rfm"
	"$Z --what cohorts"
	"$Z --what btyd"
	"$CD --what rfm"
	"$CD --what rfm --bins 4 --preset short"
	"$CD --what cohorts"
	"$CD --what cohorts --grain week --as-of 1997-10-01"
	"$CD --what btyd"
	"$WORK/no-amount.csv --what rfm"
	"$WORK/no-amount.csv --what cohorts"
	"$WORK/no-order.csv --what rfm"
	"$WORK/no-order.csv --what cohorts --grain quarter"
	"$WORK/shuffled.csv --what rfm"
	"$WORK/shuffled.csv --what cohorts"
	"$WORK/five.csv --what rfm"
	"$WORK/five.csv --what cohorts"
	"$WORK/five.csv --what cohorts --grain week --as-of 2023-07-15"
	"$WORK/one-month.csv --what cohorts"
	"$WORK/one-month.csv --what rfm"
	"$H/all-rejected.csv --what rfm"
	"$H/all-rejected.csv --what cohorts"
	"$H/extreme-dates.csv --what cohorts"
	"$H/extreme-dates.csv --what rfm"
	"$H/empty.csv --what cohorts"
	"$H/image.png.csv --what rfm"
	"$S --what clv"
	"$S"
	"$S --what rfm --out OUT"
	"$S --what cohorts --out OUT --verbose"
)

run() { # dir tag args…
	local dir=$1 tag=$2
	shift 2
	local args=()
	for a in "$@"; do [ "$a" = OUT ] && a=$WORK/$tag.out.csv; args+=("$a"); done
	# One CPU: DuckDB then runs one thread (openDuck takes availableParallelism), so its sums
	# (rfm's monetary) add in one order; on several threads the last bits vary run to run.
	(cd "$dir" && TZ=UTC NO_COLOR=1 taskset -c 0 node_modules/.bin/tsx src/cli/main.ts summarize "${args[@]}" \
		</dev/null >"$WORK/$tag.stdout" 2>"$WORK/$tag.stderr")
	echo $? >"$WORK/$tag.rc"
	# Timings, speed, memory and the --out path differ from run to run and between the two.
	sed -i -E 's/"(seconds|peakRssMB)":[0-9.]+/"\1":_/g; s#'"$WORK"'/(old|new)\.out\.csv#OUT#g' \
		"$WORK/$tag.stdout"
	# The summary line's figures, and the spaces that pad the next line to its length.
	sed -i -E 's/[0-9.]+ (MB\/s|s|MB)\b/_ \1/g; s/ +$//; s/ +\r/\r/g' "$WORK/$tag.stderr"
	[ -f "$WORK/$tag.out.csv" ] || : >"$WORK/$tag.out.csv"
}

same=0
for c in "${CASES[@]}"; do
	read -r -a args <<<"$c"
	rm -f "$WORK"/old.* "$WORK"/new.*
	run "$OLD" old "${args[@]}"
	run "$NEW" new "${args[@]}"
	verdict=identical
	for part in stdout stderr rc out.csv; do
		cmp -s "$WORK/old.$part" "$WORK/new.$part" || verdict="DIFFERENT ($part)"
	done
	[ "$verdict" = identical ] && same=$((same + 1))
	printf '%s  exit %s, %s stdout lines, %s stderr lines  %s\n' "$verdict" "$(cat "$WORK/new.rc")" \
		"$(wc -l <"$WORK/new.stdout")" "$(wc -l <"$WORK/new.stderr")" "${c//$NEW\//}"
done
echo "$same of ${#CASES[@]} cases identical"
[ "$same" = "${#CASES[@]}" ]
